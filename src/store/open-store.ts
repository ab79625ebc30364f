// Opens the store the configuration names: the embedded graphology store (default) or Neo4j.
import type { StoreConfig } from "../config.ts";
import type { GraphStore } from "./graph-store.ts";
import { createMemoryStore } from "./memory/index.ts";

export async function openStore(config: StoreConfig): Promise<GraphStore> {
  if (config.kind === "memory") return createMemoryStore({ dataDir: config.dataDir });
  // Loaded only when asked for: the embedded default never pays for the driver.
  const { createNeo4jStore } = await import("./neo4j/index.ts");
  return createNeo4jStore({
    uri: config.uri,
    user: config.user,
    password: config.password,
    database: config.database,
  });
}

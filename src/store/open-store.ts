// Opens the store the configuration names: the embedded graphology store (default) or Neo4j.
import type { StoreConfig } from "../config.ts";
import { InvalidInputError } from "../domain/errors.ts";
import type { GraphStore } from "./graph-store.ts";
import { createMemoryStore } from "./memory/index.ts";

export async function openStore(config: StoreConfig): Promise<GraphStore> {
  if (config.kind === "memory") return createMemoryStore({ dataDir: config.dataDir });
  throw new InvalidInputError("config: GRAPH_STORE=neo4j: the Neo4j store is not built yet");
}

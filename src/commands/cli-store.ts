// The CLI's one way to open the configured store: says which store it is, and closes it on every way out.
import type { Config, StoreConfig } from "../config.ts";
import { resolve } from "node:path";
import { openStore } from "../store/open-store.ts";
import type { GraphStore } from "../store/graph-store.ts";
import type { Lifecycle } from "./lifecycle.ts";

/** "embedded store in /abs/data" or "Neo4j at bolt://…": what `stats`, `serve` and error hints name. */
export function describeStore(config: StoreConfig): string {
  return config.kind === "memory"
    ? `embedded store in ${resolve(config.dataDir)}`
    : `Neo4j at ${config.uri} (database ${config.database})`;
}

/** Opens the store and registers its close (compaction, the lock's release) as a shutdown step. */
export async function openCliStore(config: Config, life: Lifecycle): Promise<GraphStore> {
  const store = await openStore(config.store);
  life.onStop(() => store.close());
  return store;
}

// `diplograph serve`: opens the configured store, seeds it from seed/ when empty, and serves GraphQL until stopped.
import { fileURLToPath } from "node:url";
import { createApiServer } from "../api/server.ts";
import { ensureDashboard } from "../dashboard/build.ts";
import type { Ingest } from "../api/context.ts";
import type { Config } from "../config.ts";
import { createExtractPool, type ExtractPool } from "../ingest/extract-pool.ts";
import { ingestArticle, type Extractor } from "../ingest/ingest.ts";
import type { Language } from "../extract/language.ts";
import type { GraphStore } from "../store/graph-store.ts";
import { describeStore, openCliStore } from "./cli-store.ts";
import type { Lifecycle } from "./lifecycle.ts";
import { seedFolders } from "./seed.ts";

export const DEFAULT_SEED_DIR = fileURLToPath(new URL("../../seed/articles", import.meta.url));

/**
 * The extraction pipeline as the API's ingestArticle mutation calls it (the mutation has checked the size
 * and the metadata). Writes are queued on `store`, the store the process opened: the mutation passes a
 * per-request wrapper of it.
 */
export function createApiIngest(store: GraphStore, extract?: Extractor): Ingest {
  return async (input, requestStore) => {
    const { patch: _patch, ...result } = await ingestArticle(
      requestStore,
      input.text,
      { ...input, language: input.language === "" ? null : (input.language as Language) },
      { where: "input.text", writeKey: store, ...(extract ? { extract } : {}) },
    );
    return result;
  };
}

export interface ServeOptions {
  seed: boolean;
  seedDirs: string[];
}

/** Serves until the lifecycle is asked to stop; its steps then stop the server, the workers, the store. */
export async function serveCommand(config: Config, options: ServeOptions, life: Lifecycle): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const store = await openCliStore(config, life);
  log(`diplograph: ${describeStore(config.store)}`);
  const pool: ExtractPool = createExtractPool();
  life.onStop(() => pool.close());
  const extract: Extractor = (where, text, meta) => pool.extract(where, text, meta);
  if (options.seed && (await store.counts()).articles === 0) {
    log(`diplograph: the graph is empty; seeding from ${options.seedDirs.join(", ")}`);
    await seedFolders(store, options.seedDirs, { log, extract, signal: life.signal });
    if (life.signal.aborted) return;
  }
  const server = createApiServer({ store, ingest: createApiIngest(store, extract), options: config });
  // Registered before listening: a port in use still closes what is open.
  life.onStop(async () => {
    server.httpServer.close(); // no new connections
    await pool.close(); // ingests waiting on extraction fail at once (retriable), so draining is quick
    await server.stop();
  });
  const { url } = await server.listen({ port: config.port, host: config.host });
  const counts = await store.counts();
  const persons = counts.entities.Person;
  const events = Object.values(counts.events).reduce((a, b) => a + b, 0);
  log(`diplograph: ${counts.articles} articles, ${persons} persons, ${events} events`);
  log(
    `diplograph: GraphQL at ${url} (playground: open it in a browser); health at ${url.replace(/\/graphql$/, "/health")}`,
  );
  await ensureDashboard(); // built now, not on the first visit
  log(`diplograph: analyst dashboard at ${url.replace(/\/graphql$/, "/dashboard")}`);
  if (config.token === null) {
    log(
      "diplograph: no DIPLOGRAPH_TOKEN: mutations (ingestArticle, retractArticle, importGraph) are off; reads are open",
    );
  }
  const reason = await life.stopped;
  log(`diplograph: ${reason}, stopping`);
}

// `diplograph serve`: opens the configured store, seeds it from seed/ when empty, and serves GraphQL until stopped.
import { fileURLToPath } from "node:url";
import { createApiServer } from "../api/server.ts";
import type { Ingest } from "../api/context.ts";
import type { Config } from "../config.ts";
import { InvalidInputError } from "../domain/errors.ts";
import { ingestArticle } from "../ingest/ingest.ts";
import type { Language } from "../extract/language.ts";
import { openStore } from "../store/open-store.ts";
import { seedFolders } from "./seed.ts";

export const DEFAULT_SEED_DIR = fileURLToPath(new URL("../../seed/articles", import.meta.url));

/** The extraction pipeline as the API's ingestArticle mutation calls it. */
export const ingestFromApi: Ingest = async (input, store) => {
  if (!["ar", "en", "fa"].includes(input.language)) {
    throw new InvalidInputError(`ingestArticle: language must be ar, en or fa, not "${input.language}"`);
  }
  const { patch: _patch, ...result } = await ingestArticle(store, input.text, {
    ...input,
    language: input.language as Language,
  });
  return result;
};

export interface ServeOptions {
  seed: boolean;
  seedDirs: string[];
}

export async function serveCommand(config: Config, options: ServeOptions): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const store = await openStore(config.store);
  const where =
    config.store.kind === "memory"
      ? `embedded store in ${config.store.dataDir}`
      : `Neo4j at ${config.store.uri}`;
  log(`diplograph: ${where}`);
  if (options.seed && (await store.counts()).articles === 0) {
    log(`diplograph: the graph is empty; seeding from ${options.seedDirs.join(", ")}`);
    await seedFolders(store, options.seedDirs, log);
  }
  const server = createApiServer({ store, ingest: ingestFromApi, options: config });
  const { url } = await server.listen({ port: config.port, host: config.host });
  const counts = await store.counts();
  const persons = counts.entities.Person;
  const events = Object.values(counts.events).reduce((a, b) => a + b, 0);
  log(`diplograph: ${counts.articles} articles, ${persons} persons, ${events} events`);
  log(
    `diplograph: GraphQL at ${url} (playground: open it in a browser); health at ${url.replace(/\/graphql$/, "/health")}`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`diplograph: ${signal}, stopping`);
    await server.stop();
    await store.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

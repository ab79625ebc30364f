// The Neo4j graph store: the GraphStore contract over neo4j-driver, with the memory store's merge rules and orders.
import { NotFoundError, StoreUnavailableError } from "../../domain/errors.ts";
import { parsePatch } from "../../domain/schema.ts";
import { countryCode, maxHopsBound, neighborhoodBounds } from "../bounds.ts";
import type { ApplyResult, GraphStore, RetractResult } from "../graph-store.ts";
import { AnswerCache, graphVersion } from "./answer-cache.ts";
import { applyChange } from "./apply.ts";
import { connect, resolveOptions, type Neo4jConfig, type Neo4jStoreOptions } from "./connection.ts";
import { storeError } from "./errors.ts";
import { eventSearch, eventsBetween, eventsBetweenCountries, findEvents } from "./events.ts";
import { describeResults } from "./checks.ts";
import * as reads from "./reads.ts";
import { ensureSchema } from "./schema.ts";
import { createRunner, type Statements } from "./session.ts";
import { neighborhood, shortestPath } from "./traversal.ts";

export type { Neo4jConfig, Neo4jStoreOptions } from "./connection.ts";
export { FULLTEXT_INDEX } from "./cypher/schema.ts";

const W = "store/neo4j";

/**
 * Connects (retrying with backoff while Neo4j is unreachable), sets up the schema, and returns the store.
 * Later calls that find Neo4j gone fail with StoreUnavailableError and work again once it is back: the
 * driver's pool reconnects, nothing needs reopening.
 */
export async function createNeo4jStore(
  config: Neo4jConfig,
  options: Neo4jStoreOptions = {},
): Promise<GraphStore> {
  const resolved = resolveOptions(options);
  const driver = await connect(config, resolved);
  try {
    await ensureSchema(driver, config.database);
  } catch (error) {
    await driver.close();
    throw storeError(error, `${W}: schema set-up`, config.uri);
  }
  const runner = createRunner(driver, config.database, config.uri, resolved.transactionRetryMs);
  let closing: Promise<void> | null = null;
  const open = (): void => {
    if (closing !== null) throw new StoreUnavailableError(`${W}: the store is closed`);
  };
  // Writes from this process go one at a time, as in the memory store; the lock node serialises other processes.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(write: () => Promise<T>): Promise<T> => {
    const run = queue.then(write);
    queue = run.catch(() => undefined);
    return run;
  };
  // A read of several statements: one transaction.
  const read = <T>(where: string, work: Parameters<typeof runner.read<T>>[1]): Promise<T> => {
    open();
    return runner.read(where, work);
  };
  // A read of one statement: alone, one round trip.
  const once = <T>(where: string, work: (one: Statements) => Promise<T>): Promise<T> => {
    open();
    return runner.once(where, work);
  };
  // Scanned answers, kept while the graph's version stays the same: a kept one costs the version's read alone;
  // else the version is read again and the answer computed in one transaction, so it is kept under its own.
  const answers = new AnswerCache();
  const kept = async <T>(
    where: string,
    key: unknown[],
    compute: (tx: Statements) => Promise<T>,
    size: (answer: T) => number,
  ): Promise<T> => {
    const k = JSON.stringify(key);
    const version = await once(where, (one) => graphVersion(one, where));
    return (
      answers.kept<T>(version, k) ??
      (await read(where, (tx) => answers.through(tx, k, where, () => compute(tx), size)))
    );
  };
  // Each caller gets its own copy of a kept list.
  const keptList = async <T>(where: string, key: unknown[], compute: (tx: Statements) => Promise<T[]>) => [
    ...(await kept(where, key, compute, (list) => list.length)),
  ];

  return {
    kind: "neo4j",

    async applyPatch(input): Promise<ApplyResult> {
      const where = `${W}: applyPatch`;
      open();
      const patch = parsePatch(input, where);
      const patchJson = JSON.stringify(patch);
      const articleId = patch.article.id;
      const outcome = await exclusive(() =>
        runner.write(where, (tx) => applyChange(tx, { articleId, patch, patchJson, where })),
      );
      if (outcome.unchanged) {
        return {
          articleId,
          created: { entities: [], events: [], occupancies: [], relations: [] },
          unchanged: true,
        };
      }
      return { articleId, created: describeResults(outcome.results).created, unchanged: false };
    },

    async retractArticle(articleId): Promise<RetractResult> {
      const where = `${W}: retractArticle`;
      open();
      const outcome = await exclusive(() =>
        runner.write(where, (tx) => applyChange(tx, { articleId, patch: null, patchJson: null, where })),
      );
      if (outcome.unchanged) throw new NotFoundError(`${where}: unknown article "${articleId}"`);
      const { removed, kept } = describeResults(outcome.results);
      return { articleId, removed, kept };
    },

    getArticle: (id) => once(`${W}: getArticle`, (tx) => reads.getArticle(tx, id, `${W}: getArticle`)),
    listArticles: () => once(`${W}: listArticles`, (tx) => reads.listArticles(tx, `${W}: listArticles`)),
    async getEntity(id) {
      const [entity] = await once(`${W}: getEntity`, (tx) => reads.getEntities(tx, [id], `${W}: getEntity`));
      return entity ?? null;
    },
    getEntities: (ids) => once(`${W}: getEntities`, (tx) => reads.getEntities(tx, ids, `${W}: getEntities`)),
    async getEvent(id) {
      const [event] = await once(`${W}: getEvent`, (tx) => reads.getEvents(tx, [id], `${W}: getEvent`));
      return event ?? null;
    },
    getEvents: (ids) => once(`${W}: getEvents`, (tx) => reads.getEvents(tx, ids, `${W}: getEvents`)),
    async findEntities(query) {
      const where = `${W}: findEntities`;
      open();
      const search = reads.entitySearch(query, where);
      return keptList(where, ["findEntities", search], (tx) => reads.findEntities(tx, search, where));
    },
    async findEvents(query) {
      const where = `${W}: findEvents`;
      open();
      const search = eventSearch(query, where);
      // A participant's events start from one indexed node: cheap enough not to keep.
      if (search.participant) return once(where, (one) => findEvents(one, search, where));
      const page = await kept(
        where,
        ["findEvents", search],
        (tx) => findEvents(tx, search, where),
        (p) => p.items.length,
      );
      return { ...page, items: [...page.items] };
    },
    eventsBetween: (a, b) =>
      once(`${W}: eventsBetween`, (tx) => eventsBetween(tx, a, b, `${W}: eventsBetween`)),
    async eventsBetweenCountries(a, b) {
      const where = `${W}: eventsBetweenCountries`;
      open();
      const codeA = countryCode(a, where);
      const codeB = countryCode(b, where);
      return keptList(where, ["eventsBetweenCountries", codeA, codeB], (tx) =>
        eventsBetweenCountries(tx, codeA, codeB, where),
      );
    },
    occupanciesOf: (id) =>
      once(`${W}: occupanciesOf`, (tx) => reads.occupanciesOf(tx, id, `${W}: occupanciesOf`)),
    relationsOf: (id) => once(`${W}: relationsOf`, (tx) => reads.relationsOf(tx, id, `${W}: relationsOf`)),
    async neighborhood(id, options) {
      const where = `${W}: neighborhood`;
      open();
      const { depth, limit } = neighborhoodBounds(options, where);
      return read(where, (tx) => neighborhood(tx, id, depth, limit, where));
    },
    async shortestPath(from, to, options) {
      const where = `${W}: shortestPath`;
      open();
      const maxHops = maxHopsBound(options, where);
      return read(where, (tx) => shortestPath(tx, from, to, maxHops, where));
    },
    counts: () => once(`${W}: counts`, (tx) => reads.counts(tx, `${W}: counts`)),
    close() {
      // Every caller gets the one closing; pending writes finish first.
      closing ??= queue.then(() => driver.close());
      return closing;
    },
  };
}

// The Neo4j graph store: the GraphStore contract over neo4j-driver, with the memory store's merge rules and orders.
import { NotFoundError, StoreUnavailableError } from "../../domain/errors.ts";
import { parsePatch } from "../../domain/schema.ts";
import { countryCode, maxHopsBound, neighborhoodBounds } from "../bounds.ts";
import type { ApplyResult, GraphStore, RetractResult } from "../graph-store.ts";
import { AnswerCache } from "./answer-cache.ts";
import { applyChange } from "./apply.ts";
import { connect, resolveOptions, type Neo4jConfig, type Neo4jStoreOptions } from "./connection.ts";
import { storeError } from "./errors.ts";
import { eventSearch, eventsBetween, eventsBetweenCountries, findEvents } from "./events.ts";
import { describeResults } from "./checks.ts";
import * as reads from "./reads.ts";
import { ensureSchema } from "./schema.ts";
import { createRunner } from "./session.ts";
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
  const runner = createRunner(driver, config.database, config.uri);
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
  const read = <T>(where: string, work: Parameters<typeof runner.read<T>>[1]): Promise<T> => {
    open();
    return runner.read(where, work);
  };
  // Scanned answers, kept while the graph's version stays the same; each caller gets its own copy of the lists.
  const answers = new AnswerCache();
  const keptList = <T>(where: string, key: unknown[], work: Parameters<typeof runner.read<T[]>>[1]) =>
    read(where, (tx) =>
      answers.through(
        tx,
        JSON.stringify(key),
        where,
        () => work(tx),
        (list: T[]) => list.length,
      ),
    ).then((list) => [...list]);

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

    getArticle: (id) => read(`${W}: getArticle`, (tx) => reads.getArticle(tx, id, `${W}: getArticle`)),
    listArticles: () => read(`${W}: listArticles`, (tx) => reads.listArticles(tx, `${W}: listArticles`)),
    async getEntity(id) {
      const [entity] = await read(`${W}: getEntity`, (tx) => reads.getEntities(tx, [id], `${W}: getEntity`));
      return entity ?? null;
    },
    getEntities: (ids) => read(`${W}: getEntities`, (tx) => reads.getEntities(tx, ids, `${W}: getEntities`)),
    async getEvent(id) {
      const [event] = await read(`${W}: getEvent`, (tx) => reads.getEvents(tx, [id], `${W}: getEvent`));
      return event ?? null;
    },
    getEvents: (ids) => read(`${W}: getEvents`, (tx) => reads.getEvents(tx, ids, `${W}: getEvents`)),
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
      if (search.participant) return read(where, (tx) => findEvents(tx, search, where));
      const page = await read(where, (tx) =>
        answers.through(
          tx,
          JSON.stringify(["findEvents", search]),
          where,
          () => findEvents(tx, search, where),
          (p) => p.items.length,
        ),
      );
      return { ...page, items: [...page.items] };
    },
    eventsBetween: (a, b) =>
      read(`${W}: eventsBetween`, (tx) => eventsBetween(tx, a, b, `${W}: eventsBetween`)),
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
      read(`${W}: occupanciesOf`, (tx) => reads.occupanciesOf(tx, id, `${W}: occupanciesOf`)),
    relationsOf: (id) => read(`${W}: relationsOf`, (tx) => reads.relationsOf(tx, id, `${W}: relationsOf`)),
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
    counts: () => read(`${W}: counts`, (tx) => reads.counts(tx, `${W}: counts`)),
    close() {
      // Every caller gets the one closing; pending writes finish first.
      closing ??= queue.then(() => driver.close());
      return closing;
    },
  };
}

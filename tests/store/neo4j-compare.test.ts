// One generated graph loaded into both stores, then every read method asked the same questions: the Neo4j
// store must give the memory store's answers (shortest paths: the same length, each hop a real tie, since
// several shortest paths may tie and neither store promises which).
import { afterAll, beforeAll, expect, it } from "vitest";
import { DiplographError } from "../../src/domain/errors.ts";
import { EVENT_TYPES, ENTITY_TYPES, type GraphPatch } from "../../src/domain/types.ts";
import type { EventQuery, GraphStore } from "../../src/store/graph-store.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { createNeo4jStore } from "../../src/store/neo4j/index.ts";
import { describeWithNeo4j } from "../neo4j/describe-neo4j.ts";
import { useNeo4jPool } from "../neo4j/neo4j-pool.ts";
import { randomGraph } from "./random-graph.fixtures.ts";

const graph = randomGraph();

/** A call's outcome, comparable across stores: its value, or its error's code. */
async function outcome(call: () => Promise<unknown>): Promise<unknown> {
  try {
    return { value: await call() };
  } catch (error) {
    if (error instanceof DiplographError) return { error: error.code };
    throw error;
  }
}

/** A new version of an article that tells only half its events (its entities stay, so nothing strands). */
function shortened(patch: GraphPatch): GraphPatch {
  return { ...patch, events: patch.events.slice(0, Math.ceil(patch.events.length / 2)), occupancies: [] };
}

describeWithNeo4j("Neo4j store answers as the memory store does", (primary) => {
  const pool = useNeo4jPool(primary);
  let memory: GraphStore;
  let neo: GraphStore;
  let release: () => void = () => undefined;
  /** Both stores' outcomes of the same call. */
  const both = async (call: (store: GraphStore) => Promise<unknown>) => [
    await outcome(() => call(memory)),
    await outcome(() => call(neo)),
  ];
  const expectSame = async (what: string, call: (store: GraphStore) => Promise<unknown>) => {
    const [m, n] = await both(call);
    expect(n, what).toEqual(m);
    return m;
  };

  beforeAll(async () => {
    const slot = await pool.acquire();
    release = slot.release;
    memory = await createMemoryStore();
    neo = await createNeo4jStore(slot.connection);
  });
  afterAll(async () => {
    await memory?.close();
    await neo?.close();
    release();
  });

  it("gives the same results for every write: applies, an unchanged re-apply, a new version, retractions", async () => {
    for (const patch of graph.patches)
      await expectSame(`apply ${patch.article.id}`, (s) => s.applyPatch(patch));
    const [first, second, third] = graph.patches;
    if (first === undefined || second === undefined || third === undefined)
      throw new Error("too few articles");
    await expectSame("unchanged", (s) => s.applyPatch(second));
    await expectSame("new version", (s) => s.applyPatch(shortened(first)));
    // Some retractions strand other articles' ties (CONFLICT in both), others go through.
    const retracted = [];
    for (const patch of graph.patches.slice(3, 12)) {
      retracted.push(
        await expectSame(`retract ${patch.article.id}`, (s) => s.retractArticle(patch.article.id)),
      );
    }
    expect(retracted).toContainEqual({ error: "CONFLICT" });
    expect(retracted.some((r) => typeof r === "object" && r !== null && "value" in r)).toBe(true);
    await expectSame("retract unknown", (s) => s.retractArticle("article:none"));
    await expectSame("re-apply", (s) => s.applyPatch(third));
  }, 120_000);

  it("counts, lists and looks up alike", async () => {
    await expectSame("counts", (s) => s.counts());
    await expectSame("articles", (s) => s.listArticles());
    for (const patch of graph.patches) await expectSame("article", (s) => s.getArticle(patch.article.id));
    const ids = [...graph.entityIds, "person:unknown"];
    await expectSame("getEntities", (s) => s.getEntities(ids));
    for (const id of ids) await expectSame(`getEntity ${id}`, (s) => s.getEntity(id));
    await expectSame("getEvents", (s) => s.getEvents([...graph.eventIds, "event:unknown"]));
    for (const id of graph.eventIds.slice(0, 20)) await expectSame(`getEvent ${id}`, (s) => s.getEvent(id));
  });

  it("finds the same entities, page by page", async () => {
    const queries = [
      {},
      ...ENTITY_TYPES.map((type) => ({ type })),
      ...graph.countries.map((country) => ({ country })),
      ...["ali", "شميراني", "city", "مدينه", "ministry", "Lazutkin 1", "ｚ", "😀", "zzz"].map((name) => ({
        name,
      })),
      { type: "Person" as const, country: "IR", name: "a" },
    ];
    for (const query of queries) {
      for (const limit of [7, 1000]) {
        for (let offset = 0; offset < 80; offset += limit) {
          await expectSame(`findEntities ${JSON.stringify(query)} ${offset}`, (s) =>
            s.findEntities({ ...query, limit, offset }),
          );
        }
      }
    }
  }, 120_000);

  it("finds the same events in the same order, page by page", async () => {
    const queries: EventQuery[] = [
      {},
      ...graph.entityIds.slice(0, 12).map((participant) => ({ participant })),
      ...graph.entityIds.filter((id) => id.startsWith("place:")).map((place) => ({ place })),
      ...graph.countries.map((country) => ({ country })),
      ...EVENT_TYPES.map((type) => ({ type })),
      { status: "planned" },
      { from: "2015-01-01" },
      { to: "2016-12-31" },
      { from: "2014-03-01", to: "2019-06-30", type: "Meeting" },
      { country: "IR", status: "held", from: "2012-01-01" },
    ];
    for (const query of queries) {
      await expectSame(`findEvents ${JSON.stringify(query)}`, (s) => s.findEvents({ ...query, limit: 1000 }));
      // Walk both stores' pages with their own cursors: the cursors themselves must match too.
      let after: string | undefined;
      for (let page = 0; page < 30; page++) {
        const q = { ...query, limit: 4, ...(after === undefined ? {} : { after }) };
        const [m, n] = await both((s) => s.findEvents(q));
        expect(n, `findEvents ${JSON.stringify(q)}`).toEqual(m);
        const value = (m as { value?: { endCursor: string | null; hasNextPage: boolean } }).value;
        if (value === undefined || !value.hasNextPage || value.endCursor === null) break;
        after = value.endCursor;
      }
    }
  }, 120_000);

  it("finds the same events between entities and between countries", async () => {
    const ids = graph.entityIds.slice(0, 14).concat(graph.entityIds.filter((id) => id.startsWith("place:")));
    for (const a of ids) {
      for (const b of ids) await expectSame(`eventsBetween ${a} ${b}`, (s) => s.eventsBetween(a, b));
    }
    for (const a of graph.countries) {
      for (const b of graph.countries) {
        await expectSame(`eventsBetweenCountries ${a} ${b}`, (s) => s.eventsBetweenCountries(a, b));
      }
    }
  }, 120_000);

  it("gives every entity the same occupancies and relations", async () => {
    for (const id of graph.entityIds) {
      await expectSame(`occupanciesOf ${id}`, (s) => s.occupanciesOf(id));
      await expectSame(`relationsOf ${id}`, (s) => s.relationsOf(id));
    }
  }, 120_000);

  it("draws the same neighbourhoods: nodes, edges and truncation", async () => {
    const ids = [...graph.entityIds.slice(0, 16), "person:unknown"];
    for (const id of ids) {
      for (const depth of [1, 2, 3]) {
        for (const limit of [1, 3, 10, 2000]) {
          await expectSame(`neighborhood ${id} ${depth} ${limit}`, (s) =>
            s.neighborhood(id, { depth, limit }),
          );
        }
      }
    }
  }, 120_000);

  it("finds shortest paths of the same length, through real ties", async () => {
    const ids = graph.entityIds.slice(0, 12).concat(["place:0", "country:IR"]);
    let found = 0;
    for (const from of ids) {
      for (const to of ids) {
        for (const maxHops of [1, 2, 4, 8]) {
          const [m, n] = await both((s) => s.shortestPath(from, to, { maxHops }));
          const length = (x: unknown) => (x as { value?: { length: number } | null }).value?.length ?? null;
          expect(length(n), `shortestPath ${from} ${to} ${maxHops}`).toEqual(length(m));
          const path = (n as { value?: { hops: { source: string; target: string; via: string }[] } | null })
            .value;
          if (!path) continue;
          found += 1;
          for (const hop of path.hops) {
            // The hop's tie touches both its ends, as the memory store sees it.
            const neighbourhood = await memory.neighborhood(hop.source, { depth: 1, limit: 2000 });
            expect(
              neighbourhood.edges.some((e) => e.via === hop.via && [e.source, e.target].includes(hop.target)),
            ).toBe(true);
          }
        }
      }
    }
    expect(found).toBeGreaterThan(50);
  }, 180_000);
});

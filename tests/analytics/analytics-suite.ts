// The analytics contract on one store: every answer agrees with graphology run directly on the test's own
// reading of the window (tests/analytics/reference.ts), and with the store's own event queries.
import { fileURLToPath } from "node:url";
import { betweenness, pagerank } from "graphology-metrics/centrality/index.js";
import { modularity } from "graphology-metrics/graph/index.js";
import louvainExport from "graphology-communities-louvain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalytics, type Analytics } from "../../src/analytics/index.ts";
import { LOUVAIN_SEED, seededRandom } from "../../src/analytics/communities.ts";
import { seedFolders } from "../../src/commands/seed.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { allEvents } from "../../src/store/paging.ts";
import { loadSynthetic } from "../bench/timing.ts";
import type { SyntheticOptions } from "../bench/synthetic-graph.ts";
import { countByPeriod, referenceOf, type Reference } from "./reference.ts";

const SEED = fileURLToPath(new URL("../../seed/articles", import.meta.url));

/** Small enough for Neo4j to load in seconds; skewed so some officials are hubs. */
export const SYNTHETIC: SyntheticOptions = {
  persons: Number(process.env["ANALYTICS_TEST_PERSONS"] ?? 150),
  events: Number(process.env["ANALYTICS_TEST_EVENTS"] ?? 1200),
  places: 20,
  eventsPerArticle: 100,
  seed: 1407,
  skew: 1.5,
};

const YEAR = { from: "2017-01-01", to: "2017-12-31" };
type Louvain = typeof louvainExport.default;
const isLouvain = (v: unknown): v is Louvain => typeof v === "function" && "detailed" in v;
// CommonJS package typed as an ES default export (see src/analytics/communities.ts).
const louvain: Louvain = isLouvain(louvainExport) ? louvainExport : louvainExport.default;

export async function fillStore(store: GraphStore): Promise<void> {
  const report = await seedFolders(store, [SEED], () => {});
  if (report.failed.length > 0) throw new Error(`seed failed: ${JSON.stringify(report.failed)}`);
  await loadSynthetic(store, SYNTHETIC);
}

/** Every analytic at once, for comparing two stores' answers. */
export async function askEverything(store: GraphStore) {
  const a = createAnalytics(store, { maxEvents: 20_000 });
  const window = { from: "2018-01-01", to: "2019-06-30", types: ["Meeting", "Call"], status: "held" };
  const dyads = await a.busiestDyads(window, 20);
  const busiest = dyads.items[0];
  return {
    centrality: await a.centrality(window, "PAGERANK", { first: 50, offset: 0 }),
    communities: await a.communities(window, 1, 100),
    dyads,
    activity: await a.activity({ country: "IR" }, "MONTH", window),
    span: await a.pairSpan(`country:${busiest?.a ?? ""}`, `country:${busiest?.b ?? ""}`, window),
    ego: await a.egoNetwork("person:0", window, { depth: 2, limit: 100 }),
  };
}

/**
 * The suite on the store `makeStore` gives (filled here); with `reference`, also the same answers as that
 * store's (filled the same way).
 */
export function describeAnalytics(
  kind: string,
  makeStore: () => Promise<GraphStore>,
  reference?: { kind: string; makeStore: () => Promise<GraphStore> },
): void {
  describe(`analytics on ${kind}`, () => {
    let store: GraphStore;
    let analytics: Analytics;
    let year: Reference;
    let all: Reference;

    beforeAll(async () => {
      const started = performance.now();
      store = await makeStore();
      await fillStore(store);
      console.log(`analytics on ${kind}: graph loaded in ${Math.round(performance.now() - started)} ms`);
      analytics = createAnalytics(store, { maxEvents: 20_000 });
      [year, all] = await Promise.all([referenceOf(store, YEAR), referenceOf(store, {})]);
    }, 300_000);
    afterAll(() => store?.close());

    it("ranks by every centrality measure as graphology-metrics does on the same window", async () => {
      const g = year.persons;
      expect(g.order).toBeGreaterThan(50);
      const ranks = pagerank(g, { getEdgeWeight: "weight" });
      const between = betweenness(g, { getEdgeWeight: null, normalized: true });
      const answer = await analytics.centrality(YEAR, "PAGERANK", { first: g.order, offset: 0 });
      expect(answer.totalCount).toBe(g.order);
      for (const s of answer.items) {
        expect(s.degree).toBe(g.degree(s.personId));
        expect(s.weightedDegree).toBe(g.reduceEdges(s.personId, (sum, _e, a) => sum + a.weight, 0));
        expect(s.pagerank).toBeCloseTo(ranks[s.personId] ?? NaN, 12);
        expect(s.betweenness).toBeCloseTo(between[s.personId] ?? NaN, 12);
      }
      const byRank = Object.entries(ranks).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
      expect(answer.items.map((s) => s.personId)).toEqual(byRank.map(([id]) => id));
    });

    it("pages a ranking without overlap, ordered by the asked measure", async () => {
      const first = await analytics.centrality(YEAR, "BETWEENNESS", { first: 10, offset: 0 });
      const next = await analytics.centrality(YEAR, "BETWEENNESS", { first: 10, offset: 10 });
      const ids = [...first.items, ...next.items].map((s) => s.personId);
      expect(new Set(ids).size).toBe(20);
      const scores = [...first.items, ...next.items].map((s) => s.betweenness ?? NaN);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      const byDegree = await analytics.centrality(
        YEAR,
        "WEIGHTED_DEGREE",
        { first: 5, offset: 0 },
        { withBetweenness: false },
      );
      expect(byDegree.items.every((s) => s.betweenness === null)).toBe(true);
      const top = Math.max(
        ...year.persons.mapNodes((n) => year.persons.reduceEdges(n, (s, _e, a) => s + a.weight, 0)),
      );
      expect(byDegree.items[0]?.weightedDegree).toBe(top);
    });

    it("finds Louvain's communities of the window, with their modularity and countries", async () => {
      const g = year.persons;
      const expected = louvain.detailed(g, { getEdgeWeight: "weight", rng: seededRandom(LOUVAIN_SEED) });
      const answer = await analytics.communities(YEAR, 1, 10_000);
      expect(answer.persons).toBe(g.order);
      expect(answer.modularity).toBeCloseTo(expected.modularity, 12);
      const mapping: Record<string, number> = {};
      for (const c of answer.items) for (const m of c.members) mapping[m] = c.index;
      expect(Object.keys(mapping).sort()).toEqual(g.nodes().sort());
      expect(answer.modularity).toBeCloseTo(modularity(g, { getNodeCommunity: (n) => mapping[n] ?? -1 }), 12);
      // The same grouping as graphology's, whatever the labels.
      const groups = (m: Record<string, number>) =>
        Object.values(
          Object.entries(m).reduce<Record<number, string[]>>(
            (acc, [n, c]) => ((acc[c] ??= []).push(n), acc),
            {},
          ),
        )
          .map((ids) => ids.sort().join(","))
          .sort();
      expect(groups(mapping)).toEqual(groups(expected.communities));
      const biggest = answer.items[0];
      expect(biggest?.members.length).toBe(Math.max(...answer.items.map((c) => c.members.length)));
      const countries = new Map<string, number>();
      for (const m of biggest?.members ?? []) {
        const c = g.getNodeAttribute(m, "country");
        if (c) countries.set(c, (countries.get(c) ?? 0) + 1);
      }
      expect(biggest?.countries[0]?.count).toBe(Math.max(...countries.values()));
      const big = await analytics.communities(YEAR, 3, 10_000);
      expect(big.items.every((c) => c.members.length >= 3)).toBe(true);
    });

    it("counts a country's, a pair's and a person's events per period as the store's own filters find them", async () => {
      const country = await analytics.activity({ country: "IR" }, "QUARTER", YEAR);
      const irEvents = await allEvents(store, { country: "IR", ...YEAR });
      const quarter = (d: string) => `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
      expect(country).toEqual(countByPeriod(irEvents, quarter));
      expect(country.total).toBeGreaterThan(0);

      const pair = await analytics.activity({ pair: ["ir", "AZ"] }, "YEAR", null);
      expect(pair).toEqual(
        countByPeriod(await store.eventsBetweenCountries("IR", "AZ"), (d) => d.slice(0, 4)),
      );
      expect(pair.total).toBeGreaterThan(0);

      const hub =
        year.persons.nodes().sort((a, b) => year.persons.degree(b) - year.persons.degree(a))[0] ?? "";
      const person = await analytics.activity({ person: hub }, "MONTH", null);
      const own = await allEvents(store, { participant: hub });
      expect(person).toEqual(countByPeriod(own, (d) => d.slice(0, 7)));
    });

    it("ranks the busiest country pairs of the window by their bilateral events", async () => {
      const answer = await analytics.busiestDyads(YEAR, 5);
      expect(answer.items).toHaveLength(5);
      for (const dyad of answer.items) {
        const between = (await store.eventsBetweenCountries(dyad.a, dyad.b)).filter(
          (e) => e.date !== null && e.date.value >= YEAR.from && e.date.value <= YEAR.to,
        );
        expect(dyad.events.map((e) => e.id).sort()).toEqual(between.map((e) => e.id).sort());
        expect(dyad.a < dyad.b).toBe(true);
      }
      const counts = answer.items.map((d) => d.events.length);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    });

    it("gives the first and last meeting of a pair, of persons or of countries", async () => {
      const [edge] = year.persons
        .edges()
        .sort(
          (x, y) => year.persons.getEdgeAttribute(y, "weight") - year.persons.getEdgeAttribute(x, "weight"),
        );
      const a = year.persons.source(edge ?? "");
      const b = year.persons.target(edge ?? "");
      const span = await analytics.pairSpan(a, b, null);
      const between = (await store.eventsBetween(a, b)).filter((e) => e.date !== null);
      expect(span.count).toBe((await store.eventsBetween(a, b)).length);
      expect(span.first?.id).toBe(between[0]?.id);
      expect(span.last?.id).toBe(between[between.length - 1]?.id);
      const countries = await analytics.pairSpan("country:IR", "country:AZ", YEAR);
      const bilateral = (await store.eventsBetweenCountries("IR", "AZ")).filter(
        (e) => e.date !== null && e.date.value >= YEAR.from && e.date.value <= YEAR.to,
      );
      expect(countries.events.map((e) => e.id)).toEqual(bilateral.map((e) => e.id));
    });

    it("draws an ego network over the whole graph as the store's neighbourhood does, and narrows it to a window", async () => {
      const hub = all.persons.nodes().sort((a, b) => all.persons.degree(b) - all.persons.degree(a))[0] ?? "";
      for (const [depth, limit] of [
        [1, 200],
        [2, 40],
      ] as const) {
        const ego = await analytics.egoNetwork(hub, null, { depth, limit });
        const store_ = await store.neighborhood(hub, { depth, limit });
        expect(ego.nodes.map((n) => n.id)).toEqual(store_.nodes.map((n) => n.id));
        expect(ego.edges.map((e) => [e.via, e.source, e.target].join())).toEqual(
          store_.edges.map((e) => [e.via, e.source, e.target].join()),
        );
        expect(ego.truncated).toBe(store_.truncated);
      }
      const inYear = await analytics.egoNetwork(hub, YEAR, { depth: 1, limit: 2000 });
      const yearIds = new Set(year.events.map((e) => e.id));
      expect(inYear.edges.every((e) => yearIds.has(e.via))).toBe(true);
      const met = new Set(
        year.events
          .filter((e) => e.participants.some((p) => p.entityId === hub))
          .flatMap((e) => [...e.participants.map((p) => p.entityId), ...(e.location ? [e.location] : [])]),
      );
      expect(inYear.nodes.map((n) => n.id).sort()).toEqual([...met].sort());
    });

    it("keeps only entities of the asked countries", async () => {
      const answer = await analytics.centrality({ ...YEAR, countries: ["ir", "AZ", "TR"] }, "DEGREE", {
        first: 100,
        offset: 0,
      });
      expect(answer.totalCount).toBeGreaterThan(0);
      const persons = await store.getEntities(answer.items.map((s) => s.personId));
      expect(persons.every((p) => p !== null && ["IR", "AZ", "TR"].includes(p.country ?? ""))).toBe(true);
    });

    if (reference !== undefined) {
      it(`answers every analytic exactly as the ${reference.kind} store does`, async () => {
        const other = await reference.makeStore();
        try {
          await fillStore(other);
          const [mine, theirs] = [await askEverything(store), await askEverything(other)];
          expect(mine.centrality.totalCount).toBeGreaterThan(20);
          expect(mine.span.count).toBeGreaterThan(0);
          expect(mine).toEqual(theirs);
        } finally {
          await other.close();
        }
      });
    }
  });
}

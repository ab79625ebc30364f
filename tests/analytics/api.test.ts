// The analytics fields over HTTP: each answers, and bad input comes back as typed errors that name the limit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { loadSynthetic } from "../bench/timing.ts";
import { codeOf, dataOf, startApi, type Running } from "../api/client.ts";
import { SYNTHETIC } from "./analytics-suite.ts";

const MAX_COST = 800;
const YEAR = { from: "2017-01-01", to: "2017-12-31" };

describe("api: analytics", () => {
  let store: GraphStore;
  let api: Running;
  beforeAll(async () => {
    store = await createMemoryStore();
    await loadSynthetic(store, SYNTHETIC);
    api = await startApi({ store, options: { limits: { maxCost: MAX_COST } } });
  });
  afterAll(async () => {
    await api.stop();
    await store.close();
  });

  it("ranks persons, finds communities, counts activity and dyads, spans a pair and draws an ego network", async () => {
    const data = dataOf(
      await api.gql(
        `query($w: AnalyticsWindow) {
          centrality(window: $w, by: DEGREE, first: 3) { measure totalCount nodes { rank degree person { id name } } }
          communities(window: $w, first: 2) { modularity persons totalCount communities { index size members(first: 2) { id } dominantCountries { country count } } }
          activity(subject: { country: "IR" }, period: QUARTER, window: $w) { total undated periods { period count } }
          busiestDyads(window: $w, first: 2) { totalCount dyads { a { id } b { id } count first { id date } last { id date } } }
          egoNetwork(id: "person:0", window: $w, limit: 5) { truncated nodes { id } edges { source target via } }
        }`,
        { w: YEAR },
      ),
    );
    const centrality = data.centrality as { totalCount: number; nodes: { rank: number; degree: number }[] };
    expect(centrality.nodes.map((n) => n.rank)).toEqual([1, 2, 3]);
    expect(centrality.nodes[0]!.degree).toBeGreaterThanOrEqual(centrality.nodes[2]!.degree);
    const communities = data.communities as {
      modularity: number;
      communities: { size: number; members: unknown[] }[];
    };
    expect(communities.modularity).toBeGreaterThan(0);
    expect(communities.communities[0]!.members).toHaveLength(2);
    const activity = data.activity as { total: number; periods: { period: string; count: number }[] };
    expect(activity.periods.map((p) => p.period)).toEqual(["2017-Q1", "2017-Q2", "2017-Q3", "2017-Q4"]);
    expect(activity.periods.reduce((s, p) => s + p.count, 0)).toBe(activity.total);
    const dyads = data.busiestDyads as {
      dyads: { count: number; first: { date: string }; last: { date: string } }[];
    };
    expect(dyads.dyads[0]!.first.date <= dyads.dyads[0]!.last.date).toBe(true);
    const ego = data.egoNetwork as { truncated: boolean; nodes: { id: string }[] };
    expect(ego.nodes[0]!.id).toBe("person:0");
    expect(ego.nodes).toHaveLength(5);
    expect(ego.truncated).toBe(true);
  });

  it("computes betweenness only when the query selects it, and then the same as ranked by it", async () => {
    const q = (fields: string) =>
      `{ centrality(window: { from: "2017-01-01", to: "2017-12-31" }, by: PAGERANK, first: 3) { nodes { person { id } ${fields} } } }`;
    const without = dataOf(await api.gql(q("pagerank")));
    const withIt = dataOf(await api.gql(`${q("...B")} fragment B on CentralityScore { betweenness }`));
    const nodes = (withIt.centrality as { nodes: { person: { id: string }; betweenness: number }[] }).nodes;
    expect(nodes.every((n) => n.betweenness >= 0)).toBe(true);
    expect((without.centrality as { nodes: unknown[] }).nodes).toHaveLength(3);
  });

  it("gives the first and last meeting of two persons", async () => {
    const data = dataOf(
      await api.gql(
        `{ pairSpan(a: "person:0", b: "person:1") { count first { date } last { date } events(first: 1) { id } } }`,
      ),
    );
    const span = data.pairSpan as { count: number; first: { date: string } | null; events: unknown[] };
    const between = await store.eventsBetween("person:0", "person:1");
    expect(span.count).toBe(between.length);
    expect(span.first?.date).toBe(between[0]?.date?.value);
  });

  it.each([
    [
      "an inverted window",
      `{ centrality(window: { from: "2018-01-01", to: "2017-01-01" }) { totalCount } }`,
      "BAD_USER_INPUT",
    ],
    ["an unknown id", `{ egoNetwork(id: "person:nobody") { truncated } }`, "NOT_FOUND"],
    ["an unknown pair member", `{ pairSpan(a: "person:0", b: "person:nobody") { count } }`, "NOT_FOUND"],
    [
      "two subjects at once",
      `{ activity(subject: { country: "IR", person: "person:0" }) { total } }`,
      "BAD_USER_INPUT",
    ],
    ["a page too large", `{ centrality(first: 101) { totalCount } }`, "BAD_USER_INPUT"],
  ])("refuses %s", async (_, query, code) => {
    expect(codeOf(await api.gql(query))).toBe(code);
  });

  it("refuses a window holding more events than the cost limit, and names the limit", async () => {
    const res = await api.gql(`{ communities { totalCount } }`);
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    expect(res.body.errors?.[0]?.message).toContain(`cost limit of ${MAX_COST} events`);
  });
});

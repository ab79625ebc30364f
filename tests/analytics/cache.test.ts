// Projections are cached per graph version and window, refused beyond the cost limit, and unknown ids are NOT_FOUND.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAnalytics, WindowTooLargeError } from "../../src/analytics/index.ts";
import { NotFoundError } from "../../src/domain/errors.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { articlePatches, gazetteerPatch } from "../bench/synthetic-graph.ts";
import { SYNTHETIC } from "./analytics-suite.ts";

/** The store, counting findEvents calls (each projection pages through events). */
function counting(store: GraphStore): { store: GraphStore; reads: () => number } {
  let reads = 0;
  const wrapped: GraphStore = Object.create(store) as GraphStore;
  wrapped.findEvents = (query) => {
    reads += 1;
    return store.findEvents(query);
  };
  return { store: wrapped, reads: () => reads };
}

describe("analytics cache and limits", () => {
  let store: GraphStore;
  const patches = [...articlePatches(SYNTHETIC)];
  beforeEach(async () => {
    store = await createMemoryStore();
    await store.applyPatch(gazetteerPatch(SYNTHETIC));
    for (const p of patches.slice(0, -1)) await store.applyPatch(p);
  });
  afterEach(() => store.close());

  it("projects a window once per graph version, and again after a write", async () => {
    const { store: spied, reads } = counting(store);
    const window = { from: "2016-01-01", to: "2016-12-31" };
    const first = await createAnalytics(spied, { maxEvents: 10_000 }).centrality(window, "DEGREE", {
      first: 5,
      offset: 0,
    });
    const afterFirst = reads();
    const again = await createAnalytics(spied, { maxEvents: 10_000 }).communities(window, 1, 5);
    expect(reads()).toBe(afterFirst);
    expect(again.persons).toBe(first.totalCount);

    const last = patches[patches.length - 1];
    if (last === undefined) throw new Error("no patches");
    await store.applyPatch(last);
    const fresh = await createAnalytics(spied, { maxEvents: 10_000 }).activity(
      { country: "IR" },
      "YEAR",
      null,
    );
    expect(reads()).toBeGreaterThan(afterFirst);
    const all = await store.findEvents({ country: "IR", limit: 1 });
    expect(fresh.total).toBe(all.totalCount);
  });

  it("refuses a window over the cost limit with the limit named, and keeps no failed build", async () => {
    const { totalCount } = await store.findEvents({ limit: 1 });
    const small = createAnalytics(store, { maxEvents: totalCount - 1 });
    const error = await small.centrality(null, "PAGERANK", { first: 1, offset: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WindowTooLargeError);
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", limit: totalCount - 1, events: totalCount });
    const narrower = await small.centrality({ to: "2016-12-31" }, "PAGERANK", { first: 1, offset: 0 });
    expect(narrower.totalCount).toBeGreaterThan(0);
  });

  it("answers an empty window with empty answers, not an error", async () => {
    const a = createAnalytics(store, { maxEvents: 10_000 });
    const window = { from: "1990-01-01", to: "1990-12-31" };
    expect(await a.centrality(window, "BETWEENNESS", { first: 5, offset: 0 })).toEqual({
      totalCount: 0,
      items: [],
    });
    expect(await a.communities(window, 1, 5)).toEqual({
      modularity: null,
      persons: 0,
      totalCount: 0,
      items: [],
    });
    expect((await a.busiestDyads(window, 5)).totalCount).toBe(0);
  });

  it("answers NOT_FOUND for unknown ids", async () => {
    const a = createAnalytics(store, { maxEvents: 10_000 });
    await expect(a.egoNetwork("person:nobody", null, { depth: 1, limit: 10 })).rejects.toThrow(NotFoundError);
    await expect(a.pairSpan("person:0", "person:nobody", null)).rejects.toThrow(NotFoundError);
    await expect(a.activity({ person: "person:nobody" }, "YEAR", null)).rejects.toThrow(NotFoundError);
  });
});

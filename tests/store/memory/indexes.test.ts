// The memory store's indexes (entities by country, ties by entity) and the answers it keeps until the next
// write: a store asked the same questions after every write must answer as a store built fresh from the same
// articles, and the ties an entity's walks go through must be its graph neighbours, in the graph's order.
import { describe, expect, it } from "vitest";
import type { GraphPatch } from "../../../src/domain/types.ts";
import type { GraphStore } from "../../../src/store/graph-store.ts";
import { commitChange } from "../../../src/store/memory/commit.ts";
import { admitPatch } from "../../../src/store/memory/compact.ts";
import { createMemoryStore } from "../../../src/store/memory/index.ts";
import { planChange } from "../../../src/store/memory/plan.ts";
import { createState, type MemoryState } from "../../../src/store/memory/state.ts";
import { randomGraph } from "../random-graph.fixtures.ts";

async function answers(store: GraphStore, countries: readonly string[]): Promise<string> {
  const out: unknown[] = [];
  for (const a of countries) {
    const page = await store.findEvents({ country: a, limit: 500 });
    out.push(
      page.totalCount,
      page.items.map((e) => e.id),
    );
    out.push((await store.findEntities({ country: a, limit: 500 })).map((e) => [e.id, e.name]));
    for (const b of countries) out.push((await store.eventsBetweenCountries(a, b)).map((e) => e.id));
  }
  out.push((await store.findEntities({ name: "a", limit: 500 })).map((e) => e.id));
  return JSON.stringify(out);
}

describe("memory store: indexes and cached answers follow every write", () => {
  it("answers like a fresh store after each apply and retract", async () => {
    const { patches, countries } = randomGraph();
    const store = await createMemoryStore();
    const applied: typeof patches = [];
    const check = async () => {
      const fresh = await createMemoryStore();
      for (const patch of applied) await fresh.applyPatch(patch);
      expect(await answers(store, countries)).toBe(await answers(fresh, countries));
      await fresh.close();
    };
    for (const [i, patch] of patches.entries()) {
      await answers(store, countries); // fills the cache that this write must drop
      await store.applyPatch(patch);
      applied.push(patch);
      if (i % 5 === 4) await check();
    }
    for (const patch of patches.slice(-6).reverse()) {
      await answers(store, countries);
      await store.retractArticle(patch.article.id);
      applied.pop();
      await check();
    }
    await store.close();
  });
});

/** Every entity's indexed ties are its graph neighbours in graphology's order, and no other entity is indexed. */
function expectTiesMatchGraph(state: MemoryState): void {
  let entities = 0;
  state.graph.forEachNode((id, attributes) => {
    if (attributes.kind !== "entity") return;
    entities += 1;
    expect(state.tiesOf.get(id) ?? [], id).toEqual(state.graph.neighbors(id));
  });
  for (const id of state.tiesOf.keys()) expect(state.graph.hasNode(id), id).toBe(true);
  expect(entities).toBeGreaterThan(0);
}

describe("memory store: the ties of each entity follow every write", () => {
  const write = (state: MemoryState, articleId: string, input: GraphPatch | null) => {
    const patch = input === null ? null : admitPatch(input, state.strings, "test").patch;
    commitChange(state, planChange(state, articleId, patch, "test"));
  };

  it("matches the graph after applies, a changed re-apply and retracts", () => {
    const state = createState();
    const { patches } = randomGraph();
    for (const patch of patches) write(state, patch.article.id, patch);
    expectTiesMatchGraph(state);
    // The same article told again with its first event's participants reversed: the tie goes and comes back.
    const told = patches.find((p) => (p.events[0]?.participants.length ?? 0) > 1);
    if (told === undefined) throw new Error("test: the random graph has no event with two participants");
    const [first, ...rest] = told.events;
    if (first === undefined) throw new Error("test: no event");
    const changed = { ...first, participants: [...first.participants].reverse() };
    write(state, told.article.id, { ...told, events: [changed, ...rest] });
    expectTiesMatchGraph(state);
    for (const patch of patches.slice(-6).reverse()) {
      write(state, patch.article.id, null);
      expectTiesMatchGraph(state);
    }
  });
});

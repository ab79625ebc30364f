// The memory store's indexes (entities by country) and the answers it keeps until the next write: a store
// asked the same questions after every write must answer as a store built fresh from the same articles.
import { describe, expect, it } from "vitest";
import type { GraphStore } from "../../../src/store/graph-store.ts";
import { createMemoryStore } from "../../../src/store/memory/index.ts";
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

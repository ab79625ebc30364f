// The compact memory store keeps no patch, only the article and its ids: every patch must come back from
// the contributions exactly as it went in (re-applying it is a no-op; the snapshot holds it byte for byte),
// and entity contributions told the same way share one copy of their fields.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parsePatch } from "../../../src/domain/schema.ts";
import type { GraphPatch } from "../../../src/domain/types.ts";
import { commitChange } from "../../../src/store/memory/commit.ts";
import { StringPool, admitPatch } from "../../../src/store/memory/compact.ts";
import { createMemoryStore } from "../../../src/store/memory/index.ts";
import { planChange } from "../../../src/store/memory/plan.ts";
import { createState } from "../../../src/store/memory/state.ts";
import { EntityContribution, rebuildPatch } from "../../../src/store/memory/stored.ts";
import { prng } from "../../bench/synthetic-graph.ts";
import { readBack } from "../contract.ts";
import { randomGraph } from "../random-graph.fixtures.ts";

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const random = prng(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The random graph committed to a bare state, as applyPatch would (interned, frozen), to look inside. */
function loadedState() {
  const state = createState();
  const { patches } = randomGraph();
  for (const input of patches) {
    const patch = admitPatch(input, state.strings, "test").patch;
    commitChange(state, planChange(state, patch.article.id, patch, "test"));
  }
  return { state, patches };
}

const canonical = (patch: GraphPatch): string => JSON.stringify(parsePatch(patch, "test"));

describe("memory store: patches rebuilt from contributions", () => {
  it("re-applying every article, after others came and went, changes nothing", async () => {
    // Articles refer to entities earlier ones told, so they go in in order; their ids are content hashes,
    // so each contribution lands at a random place among an item's others.
    const { patches } = randomGraph();
    const store = await createMemoryStore();
    for (const patch of patches) await store.applyPatch(patch);
    // Take the last few back and apply them again: their contributions are rebuilt between others'.
    for (const patch of patches.slice(-5).reverse()) await store.retractArticle(patch.article.id);
    for (const patch of patches.slice(-5)) await store.applyPatch(patch);
    for (const patch of shuffled(patches, 5)) {
      expect((await store.applyPatch(patch)).unchanged, patch.article.id).toBe(true);
    }
    await store.close();
  });

  it("reopens from its snapshot with every patch exactly as it was applied, and the same answers", async () => {
    const dir = await mkdtemp(join(tmpdir(), "diplograph-compact-"));
    dirs.push(dir);
    const { patches } = randomGraph();
    const store = await createMemoryStore({ dataDir: dir });
    for (const patch of patches) await store.applyPatch(patch);
    const before = await readBack(store);
    await store.close();
    const reopened = await createMemoryStore({ dataDir: dir });
    expect(await readBack(reopened)).toEqual(before);
    // Re-applying compares with the patch rebuilt from the contributions read back: equal, key for key.
    for (const patch of shuffled(patches, 7)) {
      expect((await reopened.applyPatch(patch)).unchanged, patch.article.id).toBe(true);
    }
    await reopened.close();
  });

  it("shares the fields of an entity told the same way by neighbouring articles", () => {
    const { state, patches } = loadedState();
    let shared = 0;
    for (const contribs of state.contributions.entity.values()) {
      for (const [i, c] of contribs.entries()) {
        expect(c).toBeInstanceOf(EntityContribution);
        const previous = contribs[i - 1];
        if (previous instanceof EntityContribution && c instanceof EntityContribution) {
          if (previous.fields === c.fields) shared += 1;
          // Shared or not, the fields agree exactly when they are one object.
          else expect(JSON.stringify(previous.fields)).not.toBe(JSON.stringify(c.fields));
        }
      }
    }
    expect(shared).toBeGreaterThan(0);
    for (const stored of state.patches.values()) {
      const original = patches.find((p) => p.article.id === stored.article.id);
      expect(original).toBeDefined();
      if (original !== undefined) {
        expect(JSON.stringify(rebuildPatch(stored, state.contributions))).toBe(canonical(original));
      }
    }
  });

  it("keeps one object per distinct participant and per distinct date, across events and articles", () => {
    const { state } = loadedState();
    const seen = new Map<string, object>();
    let repeats = 0;
    const expectOne = (value: object) => {
      const key = JSON.stringify(value);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, value);
      else {
        repeats += 1;
        expect(value, key).toBe(first);
      }
    };
    for (const event of state.merged.event.values()) {
      for (const participant of event.participants) expectOne(participant);
      if (event.date !== null) expectOne(event.date);
    }
    // The random graph repeats officials in the same role and days: the check above ran on shared objects.
    expect(repeats).toBeGreaterThan(10);
  });

  it("pools a participant by entity and role, a date by value, precision and words", () => {
    const pool = new StringPool();
    const host = { entityId: "person:a", role: "host" } as const;
    expect(pool.participant({ ...host })).toBe(pool.participant({ ...host }));
    expect(pool.participant({ ...host, role: "visitor" })).not.toBe(pool.participant(host));
    expect(pool.participant({ ...host, entityId: "person:b" })).not.toBe(pool.participant(host));
    const day = { value: "2024-01-02", precision: "day" } as const;
    expect(pool.date({ ...day })).toBe(pool.date({ ...day }));
    expect(pool.date({ ...day, precision: "month" })).not.toBe(pool.date(day));
    expect(pool.date({ ...day, text: "on Tuesday" })).not.toBe(pool.date(day));
    expect(pool.date({ ...day, text: "on Tuesday" })).toBe(pool.date({ ...day, text: "on Tuesday" }));
  });
});

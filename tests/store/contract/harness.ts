// What every contract section gets: fresh stores for tests that write, one loaded store for tests that only read,
// and a full read-back of a store to prove that a failed write changed nothing.
import { allEntities, allEvents } from "../../../src/store/paging.ts";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { DiplographError } from "../../../src/domain/errors.ts";
import type { GraphPatch } from "../../../src/domain/types.ts";
import type { GraphStore } from "../../../src/store/graph-store.ts";
import { fixturePatches } from "../fixtures.ts";

/** Makes a new, empty store; cleanup closes it and removes whatever the factory made (files, a database's data). */
export type StoreFactory = () => Promise<{ store: GraphStore; cleanup(): Promise<void> }>;

export interface Harness {
  /** A fresh, empty store for the current test, cleaned up after it. */
  fresh(): Promise<GraphStore>;
  /** A fresh store with the given patches (default: the three fixture articles) applied in order. */
  loadedFresh(patches?: GraphPatch[]): Promise<GraphStore>;
  /** Call inside a describe: one store with the fixture loaded for all its tests (they must not write). */
  shared(): () => GraphStore;
}

export function makeHarness(factory: StoreFactory): Harness {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    const pending = cleanups.splice(0);
    for (const cleanup of pending) await cleanup();
  });
  const fresh = async (): Promise<GraphStore> => {
    const { store, cleanup } = await factory();
    cleanups.push(cleanup);
    return store;
  };
  return {
    fresh,
    async loadedFresh(patches = fixturePatches()) {
      const store = await fresh();
      for (const patch of patches) await store.applyPatch(patch);
      return store;
    },
    shared() {
      let made: { store: GraphStore; cleanup(): Promise<void> } | null = null;
      beforeAll(async () => {
        made = await factory();
        for (const patch of fixturePatches()) await made.store.applyPatch(patch);
      });
      afterAll(async () => {
        await made?.cleanup();
        made = null;
      });
      return () => {
        if (made === null) throw new Error("contract: the shared store is used outside its describe");
        return made.store;
      };
    },
  };
}

/** Everything a store can tell, read through the interface only: equal states give equal reads. */
export async function readBack(store: GraphStore): Promise<unknown> {
  const entities = await allEntities(store);
  const ties = [];
  for (const e of entities) {
    ties.push({
      id: e.id,
      occupancies: await store.occupanciesOf(e.id),
      relations: await store.relationsOf(e.id),
    });
  }
  return {
    counts: await store.counts(),
    articles: await store.listArticles(),
    entities,
    events: await allEvents(store),
    ties,
  };
}

/** Asserts that a call fails with the given error code (by `.code`, never by message). */
export async function expectCode(call: Promise<unknown>, code: string): Promise<void> {
  const error: unknown = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected a ${code} error`).toBeInstanceOf(DiplographError);
  expect(error).toMatchObject({ code });
}

export const sortIds = (ids: readonly string[]): string[] => [...ids].sort();

// Stores for failure tests: the memory store, seeded, with one method made slow or failing.
import { StoreUnavailableError } from "../../src/domain/errors.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { seed } from "./fixtures.ts";

export async function seededStore(): Promise<GraphStore> {
  const store = await createMemoryStore({ dataDir: null });
  await seed(store);
  return store;
}

/** counts() answers after `ms` milliseconds. */
export function slowCounts(store: GraphStore, ms: number): GraphStore {
  return { ...bind(store), counts: () => new Promise((r) => setTimeout(() => r(store.counts()), ms)) };
}

/** counts() throws: a plain Error carrying a secret, or the store's retriable error. */
export function failingCounts(store: GraphStore, kind: "internal" | "unavailable"): GraphStore {
  const error =
    kind === "internal"
      ? new Error("secret: /var/lib/diplograph/journal is corrupt")
      : new StoreUnavailableError("store/neo4j: bolt://10.0.0.9:7687 unreachable");
  return { ...bind(store), counts: () => Promise.reject(error) };
}

/** The store's methods bound to it, so that a spread copy still works. */
function bind(store: GraphStore): GraphStore {
  return {
    kind: store.kind,
    applyPatch: (p) => store.applyPatch(p),
    retractArticle: (id) => store.retractArticle(id),
    getArticle: (id) => store.getArticle(id),
    listArticles: () => store.listArticles(),
    getEntity: (id) => store.getEntity(id),
    getEntities: (ids) => store.getEntities(ids),
    getEvent: (id) => store.getEvent(id),
    getEvents: (ids) => store.getEvents(ids),
    findEntities: (q) => store.findEntities(q),
    findEvents: (q) => store.findEvents(q),
    eventsBetween: (a, b) => store.eventsBetween(a, b),
    eventsBetweenCountries: (a, b) => store.eventsBetweenCountries(a, b),
    occupanciesOf: (id) => store.occupanciesOf(id),
    relationsOf: (id) => store.relationsOf(id),
    neighborhood: (id, o) => store.neighborhood(id, o),
    shortestPath: (a, b, o) => store.shortestPath(a, b, o),
    counts: () => store.counts(),
    close: () => store.close(),
  };
}

/** Counts calls per method, to check that lists load through DataLoader in batches. */
export function countingStore(store: GraphStore): { store: GraphStore; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const base = bind(store);
  const counted = { ...base };
  for (const key of Object.keys(base) as (keyof GraphStore)[]) {
    const fn = base[key];
    if (typeof fn !== "function") continue;
    Object.assign(counted, {
      [key]: (...args: unknown[]) => {
        calls.set(key, (calls.get(key) ?? 0) + 1);
        return (fn as (...a: unknown[]) => unknown)(...args);
      },
    });
  }
  return { store: counted, calls };
}

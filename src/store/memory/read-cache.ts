// Answers that take a scan (events of a country, a name search) kept until the next write: the API asks the
// same question page after page, and a write to the graph is rare next to reads. Every commit clears it.
import type { MemoryState } from "./state.ts";

/** Beyond this many cached items in all, the cache starts over (a cached list is at most the whole graph). */
const MAX_ITEMS = 2_000_000;

export interface ReadCache {
  lists: Map<string, readonly unknown[]>;
  items: number;
}

export function createReadCache(): ReadCache {
  return { lists: new Map(), items: 0 };
}

export function clearReadCache(state: MemoryState): void {
  state.readCache.lists.clear();
  state.readCache.items = 0;
}

/** The list `compute` gives for `key`, computed once per key between two writes. */
export function cachedList<T>(state: MemoryState, key: string, compute: () => T[]): readonly T[] {
  const cache = state.readCache;
  const known = cache.lists.get(key);
  if (known !== undefined) return known as readonly T[];
  const list = compute();
  if (cache.items + list.length > MAX_ITEMS) clearReadCache(state);
  cache.lists.set(key, list);
  cache.items += list.length;
  return list;
}

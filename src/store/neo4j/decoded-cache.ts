// Items already read and checked, by their stored JSON: the zod check costs ten times the JSON.parse, and hot
// items (a hub's events in every neighbourhood) come back in the same form again and again. Keyed by content,
// so one cache serves every store in the process; items are frozen because callers share them (as the memory
// store's are).
import type { ItemKind, ItemOf } from "./items.ts";

/** Characters of JSON kept, over all kinds; the oldest entries go first when it is passed. */
const BUDGET_CHARS = 32 * 1024 * 1024;

type Caches = { [K in ItemKind]: Map<string, ItemOf[K]> };
const caches: Caches = { entity: new Map(), event: new Map(), occupancy: new Map(), relation: new Map() };
const order: { kind: ItemKind; json: string }[] = [];
let head = 0;
let held = 0;

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export function cachedItem<K extends ItemKind>(kind: K, json: string): ItemOf[K] | undefined {
  const cache: Map<string, ItemOf[K]> = caches[kind];
  return cache.get(json);
}

export function cacheItem<K extends ItemKind>(kind: K, json: string, item: ItemOf[K]): ItemOf[K] {
  const cache: Map<string, ItemOf[K]> = caches[kind];
  deepFreeze(item);
  cache.set(json, item);
  order.push({ kind, json });
  held += json.length;
  while (held > BUDGET_CHARS && head < order.length) {
    const oldest = order[head++];
    if (oldest === undefined) break;
    if (caches[oldest.kind].delete(oldest.json)) held -= oldest.json.length;
  }
  // Compact the queue now and then rather than shift() on every eviction.
  if (head > 4096 && head * 2 > order.length) {
    order.splice(0, head);
    head = 0;
  }
  return item;
}

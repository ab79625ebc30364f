// Items already read and checked, kept under one budget and reached two ways:
// - by their stored JSON, for every read that returns it: the zod check costs ten times the JSON.parse, and hot
//   items (a hub's events in every neighbourhood) come back in the same form again and again;
// - by id and revision, for lookups by id: every item node carries `rev`, a hash of its JSON (`revisionOf`), and
//   a lookup sends the revisions it holds, so Neo4j ships JSON only for the others. An entity's JSON carries all
//   its evidence (4 KB on average at 1M bench events, up to 174 KB for a hub), and the participants of a page of
//   events are looked up on nearly every request.
// Keyed by content, so one cache serves every store in the process (a revision is its JSON's hash: the same
// revision is the same JSON whichever database it came from); items are frozen because callers share them (as
// the memory store's are).
import { contentHash } from "../../domain/ids.ts";
import type { ItemKind, ItemOf } from "./items.ts";

/** Characters of JSON kept, over all kinds; the oldest entries go first when it is passed. */
const BUDGET_CHARS = 32 * 1024 * 1024;

/** An item as held under its id: the revision it was read or written at. */
export interface Held<K extends ItemKind> {
  rev: string;
  item: ItemOf[K];
}

type ByJson = { [K in ItemKind]: Map<string, ItemOf[K]> };
type ById = { [K in ItemKind]: Map<string, Held<K>> };
const byJson: ByJson = { entity: new Map(), event: new Map(), occupancy: new Map(), relation: new Map() };
const byId: ById = { entity: new Map(), event: new Map(), occupancy: new Map(), relation: new Map() };
type Entry =
  { kind: ItemKind; json: string } | { kind: ItemKind; id: string; held: Held<ItemKind>; size: number };
const order: Entry[] = [];
let head = 0;
let kept = 0;

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The revision an item node carries: 128 bits of its JSON's hash (the domain's one hash). */
export function revisionOf(json: string): string {
  return contentHash(json).slice(0, 32);
}

function evict(): void {
  while (kept > BUDGET_CHARS && head < order.length) {
    const oldest = order[head++];
    if (oldest === undefined) break;
    if ("json" in oldest) {
      if (byJson[oldest.kind].delete(oldest.json)) kept -= oldest.json.length;
    } else {
      const ids: Map<string, Held<ItemKind>> = byId[oldest.kind];
      // A newer revision of the same id has its own entry; only this one's bytes go.
      if (ids.get(oldest.id) === oldest.held) ids.delete(oldest.id);
      kept -= oldest.size;
    }
  }
  // Compact the queue now and then rather than shift() on every eviction.
  if (head > 4096 && head * 2 > order.length) {
    order.splice(0, head);
    head = 0;
  }
}

export function cachedItem<K extends ItemKind>(kind: K, json: string): ItemOf[K] | undefined {
  const cache: Map<string, ItemOf[K]> = byJson[kind];
  return cache.get(json);
}

export function cacheItem<K extends ItemKind>(kind: K, json: string, item: ItemOf[K]): ItemOf[K] {
  const cache: Map<string, ItemOf[K]> = byJson[kind];
  deepFreeze(item);
  cache.set(json, item);
  order.push({ kind, json });
  kept += json.length;
  evict();
  return item;
}

/** The items held for these ids, as they are now: what a lookup may ask Neo4j not to send again. */
export function heldItems<K extends ItemKind>(kind: K, ids: readonly string[]): Map<string, Held<K>> {
  const held: Map<string, Held<K>> = byId[kind];
  const out = new Map<string, Held<K>>();
  for (const id of ids) {
    const h = held.get(id);
    if (h !== undefined) out.set(id, h);
  }
  return out;
}

/** Holds `item` (already checked) as the one under `id` at `rev`; `size` is its JSON's length. */
export function holdItem<K extends ItemKind>(
  kind: K,
  id: string,
  rev: string,
  item: ItemOf[K],
  size: number,
): void {
  const ids: Map<string, Held<K>> = byId[kind];
  if (ids.get(id)?.rev === rev) return;
  const held: Held<K> = { rev, item: deepFreeze(item) };
  ids.set(id, held);
  order.push({ kind, id, held, size });
  kept += size;
  evict();
}

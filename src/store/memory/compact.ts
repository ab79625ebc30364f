// Keeping a million events small: one copy of each repeated string and of each participant and date, and
// merged items that share what they can with the contribution they were folded from (most events are told by
// one article).
import { parsePatch } from "../../domain/schema.ts";
import type { EventDate, GraphPatch, Participant } from "../../domain/types.ts";
import { deepFreeze } from "./freeze.ts";

/** Fields whose strings repeat across articles (ids of the entities referred to, names, codes, roles). */
const REPEATED = new Set([
  "id",
  "entityId",
  "location",
  "personId",
  "organizationId",
  "source",
  "target",
  "articleId",
  "name",
  "country",
  "role",
  "type",
  "status",
  "precision",
  "extractorVersion",
  "language",
  "mode",
  "title",
]);

/**
 * One string object per distinct value, and one object per distinct participant and date. Only short,
 * repeated values go in, so the pool stays small; it is never emptied.
 */
export class StringPool {
  private readonly pool = new Map<string, string>();
  /** Participants by entity (an official's few roles), dates by value (a day's few precisions). */
  private readonly participants = new Map<string, Participant[]>();
  private readonly dates = new Map<string, EventDate[]>();
  intern(value: string): string {
    const known = this.pool.get(value);
    if (known !== undefined) return known;
    this.pool.set(value, value);
    return value;
  }
  /**
   * One object per distinct participant (the same official in the same role in hundreds of events) and per
   * distinct date: each costs 40 bytes or more, and a million events hold a few million. Only validated,
   * frozen-to-be items come here, so each has exactly its schema's fields in its schema's order.
   */
  participant(value: Participant): Participant {
    const known = this.participants.get(value.entityId);
    if (known === undefined) this.participants.set(value.entityId, [value]);
    else {
      for (const candidate of known) if (candidate.role === value.role) return candidate;
      known.push(value);
    }
    return value;
  }
  date(value: EventDate): EventDate {
    const known = this.dates.get(value.value);
    if (known === undefined) this.dates.set(value.value, [value]);
    else {
      for (const candidate of known) {
        if (candidate.precision === value.precision && candidate.text === value.text) return candidate;
      }
      known.push(value);
    }
    return value;
  }
  get size(): number {
    return this.pool.size;
  }
}

/**
 * A patch as the store keeps it, and its JSON (what the log holds). The store keeps the patch parsed back
 * from that JSON, not the checked copy zod returns nor the caller's objects:
 * - JSON.parse gives each object all its fields inside it and each array its exact size, where zod's copy,
 *   built a field at a time, keeps most fields of an event or a piece of evidence in a second, out-of-line
 *   block;
 * - its strings are the store's own, where a caller's may be slices of a whole article text (which they keep
 *   alive) or chains of concatenated pieces;
 * - it is the form a patch takes when it is read back from the log or a snapshot, so a reopened store is the
 *   same in memory as the one that was loaded.
 * At 30k events of the bench graph: 91 → 85 MB of heap (zod's out-of-line blocks and the bench's
 * concatenated strings gone), for one JSON.parse per patch.
 */
export function admitPatch(
  input: unknown,
  pool: StringPool,
  where: string,
): { patch: GraphPatch; json: string } {
  const json = JSON.stringify(parsePatch(input, where));
  return { patch: deepFreeze(internPatch(JSON.parse(json) as GraphPatch, pool)), json };
}

/**
 * Replaces, in place, the repeated strings of a patch parsed from JSON (not yet frozen) by the pool's copies.
 * Tie ids are left alone: each is told by few articles, and the graph and the maps share the patch's string.
 */
export function internPatch(patch: GraphPatch, pool: StringPool): GraphPatch {
  internStrings(patch.article, pool, true);
  for (const entity of patch.entities) internStrings(entity, pool, true);
  for (const list of [patch.events, patch.occupancies, patch.relations]) {
    for (const item of list) internStrings(item, pool, false);
  }
  return patch;
}

/**
 * Interns an item (or an article, or a list of evidence) read back from a snapshot as internPatch would have
 * interned it inside its patch: `isTie` leaves the item's own id alone.
 */
export function internItem(value: object, pool: StringPool, isTie: boolean): void {
  internStrings(value, pool, !isTie);
}

// Patches are frozen once they enter the store, so every empty list can be this one.
const EMPTY: unknown[] = Object.freeze([]) as unknown as unknown[];

/** Interns the strings of a value parsed from JSON, in place (JSON.parse builds arrays at their exact size). */
function internStrings(value: unknown, pool: StringPool, internId: boolean): void {
  if (typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (const child of value) internStrings(child, pool, true);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const child = record[key];
    if (typeof child === "string") {
      if (REPEATED.has(key) && (internId || key !== "id")) record[key] = pool.intern(child);
    } else if (Array.isArray(child)) {
      const list = child.length === 0 ? EMPTY : (child as unknown[]);
      record[key] = list;
      if (key === "topics" || key === "aliases" || key === "titles" || key === "observed") {
        for (let i = 0; i < list.length; i++) {
          const s = list[i];
          if (typeof s === "string") list[i] = pool.intern(s);
        }
      } else {
        internStrings(list, pool, true);
        if (key === "participants") {
          for (let i = 0; i < list.length; i++) list[i] = pool.participant(list[i] as Participant);
        }
      }
    } else if (typeof child === "object" && child !== null) {
      internStrings(child, pool, true);
      if (key === "date") record[key] = pool.date(child as EventDate);
    }
  }
}

function sameElements(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A merged item with the arrays it has in common with `source` (same elements, same order) taken from
 * `source`; `source` itself when every field is the same. Both are frozen, so sharing is safe, and a
 * single-contribution item then costs nothing beside its contribution.
 */
export function shareWith<T extends object>(merged: T, source: T): T {
  const m = merged as Record<string, unknown>;
  const s = source as Record<string, unknown>;
  const keys = Object.keys(m);
  let identical = keys.length === Object.keys(s).length;
  for (const key of keys) {
    const a = m[key];
    const b = s[key];
    if (a === b) continue;
    if (Array.isArray(a) && Array.isArray(b) && sameElements(a, b)) m[key] = b;
    else identical = false;
  }
  return identical ? source : merged;
}

// Deterministic ids: the same input always gives the same id, so re-ingesting an article changes nothing.
import { createHash } from "node:crypto";
import { foldText } from "./fold.ts";
import type { DiplomaticEvent, RelationType } from "./types.ts";

export type IdKind = "person" | "country" | "org" | "place" | "event" | "occ" | "rel" | "article";

/** A short, stable digest of the parts (sha256, hex, first 16 chars: 64 bits, plenty for one graph). */
export function digest(...parts: readonly string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}

export function makeId(kind: IdKind, ...parts: readonly string[]): string {
  return `${kind}:${digest(...parts)}`;
}

// The recipes: every id of every kind is made here and nowhere else, so extraction and resolution agree.

/** A person of one article: their country and their fullest name, folded. */
export function personId(country: string | null, fullName: string): string {
  return makeId("person", country ?? "", foldText(fullName));
}

/** A place: its country and the gazetteer's name, folded ("باكو" and "بباكو" are one place). */
export function placeId(country: string, name: string): string {
  return makeId("place", country, foldText(name));
}

/** An organisation: its country (or none, for international bodies) and its name, folded. */
export function orgId(country: string | null, name: string): string {
  return makeId("org", country ?? "", foldText(name));
}

/** An event: type, who (sorted), and when if the day is known; else it is its article's own. */
export function eventId(
  e: Pick<DiplomaticEvent, "type" | "participants" | "date">,
  articleId: string,
): string {
  const who = [...new Set(e.participants.map((p) => p.entityId))].sort().join(",");
  const when = e.date && e.date.precision === "day" ? e.date.value : `article:${articleId}`;
  return makeId("event", e.type, who, when);
}

/** A relation between two items (symmetric relations pass their ends in id order). */
export function relationId(type: RelationType, source: string, target: string): string {
  return makeId("rel", type, source, target);
}

/** An occupancy: one per person and folded title. */
export function occupancyId(personId: string, title: string): string {
  return makeId("occ", personId, foldText(title));
}

/** Countries have a natural key: their ISO 3166 alpha-2 code. */
export function countryId(code: string): string {
  return `country:${code.toUpperCase()}`;
}

export function contentHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** An article id from its text when the caller gives none: the same text is the same article. */
export function articleIdFor(text: string): string {
  return `article:${contentHash(text).slice(0, 16)}`;
}

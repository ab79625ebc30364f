// Deterministic ids: the same input always gives the same id, so re-ingesting an article changes nothing.
import { createHash } from "node:crypto";

export type IdKind = "person" | "country" | "org" | "place" | "event" | "occ" | "rel" | "article";

/** A short, stable digest of the parts (sha256, hex, first 16 chars: 64 bits, plenty for one graph). */
export function digest(...parts: readonly string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}

export function makeId(kind: IdKind, ...parts: readonly string[]): string {
  return `${kind}:${digest(...parts)}`;
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

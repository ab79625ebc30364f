// Resolves an article's places against the graph's: طهران and Tehran, one city of one country, are one place.
import type { Entity, Evidence, GraphPatch } from "../domain/types.ts";
import type { GraphIndex } from "./graph-index.ts";
import { wordsAgree } from "./name-match.ts";
import { parseName, type NameWord } from "./name-parse.ts";

function words(name: string): NameWord[] {
  const p = parseName(name);
  return [...p.given, ...p.lineage, ...(p.surname === null ? [] : [p.surname])];
}

/** Two place names that read alike: the same number of words, each agreeing with its counterpart in order. */
export function placeNamesAgree(a: string, b: string): boolean {
  const [wa, wb] = [words(a), words(b)];
  return (
    wa.length > 0 &&
    wa.length === wb.length &&
    wa.every((w, i) => {
      const v = wb[i];
      return v !== undefined && wordsAgree(w, v) > 0;
    })
  );
}

const namesOf = (e: Entity): string[] => [e.name, ...e.aliases];
const spanKey = (e: Evidence): string => `${e.articleId}\u0000${e.sentence}\u0000${e.start}\u0000${e.end}`;

/**
 * Patch place id -> the graph's place it is (absent when it is new or already the graph's id). A place matches one
 * of the same country and kind whose name reads alike in another script; the one holding this article's evidence
 * wins (re-ingesting gives the same patch), then the smallest id. Names that differ (Cairo, القاهرة) do not match.
 */
export async function resolvePlaces(patch: GraphPatch, index: GraphIndex): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const place of patch.entities) {
    if (place.type !== "Place" || place.country === null) continue;
    const stored = await index.placesOf(place.country);
    if (stored.some((s) => s.id === place.id)) continue;
    const mine = new Set(place.evidence.map(spanKey));
    const alike = stored
      .filter((s) => s.kind === place.kind)
      .filter((s) => namesOf(place).some((a) => namesOf(s).some((b) => placeNamesAgree(a, b))))
      .sort((a, b) => {
        const sa = a.evidence.some((e) => mine.has(spanKey(e)));
        const sb = b.evidence.some((e) => mine.has(spanKey(e)));
        return Number(sb) - Number(sa) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      });
    const target = alike[0];
    if (target !== undefined) map.set(place.id, target.id);
    else index.notePlace(place);
  }
  return map;
}

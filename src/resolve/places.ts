// Resolves an article's places against the graph's: طهران and Tehran, one city of one country, are one place.
import type { Entity, Evidence, GraphPatch, Place } from "../domain/types.ts";
import type { GraphStore } from "../store/graph-store.ts";
import { wordsAgree } from "./name-match.ts";
import { parseName, type NameWord } from "./name-parse.ts";

const PAGE = 1000;
/** Places of one country read at most: a gazetteer knows a few hundred per country at the very most. */
const MAX_PLACES = 5 * PAGE;

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

async function placesOf(store: GraphStore, country: string): Promise<Place[]> {
  const out: Place[] = [];
  for (let offset = 0; offset < MAX_PLACES; offset += PAGE) {
    const page = await store.findEntities({ type: "Place", country, limit: PAGE, offset });
    out.push(...page.filter((e): e is Place => e.type === "Place"));
    if (page.length < PAGE) break;
  }
  return out;
}

/**
 * Patch place id -> the graph's place it is (absent when it is new or already the graph's id). A place matches one
 * of the same country and kind whose name reads alike in another script; the one holding this article's evidence
 * wins (re-ingesting gives the same patch), then the smallest id. Names that differ (Cairo, القاهرة) do not match.
 */
export async function resolvePlaces(patch: GraphPatch, store: GraphStore): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  const byCountry = new Map<string, Place[]>();
  for (const place of patch.entities) {
    if (place.type !== "Place" || place.country === null) continue;
    let stored = byCountry.get(place.country);
    if (stored === undefined) byCountry.set(place.country, (stored = await placesOf(store, place.country)));
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
  }
  return map;
}

// Compiles a language's gazetteer into one phrase matcher of country names, demonyms and places.
import type { PlaceKind } from "../domain/types.ts";
import type { GeoMention } from "./mentions.ts";
import { fold } from "./text/fold.ts";
import { PhraseMatcher } from "./text/phrase-matcher.ts";

export interface GazetteerCountry {
  code: string;
  names: string[];
  demonyms: string[];
  capital: string | null;
}

export interface GazetteerPlace {
  names: string[];
  country: string;
  kind: PlaceKind;
}

export interface Gazetteer {
  countries: GazetteerCountry[];
  places: GazetteerPlace[];
}

export type GeoEntry = (
  | { kind: "country"; code: string }
  | { kind: "demonym"; code: string }
  | { kind: "place"; code: string; name: string; placeKind: PlaceKind; capital: boolean }
) & {
  /** Matched through a key without the entry's article: only a word that carried one may match ("بالخليل", not "خليل"). */
  needsArticle?: boolean;
};

export interface GeoIndexOptions {
  /** The forms a demonym takes in running text (Arabic: ال, ة, ون, ين; English: as is). */
  demonymForms: (folded: string) => string[];
  /** The lookup keys of an entry's first word (Arabic: as written, and without ال for clitic forms). */
  firstWordKeys: (folded: string) => { key: string; needsArticle: boolean }[];
  /** Folded words never read as places or countries in this language (a demonym that is also a common adjective). */
  blocklist: ReadonlySet<string>;
}

export function buildGeoIndex(gazetteer: Gazetteer, options: GeoIndexOptions): PhraseMatcher<GeoEntry> {
  const matcher = new PhraseMatcher<GeoEntry>();
  const add = (text: string, entry: GeoEntry): void => {
    const words = fold(text).split(/\s+/).filter(Boolean);
    const [first, ...rest] = words;
    if (first === undefined || (words.length === 1 && options.blocklist.has(first))) return;
    for (const { key, needsArticle } of options.firstWordKeys(first)) {
      matcher.add([key, ...rest], needsArticle ? { ...entry, needsArticle } : entry);
    }
  };
  const capitals = new Map<string, string>();
  for (const c of gazetteer.countries) {
    for (const name of c.names) add(name, { kind: "country", code: c.code });
    for (const demonym of c.demonyms) {
      for (const form of options.demonymForms(fold(demonym))) add(form, { kind: "demonym", code: c.code });
    }
    if (c.capital) capitals.set(fold(c.capital), c.code);
  }
  for (const p of gazetteer.places) {
    const [name] = p.names;
    if (name === undefined) continue;
    for (const alias of p.names) {
      const capital = capitals.get(fold(alias)) === p.country;
      add(alias, { kind: "place", code: p.country, name, placeKind: p.kind, capital });
    }
  }
  return matcher;
}

/** The mention of a gazetteer entry over a span of a sentence (the one way a pack turns a match into a mention). */
export function geoMentionOf(entry: GeoEntry, at: Omit<GeoMention, "code" | "kind" | "place">): GeoMention {
  return entry.kind === "place"
    ? {
        ...at,
        code: entry.code,
        kind: "place",
        place: { name: entry.name, kind: entry.placeKind, capital: entry.capital },
      }
    : { ...at, code: entry.code, kind: entry.kind };
}

/** The places of a gazetteer that share a name with a place of another country ("طرابلس": LB and LY), by folded name. */
export function homonymPlaces(gazetteer: Gazetteer): ReadonlyMap<string, readonly GazetteerPlace[]> {
  const byName = new Map<string, GazetteerPlace[]>();
  for (const p of gazetteer.places) {
    for (const alias of p.names) {
      const key = fold(alias);
      const list = byName.get(key) ?? [];
      if (!list.includes(p)) list.push(p);
      byName.set(key, list);
    }
  }
  return new Map([...byName].filter(([, list]) => new Set(list.map((p) => p.country)).size > 1));
}

/**
 * A place whose name several countries have is the one of the country the article names most ("جولة ليبية
 * شملت طرابلس" is Libya's Tripoli): counted over every mention that is not itself such a place. Ties keep the
 * sentence's own reading.
 */
export function settleHomonyms(
  geos: readonly GeoMention[],
  homonyms: ReadonlyMap<string, readonly GazetteerPlace[]>,
): void {
  const ambiguous = (g: GeoMention) => g.kind === "place" && homonyms.has(fold(g.surface));
  const counts = new Map<string, number>();
  for (const g of geos) if (!ambiguous(g)) counts.set(g.code, (counts.get(g.code) ?? 0) + 1);
  for (const g of geos) {
    if (!ambiguous(g) || !g.place) continue;
    const options = homonyms.get(fold(g.surface)) ?? [];
    let best = g.code;
    for (const p of options) if ((counts.get(p.country) ?? 0) > (counts.get(best) ?? 0)) best = p.country;
    const chosen = options.find((p) => p.country === best);
    if (!chosen || best === g.code) continue;
    g.code = best;
    g.place = { ...g.place, name: chosen.names[0] ?? g.place.name, kind: chosen.kind };
  }
}

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

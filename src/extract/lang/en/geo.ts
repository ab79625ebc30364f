// Finds countries, demonyms and places in an English sentence: capitalised only ("Turkey", not "turkey"), possessives ("Iran's") and "the Azeri capital".
import type { GeoMention } from "../../mentions.ts";
import type { Gazetteer } from "../../gazetteer.ts";
import type { GeoEntry } from "../../geo-index.ts";
import { PhraseMatcher } from "../../text/phrase-matcher.ts";
import { entryWords, type EnglishLexicon } from "./lexicon.ts";
import { fold } from "../../text/fold.ts";
import { baseOf, type EnSentence } from "./tokens.ts";

const RANK: Record<GeoEntry["kind"], number> = { country: 0, demonym: 1, place: 2 };

export interface GeoIndex {
  matcher: PhraseMatcher<GeoEntry>;
  /** A country's capital as a place entry, for "the Azeri capital". */
  capitalOf: Map<string, Extract<GeoEntry, { kind: "place" }>>;
}

/** English demonyms also name the people: "Iranians", "Azerbaijanis". */
export function buildEnglishGeoIndex(gazetteer: Gazetteer, lex: EnglishLexicon): GeoIndex {
  const matcher = new PhraseMatcher<GeoEntry>();
  const add = (text: string, entry: GeoEntry): void => {
    const words = entryWords(text);
    if (words.length === 0 || (words.length === 1 && lex.geoBlocklist.has(words[0]!))) return;
    matcher.add(words, entry);
  };
  const capitals = new Map<string, string>();
  for (const c of gazetteer.countries) {
    for (const name of c.names) add(name, { kind: "country", code: c.code });
    for (const d of c.demonyms) {
      add(d, { kind: "demonym", code: c.code });
      if (!d.endsWith("s")) add(`${d}s`, { kind: "demonym", code: c.code });
    }
    if (c.capital) capitals.set(entryWords(c.capital).join(" "), c.code);
  }
  const capitalOf = new Map<string, Extract<GeoEntry, { kind: "place" }>>();
  for (const p of gazetteer.places) {
    const [name] = p.names;
    if (name === undefined) continue;
    for (const alias of p.names) {
      const capital = capitals.get(entryWords(alias).join(" ")) === p.country;
      const entry = { kind: "place" as const, code: p.country, name, placeKind: p.kind, capital };
      add(alias, entry);
      if (capital && !capitalOf.has(p.country)) capitalOf.set(p.country, entry);
    }
  }
  return { matcher, capitalOf };
}

/** One sentence's places being read. */
interface GeoReader {
  sentence: EnSentence;
  toks: EnSentence["tokens"];
  bases: string[];
  index: GeoIndex;
  lex: EnglishLexicon;
  out: GeoMention[];
}

function span(r: GeoReader, from: number, to: number) {
  const { sentence, toks } = r;
  const first = toks[from]!;
  const last = toks[to - 1]!;
  return {
    sentence: sentence.index,
    from,
    to,
    start: first.start,
    end: last.end,
    surface: sentence.text.slice(first.start - sentence.start, last.end - sentence.start),
  };
}

/** The gazetteer's entry at token i, if it is written as a name: capitalised, "the" only before a capital. */
function nameAt(r: GeoReader, i: number): { entry: GeoEntry; to: number } | null {
  const { toks, index, lex } = r;
  const tok = toks[i]!;
  if (tok.punct || !index.matcher.has(tok.base)) return null;
  const m = index.matcher.match([tok.base], r.bases.slice(i + 1, i + 7));
  if (!m) return null;
  let entry: GeoEntry | undefined;
  for (const e of m.payloads) if (!entry || RANK[e.kind] < RANK[entry.kind]) entry = e;
  if (!entry) return null;
  const to = i + m.length;
  let cap = false;
  for (let k = i; k < to; k++) {
    const t = toks[k]!;
    if (!t.cap && !lex.nameJoiners.has(t.base)) return null;
    cap ||= t.cap;
  }
  // "the United States" is a name, but "the" alone must not start one before a lower-case word.
  if (!cap || (tok.base === "the" && !(to - i > 1 && toks[i + 1]!.cap))) return null;
  return { entry, to };
}

/**
 * A place that names something else: "Victoria Hale" (a one-word city that is also a given name, before a
 * capitalised word that names nothing else) and "St. George's Hall" (a place in the possessive before a hall).
 */
function placeNamesOther(r: GeoReader, i: number, to: number): boolean {
  const { toks, index, lex } = r;
  const next = toks[to];
  const given = to - i === 1 && lex.givenNames.has(toks[i]!.base) && next?.cap && !next.punct && !next.upper;
  if (given && !index.matcher.has(next.base) && !lex.functionWords.has(next.base)) return true;
  return toks[to - 1]!.possessive && !!next?.cap && lex.facilityHeads.has(next.base);
}

/** The mention at token i, if any; the index to read on from. */
function readGeo(r: GeoReader, i: number): number {
  const found = nameAt(r, i);
  if (!found) {
    r.out.push(...hyphenated(r.index, r.toks[i]!, span(r, i, i + 1)));
    return i + 1;
  }
  const { entry, to } = found;
  if (entry.kind === "place") {
    if (placeNamesOther(r, i, to)) return to;
    const place = { name: entry.name, kind: entry.placeKind, capital: entry.capital };
    r.out.push({ ...span(r, i, to), code: entry.code, kind: "place", place });
    return to;
  }
  // "the Azeri capital", "Qatar's capital": the capital city of that country.
  const capital = r.index.capitalOf.get(entry.code);
  if (capital && r.lex.capitalWords.has(r.toks[to]?.base ?? "")) {
    const from = r.toks[i - 1]?.base === "the" ? i - 1 : i;
    const place = { name: capital.name, kind: capital.placeKind, capital: true };
    r.out.push({ ...span(r, from, to + 1), code: entry.code, kind: "place", place });
    return to + 1;
  }
  r.out.push({ ...span(r, i, to), code: entry.code, kind: entry.kind });
  return to;
}

export function findGeos(sentence: EnSentence, index: GeoIndex, lex: EnglishLexicon): GeoMention[] {
  const toks = sentence.tokens;
  const r: GeoReader = { sentence, toks, bases: toks.map((t) => t.base), index, lex, out: [] };
  for (let i = 0; i < toks.length;) i = readGeo(r, i);
  return r.out;
}

/**
 * "the Palestinian-Israeli conflict", "China-Egypt relations": every part of a hyphenated word is a country or a
 * people, so each names its country (as an adjective: no destination, no title's country).
 */
function hyphenated(
  index: GeoIndex,
  tok: EnSentence["tokens"][number],
  where: Omit<GeoMention, "code" | "kind">,
): GeoMention[] {
  if (tok.punct || !tok.cap || !tok.base.includes("-")) return [];
  const parts = tok.text.split("-");
  if (parts.length < 2 || !parts.every((p) => /^\p{Lu}/u.test(p))) return [];
  const codes: string[] = [];
  for (const part of parts) {
    const m = index.matcher.match([baseOf(fold(part))], []);
    const entry = m?.length === 1 ? m.payloads.find((e) => e.kind !== "place") : undefined;
    if (!entry) return [];
    codes.push(entry.code);
  }
  return codes.map((code) => ({ ...where, code, kind: "demonym" as const }));
}

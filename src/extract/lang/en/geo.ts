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

export function findGeos(sentence: EnSentence, index: GeoIndex, lex: EnglishLexicon): GeoMention[] {
  const toks = sentence.tokens;
  const bases = toks.map((t) => t.base);
  const out: GeoMention[] = [];
  const span = (from: number, to: number) => {
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
  };
  let i = 0;
  while (i < toks.length) {
    const tok = toks[i]!;
    const m = tok.punct ? null : index.matcher.match([tok.base], bases.slice(i + 1, i + 7));
    const entry = m?.payloads.slice().sort((a, b) => RANK[a.kind] - RANK[b.kind])[0];
    const words = m ? toks.slice(i, i + m.length) : [];
    const capitalised = words.every((t) => t.cap || lex.nameJoiners.has(t.base)) && words.some((t) => t.cap);
    // "the United States" is a name, but "the" alone must not start one before a lower-case word.
    if (!m || !entry || !capitalised || (words[0]?.base === "the" && !words[1]?.cap)) {
      out.push(...hyphenated(index, tok, span(i, i + 1)));
      i++;
      continue;
    }
    const to = i + m.length;
    // "Victoria Nuland", "Santiago Benitez": a one-word city that is also a given name, before a capitalised word
    // that names nothing else, opens a person's name.
    const next = toks[to];
    const given = m.length === 1 && lex.givenNames.has(tok.base) && next?.cap && !next.punct && !next.upper;
    if (
      entry.kind === "place" &&
      given &&
      !index.matcher.has(next.base) &&
      !lex.functionWords.has(next.base)
    ) {
      i = to;
      continue;
    }
    // "St. George's Hall": a place name in the possessive before a capitalised hall or palace names that venue.
    const venue = toks[to - 1]!.possessive && toks[to]?.cap && lex.facilityHeads.has(toks[to]!.base);
    if (entry.kind === "place" && venue) {
      i = to;
      continue;
    }
    // "the Azeri capital", "Qatar's capital": the capital city of that country.
    const capital = index.capitalOf.get(entry.code);
    if (entry.kind !== "place" && capital && lex.capitalWords.has(toks[to]?.base ?? "")) {
      const from = toks[i - 1]?.base === "the" ? i - 1 : i;
      out.push({
        ...span(from, to + 1),
        code: entry.code,
        kind: "place",
        place: { name: capital.name, kind: capital.placeKind, capital: true },
      });
      i = to + 1;
      continue;
    }
    out.push(
      entry.kind === "place"
        ? {
            ...span(i, to),
            code: entry.code,
            kind: "place",
            place: { name: entry.name, kind: entry.placeKind, capital: entry.capital },
          }
        : { ...span(i, to), code: entry.code, kind: entry.kind },
    );
    i = to;
  }
  return out;
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

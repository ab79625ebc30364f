// Finds countries, demonyms, places and "our country" in an Arabic sentence, clitics and all ("لأرمينيا", "الأذرية").
import type { GeoMention } from "../../mentions.ts";
import type { GeoEntry } from "../../geo-index.ts";
import type { PhraseMatcher } from "../../text/phrase-matcher.ts";
import type { Sentence } from "../../text/tokenize.ts";
import type { ArabicLexicon } from "./lexicon.ts";
import { readings } from "./morphology.ts";

const RANK: Record<GeoEntry["kind"], number> = { country: 0, demonym: 1, place: 2 };

export function findGeos(
  sentence: Sentence,
  lex: ArabicLexicon,
  index: PhraseMatcher<GeoEntry>,
  sourceCountry: string | null,
  capitals?: ReadonlyMap<string, string>,
): GeoMention[] {
  const toks = sentence.tokens;
  const norms = toks.map((t) => t.norm);
  const out: GeoMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const tok = toks[i]!;
    if (tok.punct) {
      i++;
      continue;
    }
    const span = (length: number, prefix = "") => {
      const last = toks[i + length - 1]!;
      const written = sentence.text.slice(tok.start - sentence.start, last.end - sentence.start);
      return {
        sentence: sentence.index,
        from: i,
        to: i + length,
        start: tok.start,
        end: last.end,
        surface: withoutClitics(written, prefix),
      };
    };
    const ourState =
      lex.ourCountryAfter.words.has(tok.norm) && lex.ourCountryAfter.after.has(toks[i - 1]?.norm ?? "");
    if (ourState || readings(tok.norm).some((r) => lex.ourCountry.has(r.word))) {
      if (sourceCountry) out.push({ ...span(1), code: sourceCountry, kind: "our" });
      i++;
      continue;
    }
    // "العاصمة الإيرانية": the capital of the country the demonym names.
    if (lex.capitalWords.has(tok.norm) && capitals) {
      const next = toks[i + 1];
      const d = next ? matchGeo(index, next, norms.slice(i + 2, i + 6)) : null;
      const demonym = d?.payloads.find((x) => x.kind === "demonym");
      const capital = demonym ? capitals.get(demonym.code) : undefined;
      if (d && demonym && capital) {
        const base = span(1 + d.length);
        out.push({
          ...base,
          code: demonym.code,
          kind: "place",
          place: { name: capital, kind: "city", capital: true },
        });
        i += 1 + d.length;
        continue;
      }
    }
    const m = matchGeo(index, tok, norms.slice(i + 1, i + 6));
    const entry = m ? pick(m.payloads, tok.text, sourceCountry) : undefined;
    const uncued =
      !!entry &&
      entry.kind === "place" &&
      m?.length === 1 &&
      !placeIsLikely(toks[i - 1]?.norm, tok.norm, lex);
    if (!m || !entry || (uncued && !(entry.kind === "place" && entry.capital))) {
      i++;
      continue;
    }
    const base = { ...span(m.length, m.prefix), ...(uncued ? { weak: true } : {}) };
    out.push(
      entry.kind === "place"
        ? {
            ...base,
            code: entry.code,
            kind: "place",
            place: { name: entry.name, kind: entry.placeKind, capital: entry.capital },
          }
        : { ...base, code: entry.code, kind: entry.kind },
    );
    i += m.length;
  }
  return out;
}

/** The longest geo phrase at a token, reading its clitics; an entry written with ال needs a word that had one. */
function matchGeo(index: PhraseMatcher<GeoEntry>, tok: Sentence["tokens"][number], rest: string[]) {
  for (const r of readings(tok.norm, tok.text)) {
    const m = index.match([r.word], rest);
    if (!m) continue;
    const payloads = m.payloads.filter((p) => !p.needsArticle || r.definite);
    if (payloads.length) return { length: m.length, payloads, prefix: r.prefix };
  }
  return null;
}

/**
 * A name as the gazetteer knows it, without the clitics before it: "لإيران" -> "إيران", "وجمهورية أذربيجان" ->
 * "جمهورية أذربيجان"; the article stays ("بالرياض" -> "الرياض", "للرياض" -> "الرياض").
 */
function withoutClitics(written: string, prefix: string): string {
  if (!prefix) return written;
  // Letters to drop, counted on the written word (diacritics and tatweel carry no letter of their own).
  const letters = prefix.endsWith("لل")
    ? prefix.length - 1
    : prefix.endsWith("ال")
      ? prefix.length - 2
      : prefix.length;
  let at = 0;
  for (let n = 0; n < letters && at < written.length; at++) if (!MARKS.test(written[at]!)) n++;
  while (at < written.length && MARKS.test(written[at]!)) at++;
  const rest = written.slice(at);
  return prefix.endsWith("لل") ? `ا${rest}` : rest;
}

/** Arabic diacritics and the tatweel. */
const MARKS = /[\u064B-\u0652\u0670\u0640]/;

/**
 * Which reading of an ambiguous name: a country before a demonym before a place, except that a city of the
 * outlet's own country wins over a foreign country ("عمان" is Amman for a Jordanian agency), and so does a
 * spelling with a shadda ("عمّان").
 */
function pick(
  payloads: readonly GeoEntry[],
  written: string,
  sourceCountry: string | null,
): GeoEntry | undefined {
  const sorted = [...payloads].sort((a, b) => RANK[a.kind] - RANK[b.kind]);
  const homePlace = sorted.find(
    (p) => p.kind === "place" && (p.code === sourceCountry || written.includes("\u0651")),
  );
  return homePlace ?? sorted[0];
}

/** A one-word place that is also a frequent word ("صور", "عمان") needs a cue: a preposition, "مدينة", or a clitic. */
function placeIsLikely(prev: string | undefined, norm: string, lex: ArabicLexicon): boolean {
  if (!lex.commonWords.has(norm)) return true;
  const cue =
    prev !== undefined &&
    (lex.placeCues.has(prev) || lex.visitVerbs.has(prev) || lex.visitVerbs.has(prev.replace(/^و/, "")));
  return cue || /^(ب|ل|وب|ول)/.test(norm);
}

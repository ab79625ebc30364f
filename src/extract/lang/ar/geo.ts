// Finds countries, demonyms, places and "our country" in an Arabic sentence, clitics and all ("لأرمينيا", "الأذرية").
import type { GeoMention } from "../../mentions.ts";
import { geoMentionOf, type GeoEntry } from "../../geo-index.ts";
import { fold } from "../../text/fold.ts";
import type { PhraseMatcher } from "../../text/phrase-matcher.ts";
import type { Sentence } from "../../text/tokenize.ts";
import type { ArabicLexicon } from "./lexicon.ts";
import { arabicMorphology, readings } from "./morphology.ts";

const RANK: Record<GeoEntry["kind"], number> = { country: 0, demonym: 1, place: 2 };

/** One sentence being read for places: the index to match against and what "our country" is. */
interface GeoReading extends GeoRules {
  sentence: Sentence;
  norms: string[];
  lex: ArabicLexicon;
  sourceCountry: string | null;
}

/** What the gazetteer tells the reader of places. */
export interface GeoRules {
  index: PhraseMatcher<GeoEntry>;
  /** Each country's capital, by code. */
  capitals?: ReadonlyMap<string, string>;
  /** The nouns of state each country's own long names open with (المملكة المغربية -> مملكه), by code. */
  stateNouns?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The first word of every name of two words or more, folded and without the article ("جمهورية مصر" -> جمهوريه). */
export function stateNounsOf(
  countries: readonly { code: string; names: readonly string[] }[],
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of countries) {
    const nouns = new Set<string>();
    for (const name of c.names) {
      const words = name.split(/\s+/);
      if (words.length > 1) nouns.add(withoutArticle(fold(words[0]!)));
    }
    out.set(c.code, nouns);
  }
  return out;
}

function withoutArticle(norm: string): string {
  const { article } = arabicMorphology();
  return norm.startsWith(article) ? norm.slice(article.length) : norm;
}

/** A found place: its mention, and how many tokens it takes. */
interface Found {
  mention: GeoMention | null;
  length: number;
}

export function findGeos(
  sentence: Sentence,
  lex: ArabicLexicon,
  rules: GeoRules,
  sourceCountry: string | null,
): GeoMention[] {
  const toks = sentence.tokens;
  const r: GeoReading = { ...rules, sentence, norms: toks.map((t) => t.norm), lex, sourceCountry };
  const out: GeoMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const found = toks[i]!.punct ? null : (ourCountryAt(r, i) ?? capitalAt(r, i) ?? gazetteerAt(r, i));
    if (found?.mention) out.push(found.mention);
    i += found?.length ?? 1;
  }
  return out;
}

/** The span of tokens from..from+length, as the gazetteer writes it (without the clitics before it). */
function span(sentence: Sentence, from: number, length: number, prefix = "") {
  const tok = sentence.tokens[from]!;
  const last = sentence.tokens[from + length - 1]!;
  const written = sentence.text.slice(tok.start - sentence.start, last.end - sentence.start);
  return {
    sentence: sentence.index,
    from,
    to: from + length,
    start: tok.start,
    end: last.end,
    surface: withoutClitics(written, prefix),
  };
}

/** "بلادنا", "إلى الدولة": the outlet's own country (a mention only when the outlet's country is known). */
function ourCountryAt(r: GeoReading, i: number): Found | null {
  const { sentence, lex, sourceCountry } = r;
  const toks = sentence.tokens;
  const tok = toks[i]!;
  // "إلى المملكة", "رئيس الجمهورية": a noun of state is the outlet's country when its own long name opens with it
  // (a kingdom's agency writes "المملكة" for itself, a republic's "الجمهورية"); "الدولة" is any state's.
  const own = sourceCountry ? r.stateNouns?.get(sourceCountry) : undefined;
  const ourNoun =
    lex.ourCountryAfter.words.has(tok.norm) ||
    (lex.ourCountryAfter.stateNouns.has(tok.norm) && (!own || own.has(withoutArticle(tok.norm))));
  const ourState = ourNoun && lex.ourCountryAfter.after.has(toks[i - 1]?.norm ?? "");
  // "للبلاد", "بالبلاد": the preposition took the article's alef, which the word of the list keeps.
  const { article } = arabicMorphology();
  const ours = (x: { word: string; definite: boolean }) =>
    lex.ourCountry.has(x.word) || (x.definite && lex.ourCountry.has(article + x.word));
  if (!ourState && !readings(tok.norm).some(ours)) return null;
  const mention = sourceCountry
    ? { ...span(sentence, i, 1), code: sourceCountry, kind: "our" as const }
    : null;
  return { mention, length: 1 };
}

/** A preposition written on the word ("بالعاصمة", "للعاصمة", "وبالعاصمة"): the place a cue introduces. */
function prepositionOnWord(prefix: string): boolean {
  const { and, then, with: by, to } = arabicMorphology().clitics;
  const bare = prefix.startsWith(and) || prefix.startsWith(then) ? prefix.slice(1) : prefix;
  return bare.startsWith(by) || bare.startsWith(to);
}

/** "العاصمة الإيرانية": the capital of the country the demonym names. */
function capitalAt(r: GeoReading, i: number): Found | null {
  const { sentence, norms, lex, index, capitals } = r;
  const toks = sentence.tokens;
  // "العاصمة", and with a preposition on it "بالعاصمة" (at the capital), "للعاصمة".
  const reading = readings(toks[i]!.norm).find((x) => lex.capitalWords.has(x.word));
  if (!reading || !capitals) return null;
  const next = toks[i + 1];
  const d = next ? matchGeo(index, next, norms.slice(i + 2, i + 6)) : null;
  // "العاصمة الإيرانية"; "العاصمة السعودية" reads as the country's name too.
  const demonym =
    d?.payloads.find((x) => x.kind === "demonym") ?? d?.payloads.find((x) => x.kind === "country");
  const capital = demonym ? capitals.get(demonym.code) : undefined;
  if (!d || !demonym || !capital) return d ? null : ourCapitalAt(r, i, reading.prefix);
  const place = { name: capital, kind: "city" as const, capital: true };
  const mention = { ...span(sentence, i, 1 + d.length), code: demonym.code, kind: "place" as const, place };
  return { mention, length: 1 + d.length };
}

/**
 * "وصل إلى العاصمة": the capital with nothing after it that names a place is the outlet's own, where the
 * story was filed (a Baghdad agency's "العاصمة" is Baghdad).
 */
function ourCapitalAt(
  { sentence, lex, capitals, sourceCountry }: GeoReading,
  i: number,
  prefix: string,
): Found | null {
  const toks = sentence.tokens;
  const capital = sourceCountry ? capitals?.get(sourceCountry) : undefined;
  const cue = lex.placeCues.has(toks[i - 1]?.norm ?? "") || prepositionOnWord(prefix);
  if (!capital || !sourceCountry || !cue) return null;
  // "العاصمة الإيرانية", "العاصمة طهران" were read above; a rarer word after it may be a name still unknown.
  const next = toks[i + 1];
  if (next && !next.punct && !lex.commonWords.has(next.norm)) return null;
  const place = { name: capital, kind: "city" as const, capital: true };
  return {
    mention: { ...span(sentence, i, 1), code: sourceCountry, kind: "place" as const, place },
    length: 1,
  };
}

/** A country, demonym or place of the gazetteer; a one-word place that is also a common word needs a cue. */
function gazetteerAt({ sentence, norms, lex, index, sourceCountry }: GeoReading, i: number): Found | null {
  const toks = sentence.tokens;
  const tok = toks[i]!;
  const m = matchGeo(index, tok, norms.slice(i + 1, i + 6));
  const entry = m ? pick(m.payloads, tok.text, sourceCountry) : undefined;
  const uncued =
    !!entry && entry.kind === "place" && m?.length === 1 && !placeIsLikely(toks[i - 1]?.norm, tok.norm, lex);
  if (!m || !entry || (uncued && !(entry.kind === "place" && entry.capital))) return null;
  // "الأمير تركي بن سعد": a bare demonym that is also a given name, before "بن", opens a lineage name.
  const next = toks[i + m.length]?.norm ?? "";
  if (entry.kind === "demonym" && m.prefix === "" && lex.givenNames.has(tok.norm) && lex.particles.has(next))
    return null;
  const base = { ...span(sentence, i, m.length, m.prefix), ...(uncued ? { weak: true } : {}) };
  return { mention: geoMentionOf(entry, base), length: m.length };
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
  const { article, articleAfterLam } = arabicMorphology();
  const afterLam = prefix.endsWith(articleAfterLam);
  // Letters to drop, counted on the written word (diacritics and tatweel carry no letter of their own): all of
  // the prefix but the article, or but its lam where the alef dropped ("للرياض" -> "الرياض").
  const letters = afterLam
    ? prefix.length - (articleAfterLam.length - 1)
    : prefix.endsWith(article)
      ? prefix.length - article.length
      : prefix.length;
  let at = 0;
  for (let n = 0; n < letters && at < written.length; at++) if (!MARKS.test(written[at]!)) n++;
  while (at < written.length && MARKS.test(written[at]!)) at++;
  const rest = written.slice(at);
  // The article's alef, dropped after the lam, comes back.
  return afterLam ? article.slice(0, 1) + rest : rest;
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
  const m = arabicMorphology();
  const bare = prev?.startsWith(m.clitics.and) ? prev.slice(m.clitics.and.length) : prev;
  const cue =
    prev !== undefined && (lex.placeCues.has(prev) || lex.visitVerbs.has(prev) || lex.visitVerbs.has(bare!));
  return cue || m.placeProclitics.some((p) => norm.startsWith(p));
}

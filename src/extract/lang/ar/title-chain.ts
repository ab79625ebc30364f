// A name after the body a title names: "رئيس حكومة الوحدة الوطنية عبد الكريم …", "وزير الخارجية … المكلف
// بحكومة الوحدة الوطنية المختار …", "رئيسة بعثة الأمم المتحدة للدعم في ليبيا ماريا …". The title run stops at the
// body's first word that no list holds; the body's words are definite (construct and adjectives), places and
// title words, and the holder's name follows them.
import { nameRules } from "../../assemble/name-rules.ts";
import { COMMAS, QUOTE_MARKS } from "../../text/chars.ts";
import type { Token } from "../../text/tokenize.ts";
import { arabicMorphology, readings, startsWithConjunction, startsWithHamzaAlef } from "./morphology.ts";
import type { Span } from "./title-list.ts";
import type { ArabicWords, SentenceTags } from "./words.ts";

/** The most words a body's name may take between a title and its holder. */
const MAX_BODY_WORDS = 8;

export interface ChainReader {
  readonly toks: Token[];
  readonly tags: SentenceTags;
  readonly words: ArabicWords;
  /** The name a title announces at k; `honored` lets it open with the article ("المختار"). */
  nameAt(k: number, honored: boolean): Span | null;
  /** The name set off by the comma at k and closed by punctuation ("…، X،"). */
  commaNameAt(k: number): Span | null;
}

/** The name after the body that runs from `from` (where the title stopped), or null. */
export function nameAfterBody(r: ChainReader, from: number): Span | null {
  let j = from;
  while (j < r.toks.length && j - from < MAX_BODY_WORDS) {
    // "رئيس حركة النهضة … الشيخ يونس …": an honorific after the body opens the holder's name.
    const honored = j > from ? r.words.honorificAt(r.toks, j) : 0;
    if (honored > 0) {
      const name = r.nameAt(j + honored, true);
      return name && name.to - name.from >= 2 && endsClause(r, name.to) ? name : null;
    }
    if (j > from && opensName(r, j)) {
      const name = r.nameAt(j, r.toks[j]!.norm.startsWith(arabicMorphology().article)) ?? plainName(r, j);
      return name && name.to - name.from >= 2 && endsClause(r, name.to) ? name : null;
    }
    const geo = r.tags.geoAt.get(j);
    if (geo) {
      j = geo.to;
      continue;
    }
    // "وزير الشؤون الخارجية لجمهورية نيجيريا الفيدرالية، X،": the name set off by commas after the body.
    if (j > from && COMMAS.has(r.toks[j]!.text)) return commaHolder(r, from, j);
    // 'نائب القائد العام لقوات "القيادة العامة" كمال …': a body's name may stand in quotation marks.
    if (QUOTE_MARKS.has(r.toks[j]!.text)) {
      j++;
      continue;
    }
    if (!bodyWord(r, j, j === from)) return null;
    j++;
  }
  return null;
}

/** How far before the body a country closing the title may stand. */
const TITLE_TAIL = 3;

/**
 * The name between commas after a body that names a country ("لجمهورية نيجيريا الفيدرالية، X،"), made of bare
 * words or given names only ("بضيف البلاد والوفد المرافق، متمنياً لجلالته …" names no one).
 */
function commaHolder(r: ChainReader, from: number, comma: number): Span | null {
  let country = false;
  // The country may close the title itself ("… لجمهورية نيجيريا" read with the title, "الفيدرالية" the body).
  for (let k = Math.max(0, from - TITLE_TAIL); k < comma; k++) {
    const kind = r.tags.geoAt.get(k)?.kind;
    country ||= kind === "country" || kind === "place";
  }
  const name = country ? r.commaNameAt(comma) : null;
  if (!name) return null;
  for (let k = name.from; k < name.to; k++)
    if (!plainWord(r, k) && !r.words.isGivenNameToken(r.toks[k]!)) return null;
  return name;
}

/** A word of a body's name: definite (with its clitics), a title word (or its first word) in construct, or "في" before a place. */
function bodyWord(r: ChainReader, j: number, first: boolean): boolean {
  const tok = r.toks[j];
  if (!tok || tok.punct || r.tags.dateAt.has(j) || r.tags.taken.has(j)) return false;
  // A new head is someone else's title ("… المرافق لرئيس الوزراء …"): its own rule reads it.
  if (r.words.titleHeadAt(r.toks, j) > 0 || r.words.isEventWord(tok)) return false;
  if (r.words.lex.locativePrepositions.has(tok.norm)) return r.tags.geoAt.has(j + 1);
  // "… الذي يتخذ": a relative clause ends the body.
  if (r.words.lex.relativePronouns.has(tok.norm)) return false;
  const forms = readings(tok.norm, tok.text);
  if (forms.some((x) => x.definite)) return true;
  // "… وتمنياته للدولة": a conjunction on a bare word opens a new phrase, not more of the body.
  if (r.words.isFunctionWord(tok) || startsWithConjunction(tok.norm)) return false;
  // An indefinite title word is in construct with a definite word or a place ("بحكومة الوحدة"), not a verb
  // the lists also know as a noun ("نقل لأفورقي").
  const next = r.toks[j + 1];
  const construct =
    !!next && (r.tags.geoAt.has(j + 1) || readings(next.norm, next.text).some((x) => x.definite));
  // The body's first word may be one no list holds ("رئيس حركة النهضة"), in construct all the same.
  return (first || r.words.isTitleWord(tok)) && construct;
}

/**
 * "… في ليبيا ماريا كيشين.": two or three bare words that are no function, title or event word, up to the clause's
 * end. A foreign name may look like an inflected word ("ماريا"), which the name rules refuse at a name's start.
 */
function plainName(r: ChainReader, j: number): Span | null {
  let k = j;
  while (k < r.toks.length && k - j < 3 && plainWord(r, k)) k++;
  return k - j >= 2 ? { from: j, to: k, strip: 0 } : null;
}

/** A bare word (no article, no clitic on a word) that is no function, title or event word, place or date. */
function plainWord(r: ChainReader, k: number): boolean {
  const tok = r.toks[k];
  const w = r.words;
  if (!tok || tok.punct || r.tags.geoAt.has(k) || r.tags.dateAt.has(k) || r.tags.taken.has(k)) return false;
  if (w.isFunctionWord(tok) || w.isTitleWord(tok) || w.isEventWord(tok)) return false;
  // A clitic reading counts only when what it leaves is a word ("كيشين" is no ك + word; "وشعبها" is و + شعبها).
  return readings(tok.norm, tok.text).every(
    (x) => x.prefix === "" || (!x.definite && !w.isKnownWord({ ...tok, norm: x.word, text: x.word })),
  );
}

/** A given name (bare, or with the article as Maghreb names have it), a particle, or a bare word of no class. */
function opensName(r: ChainReader, j: number): boolean {
  const tok = r.toks[j]!;
  const w = r.words;
  if (tok.punct || r.tags.geoAt.has(j) || r.tags.taken.has(j)) return false;
  if (w.isGivenNameToken(tok)) return true;
  // "عبد الكريم" opens a name; "… الحسين بن …" makes the body's last word the name's first: no name here.
  if (w.isParticle(tok)) return !nameRules().lineageParticles.has(tok.norm);
  const { article } = arabicMorphology();
  // "ألكسندري": a hamza on the alef is a letter of the name, not the article.
  if (tok.norm.startsWith(article) && !startsWithHamzaAlef(tok.text))
    return w.isGivenName(tok.norm.slice(article.length));
  return !w.isKnownWord(tok) || plainWord(r, j);
}

/**
 * After the name: the sentence's end, punctuation, a function word ("قد", "إن"), a verb of the events, or the next
 * item of a list ("… رادوفان وسفير ألمانيا").
 */
function endsClause(r: ChainReader, k: number): boolean {
  const tok = r.toks[k];
  if (!tok || tok.punct || r.words.isFunctionWord(tok) || r.words.isEventVerb(tok)) return true;
  // "أبدى رئيس حكومة الوحدة الوطنية X تحفظه على …": the verb's object, a noun with its pronoun, follows the subject.
  if (r.words.isInflectedCommonWord(tok)) return true;
  return startsWithConjunction(tok.norm) && r.words.titleHeadAt(r.toks, k) > 0;
}

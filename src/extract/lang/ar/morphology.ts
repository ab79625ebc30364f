// Arabic clitics: the readings of a folded word with و ف ب ل ك and ال peeled off, since any of them may also be a
// root letter. The letters themselves are data (lexicon.json "morphology"), compiled here once.
import { rawMorphology } from "./morphology-data.ts";

/** The letter rules of lexicon.json "morphology", with the sets and patterns the code reads. */
export interface ArabicMorphology {
  article: string;
  articleAfterLam: string;
  clitics: { and: string; then: string; with: string; to: string; like: string };
  /** و ف: what may stand before a verb. */
  conjunctions: Set<string>;
  /** Longest first. */
  proclitics: readonly string[];
  /** The proclitics that carry the article (ال, or لل where the alef dropped). */
  articleProclitics: Set<string>;
  definiteProclitics: readonly string[];
  stemProclitics: readonly string[];
  stemSuffixes: readonly { endings: readonly string[]; longerThan: number }[];
  placeProclitics: readonly string[];
  taMarbuta: string;
  nisba: string;
  nisbaPlurals: readonly string[];
  femininePlural: string;
  perfectFeminine: string;
  accusativeAlef: string;
  futurePrefix: string;
  imperfectPrefixes: { he: string; she: string; we: string };
  imperfectNumberEndings: readonly string[];
  /** The agent noun's prefix and the plural's ending before a governed noun ("مساعدو"). */
  constructPlural: { prefix: string; ending: string };
  /** A written word that begins with alef carrying hamza or madda. */
  hamzaAlef: RegExp;
  alefMaqsura: string;
  persianYa: string;
  /** A word shaped like a family name. */
  surnameShape: RegExp;
  /** A Slavic or Turkic ending with its vowels, at the end of a word. */
  slavicEnding: RegExp;
  /** Such an ending written as a word of its own ("علي اوف"). */
  detachedEnding: RegExp;
  slavicKey: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A regex alternation of the items as literal text. */
export const alternation = (items: readonly string[]): string => items.map(escape).join("|");

let compiled: ArabicMorphology | null = null;

/** The letter rules, compiled once from the lexicon. */
export function arabicMorphology(): ArabicMorphology {
  if (compiled) return compiled;
  const m = rawMorphology();
  const { and, then } = m.clitics;
  const vowels = `[${m.slavicEndings.vowels.map(escape).join("")}]`;
  const slavic = alternation(m.slavicEndings.endings);
  compiled = {
    ...m,
    conjunctions: new Set([and, then]),
    proclitics: [...m.proclitics].sort((a, b) => b.length - a.length),
    articleProclitics: new Set(
      m.proclitics.filter((p) => p.endsWith(m.article) || p.endsWith(m.articleAfterLam)),
    ),
    hamzaAlef: new RegExp(`^(?:${alternation(m.hamzaAlefs)})`),
    surnameShape: new RegExp(`(?:${alternation(m.surnameEndings)})$`),
    slavicEnding: new RegExp(`${vowels}*(?:${slavic})$`),
    detachedEnding: new RegExp(`^${vowels}{0,2}(?:${slavic})$`),
    slavicKey: m.slavicEndings.key,
  };
  return compiled;
}

export interface Reading {
  /** The word without the prefix. */
  word: string;
  /** The prefix taken off ("" for the word as written). */
  prefix: string;
  /** Whether the prefix carried the article ال. */
  definite: boolean;
}

/**
 * Every reading of a folded word: as written first, then with each known prefix removed (stem of 2+ letters).
 * Give the word as written too when you have it: "إلهام" folds to "الهام" but has no article (the article is
 * always written with a bare alef).
 */
export function readings(norm: string, written?: string): Reading[] {
  const m = arabicMorphology();
  const out: Reading[] = [{ word: norm, prefix: "", definite: false }];
  const hamzaAlef = written !== undefined && m.hamzaAlef.test(written);
  for (const prefix of m.proclitics) {
    if (!norm.startsWith(prefix) || norm.length - prefix.length < 2) continue;
    const definite = m.articleProclitics.has(prefix);
    if (hamzaAlef && definite) continue;
    out.push({ word: norm.slice(prefix.length), prefix, definite });
    // A prefix without the article may still leave one: والرئيس -> و + الرئيس is covered by "وال"; بالرئيس by "بال".
  }
  return out;
}

/** The reading forms only, as written first. */
export function forms(norm: string, written?: string): string[] {
  return readings(norm, written).map((r) => r.word);
}

/** A lexicon entry's lookup keys: as written and without its article (الخارجية -> خارجيه). */
export function entryKeys(norm: string): string[] {
  const { article } = arabicMorphology();
  return norm.startsWith(article) && norm.length > article.length + 1
    ? [norm, norm.slice(article.length)]
    : [norm];
}

/** Whether a folded word carries the bare article (الرئيس, not والرئيس nor بالرئيس): what entryKeys strips. */
export function hasBareArticle(norm: string): boolean {
  return entryKeys(norm).length > 1;
}

/** Whether a word begins with the conjunction و or ف. */
export function startsWithConjunction(word: string): boolean {
  const { and, then } = arabicMorphology().clitics;
  return word.startsWith(and) || word.startsWith(then);
}

/** Whether a folded word begins with the article or the conjunction و ("الوفد", "وشاهين"): never a bridge into a name. */
export function startsWithArticleOrAnd(norm: string): boolean {
  const m = arabicMorphology();
  return norm.startsWith(m.article) || norm.startsWith(m.clitics.and);
}

/** Whether a word as written begins with alef carrying hamza or madda ("إلهام"): then it has no article. */
export function startsWithHamzaAlef(written: string): boolean {
  return arabicMorphology().hamzaAlef.test(written);
}

/**
 * A rough stem for comparing titles: no clitics, no article, no ta marbuta, no nisba ya
 * (الأمني, للأمن and الأمن all give امن), so "the top security official" can meet "council for national security".
 */
export function stem(norm: string): string {
  const m = arabicMorphology();
  let w = norm;
  for (const prefix of m.stemProclitics) {
    if (w.startsWith(prefix) && w.length - prefix.length >= 3) {
      w = w.slice(prefix.length);
      break;
    }
  }
  for (const rule of m.stemSuffixes) {
    const ending = w.length > rule.longerThan ? rule.endings.find((e) => w.endsWith(e)) : undefined;
    if (ending !== undefined) w = w.slice(0, -ending.length);
  }
  return w;
}

/**
 * Name words folded for comparing spellings of one person: an ending written apart joins the word before
 * ("كريم اوف" -> one word), and Slavic endings lose their vowels (كريماوف، كريموف -> كريم + ف), so the variants of
 * one surname meet.
 */
export function nameKeyOf(words: readonly string[]): string[] {
  const { detachedEnding } = arabicMorphology();
  const out: string[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    if (prev !== undefined && detachedEnding.test(w)) out[out.length - 1] = surnameKey(prev + w);
    else out.push(surnameKey(w));
  }
  return out;
}

/** One name word's key: Slavic and Turkic endings without their vowels ("كريموف" and "كريماوف" -> "كريمف"). */
export function surnameKey(word: string): string {
  const { slavicEnding, slavicKey } = arabicMorphology();
  if (word.length < 5 || !slavicEnding.test(word)) return word;
  return word.replace(slavicEnding, slavicKey);
}

// Arabic clitics: the readings of a folded word with و ف ب ل ك and ال peeled off, since any of them may also be a root letter.

// Longest first, so "وال" is tried before "و". "لل" is ل + ال with the alef dropped (للأمن = ل + الأمن).
const PREFIXES = [
  "وبال",
  "وكال",
  "فبال",
  "ولل",
  "فلل",
  "وال",
  "فال",
  "بال",
  "كال",
  "لل",
  "ال",
  "وب",
  "ول",
  "وك",
  "فب",
  "فل",
  "و",
  "ف",
  "ب",
  "ل",
  "ك",
] as const;

/** The prefixes that carry the article (ال, or لل where the alef dropped). */
const ARTICLE_PREFIXES = new Set<string>(PREFIXES.filter((p) => p.endsWith("ال") || p.endsWith("لل")));

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
  const out: Reading[] = [{ word: norm, prefix: "", definite: false }];
  const hamzaAlef = written !== undefined && /^[أإآ]/.test(written);
  for (const prefix of PREFIXES) {
    if (!norm.startsWith(prefix) || norm.length - prefix.length < 2) continue;
    if (hamzaAlef && ARTICLE_PREFIXES.has(prefix)) continue;
    const word = norm.slice(prefix.length);
    out.push({ word, prefix, definite: ARTICLE_PREFIXES.has(prefix) });
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
  return norm.startsWith("ال") && norm.length > 3 ? [norm, norm.slice(2)] : [norm];
}

/** Whether a folded word carries the bare article (الرئيس, not والرئيس nor بالرئيس): what entryKeys strips. */
export function hasBareArticle(norm: string): boolean {
  return entryKeys(norm).length > 1;
}

/**
 * A rough stem for comparing titles: no clitics, no article, no ta marbuta, no nisba ya
 * (الأمني, للأمن and الأمن all give امن), so "the top security official" can meet "council for national security".
 */
export function stem(norm: string): string {
  let w = norm;
  for (const prefix of ["وال", "فال", "بال", "كال", "لل", "ال"]) {
    if (w.startsWith(prefix) && w.length - prefix.length >= 3) {
      w = w.slice(prefix.length);
      break;
    }
  }
  if (w.length > 3 && w.endsWith("ه")) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith("يه")) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith("ي")) w = w.slice(0, -1);
  if (w.length > 4 && (w.endsWith("ون") || w.endsWith("ين"))) w = w.slice(0, -2);
  return w;
}

/** Endings of Slavic and Turkic family names as Arabic writes them (كريموف، كريماوف، سميرنوف). */
const SLAVIC_ENDING = /[اوي]*(وف|يف)$/;
/** An ending an outlet may write as a word of its own ("علي اوف"). */
const DETACHED_ENDING = /^[اوي]{0,2}(وف|يف)$/;

/**
 * Name words folded for comparing spellings of one person: an ending written apart joins the word before
 * ("كريم اوف" -> one word), and Slavic endings lose their vowels (كريماوف، كريموف -> كريم + ف), so the variants of
 * one surname meet.
 */
export function nameKeyOf(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    if (prev !== undefined && DETACHED_ENDING.test(w)) out[out.length - 1] = surnameKey(prev + w);
    else out.push(surnameKey(w));
  }
  return out;
}

/** One name word's key: Slavic and Turkic endings without their vowels ("كريموف" and "كريماوف" -> "كريمف"). */
export function surnameKey(word: string): string {
  if (word.length < 5 || !SLAVIC_ENDING.test(word)) return word;
  return word.replace(SLAVIC_ENDING, "ف");
}

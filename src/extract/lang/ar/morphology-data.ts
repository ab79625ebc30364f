// The letter rules of Arabic words in lexicon.json ("morphology"): their format, and the section read once for
// morphology.ts, which every other part of the pack (the lexicon's own loader too) builds on.
import { z } from "zod/v4";
import { loadJson } from "../load.ts";

const words = z.array(z.string().min(1));
const letter = z.string().length(1);

/** Letter rules, written as they are compared (folded, except the letters of the written word). */
export const morphologySchema = z.object({
  $comment: z.string().optional(),
  /** The article "ال", and "لل" where it follows the preposition ل and its alef drops (للأمن = ل + الأمن). */
  article: z.string().min(1),
  articleAfterLam: z.string().min(1),
  /** One-letter proclitics by meaning: the conjunctions و ف and the prepositions ب ل ك. */
  clitics: z.object({ and: letter, then: letter, with: letter, to: letter, like: letter }),
  /** Every prefix a word may carry, longest first ("وال" before "و"). */
  proclitics: words,
  /** Prefixes that make a title definite ("الرئيس", "للرئيس"): a role with no name needs one. */
  definiteProclitics: words,
  /** Prefixes a title's stem loses, and the endings it loses in order (each once, when the word is long enough). */
  stemProclitics: words,
  stemSuffixes: z.array(z.object({ endings: words, longerThan: z.number().int().min(0) })),
  /** Prepositions on a one-word place that make it a place ("بصور", "ولعمان"). */
  placeProclitics: words,
  /** Ta marbuta as folded, the nisba ending, and what a nisba adjective takes in the plural and feminine plural. */
  taMarbuta: letter,
  nisba: letter,
  nisbaPlurals: words,
  femininePlural: z.string().min(1),
  /** The feminine ت of the perfect ("تناولت"), the accusative alef ("مزيدا"), the future prefix ("ستسهم"). */
  perfectFeminine: letter,
  accusativeAlef: letter,
  futurePrefix: letter,
  imperfectPrefixes: z.object({ he: letter, she: letter, we: letter }),
  /** The dual and plural endings of the imperfect ("يؤكدان", "يبحثون"): a verb of two or more subjects. */
  imperfectNumberEndings: words,
  /** Letters of the written word: alef with hamza or madda (never the article's bare alef), alef maqsura, Persian ya. */
  hamzaAlefs: z.array(letter),
  alefMaqsura: letter,
  persianYa: letter,
  /** Endings of family names (nisba, Persian يان and زاده, Slavic and Azeri وف/يف, Turkish اوغلو). */
  surnameEndings: words,
  /**
   * An agent noun (مُفعِل, مُستفعِل) in the masculine plural before the noun it governs: the prefix it opens with
   * and the ending it takes ("مساعدو الرئيس" = مساعد + و, the aides of the president).
   */
  constructPlural: z.object({ prefix: letter, ending: letter }),
  /** Slavic and Turkic endings: vowels before "وف"/"يف", compared without them ("كريموف", "كريماوف" -> "كريمف"). */
  slavicEndings: z.object({ vowels: z.array(letter), endings: words, key: z.string().min(1) }),
});

export type RawMorphology = z.infer<typeof morphologySchema>;

let raw: RawMorphology | null = null;

/** The "morphology" section of lexicon.json, checked once (lexicon.ts checks it again with the whole file). */
export function rawMorphology(): RawMorphology {
  raw ??= loadJson("ar/lexicon.json", z.object({ morphology: morphologySchema })).morphology;
  return raw;
}

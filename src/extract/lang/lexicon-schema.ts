// The one schema every language pack's lexicon.json is built on: the word classes that every language has
// (titles, honorifics, name particles, event words, months, weekdays …) under the same keys and shapes. A pack
// extends it with the keys of its own grammar (`coreLexiconSchema.extend({...})`); adding a language needs
// data files and only the passes that are truly language-specific.
import { z } from "zod/v4";

export const wordList = z.array(z.string().min(1));

export const coreLexiconSchema = z.object({
  $comment: z.string().optional(),
  /** First words of titles ("وزير", "minister", "وزیر"): a title starts here. */
  titleHeads: wordList,
  /** Words that continue a title ("الخارجية", "foreign", "امور"). */
  titleWords: wordList,
  /** Honorifics before a name or title ("معالي", "His Excellency", "جناب"). */
  honorifics: wordList,
  /** Words inside names that are no name of their own ("بن", "bin", "al"). */
  nameParticles: wordList,
  /** "his counterpart", "نظيره", "همتای": the other side of a meeting. */
  counterpart: wordList,
  /** Nouns of meeting, talks and reception. */
  meetingNouns: wordList,
  visitNouns: wordList,
  visitVerbs: wordList,
  /** "phone call", "اتصالا هاتفيا", "تماس تلفنی". */
  callPhrases: wordList,
  /** "at the invitation of", "بدعوة من", "به دعوت". */
  invitation: wordList,
  /** "between", "بين", "بین": the sides of a joint event. */
  between: wordList,
  /** Words that start a new clause, whose persons are not the last verb's. */
  clauseBreakers: wordList,
  /** Words that look like places in the gazetteer but are not, in this language. */
  geoBlocklist: wordList,
  months: z.record(z.string(), z.number().int().min(1).max(12)),
  weekdays: z.record(z.string(), z.number().int().min(0).max(6)),
  /** "today" 0, "yesterday" -1 … */
  relativeDays: z.record(z.string(), z.number().int()),
});

export type CoreLexicon = z.infer<typeof coreLexiconSchema>;

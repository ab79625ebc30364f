// Guesses an article's language from its letters: Arabic script (Arabic or Persian) or Latin (English). The
// letters and words that tell Persian from Arabic are data (lang/detect.json).
import { isSpaceCode } from "./text/chars.ts";
import { z } from "zod/v4";
import type { KnownLanguage } from "../domain/article-meta.ts";
import { loadJson } from "./lang/load.ts";

/** A language extraction can be asked for: one of the languages an article may be declared in. */
export type Language = KnownLanguage;

const schema = z.object({
  $comment: z.string().optional(),
  persianLetters: z.array(z.string().length(1)).min(1),
  persianWords: z.array(z.string().min(1)).min(1),
});

let markers: { letters: ReadonlySet<number>; words: ReadonlySet<string> } | null = null;

function persianMarkers() {
  if (markers) return markers;
  const raw = loadJson("detect.json", schema);
  markers = {
    letters: new Set(raw.persianLetters.map((l) => l.charCodeAt(0))),
    words: new Set(raw.persianWords),
  };
  return markers;
}

/** Arabic script's blocks (Arabic, its Supplement and Extended-A, Presentation Forms A and B). */
const isArabicScript = (c: number): boolean =>
  (c >= 0x0600 && c <= 0x06ff) ||
  (c >= 0x0750 && c <= 0x077f) ||
  (c >= 0x08a0 && c <= 0x08ff) ||
  (c >= 0xfb50 && c <= 0xfdff) ||
  (c >= 0xfe70 && c <= 0xfeff);

/** Latin letters: ASCII, Latin-1 and Latin Extended (A, B, Additional). */
const isLatin = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
  (c >= 0x1e00 && c <= 0x1eff);

/**
 * The language of a text, or null when it has no Arabic-script or Latin letters: Latin over Arabic script is
 * English; in Arabic script, Persian's own letters and words decide. One pass over the character codes, no
 * array per letter: a 5 MB article is read in milliseconds.
 */
export function detectLanguage(text: string): Language | null {
  const { letters, words } = persianMarkers();
  let arabic = 0;
  let latin = 0;
  let persianLetters = 0;
  let persianWords = 0;
  let wordStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (isSpaceCode(c)) {
      // Only words in Arabic script can be Persian markers: English text slices no word at all.
      const arabicWord = wordStart >= 0 && isArabicScript(text.charCodeAt(wordStart));
      if (arabicWord && words.has(text.slice(wordStart, i))) persianWords++;
      wordStart = -1;
      continue;
    }
    if (wordStart < 0) wordStart = i;
    if (isArabicScript(c)) {
      arabic++;
      if (letters.has(c)) persianLetters++;
    } else if (isLatin(c)) latin++;
  }
  if (arabic === 0 && latin === 0) return null;
  if (latin > arabic) return "en";
  return persianLetters + persianWords * 3 > arabic / 50 ? "fa" : "ar";
}

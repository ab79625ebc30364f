// Guesses an article's language from its letters: Arabic script (Arabic or Persian) or Latin (English). The
// letters and words that tell Persian from Arabic are data (lang/detect.json).
import { z } from "zod";
import type { KnownLanguage } from "../domain/article-meta.ts";
import { loadJson } from "./lang/load.ts";

/** A language extraction can be asked for: one of the languages an article may be declared in. */
export type Language = KnownLanguage;

const schema = z.object({
  $comment: z.string().optional(),
  persianLetters: z.array(z.string().length(1)).min(1),
  persianWords: z.array(z.string().min(1)).min(1),
});

let markers: { letters: ReadonlySet<string>; words: ReadonlySet<string> } | null = null;

function persianMarkers() {
  if (markers) return markers;
  const raw = loadJson("detect.json", schema);
  markers = { letters: new Set(raw.persianLetters), words: new Set(raw.persianWords) };
  return markers;
}

export function detectLanguage(text: string): Language | null {
  const arabic = text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (arabic === 0 && latin === 0) return null;
  if (latin > arabic) return "en";
  const { letters, words } = persianMarkers();
  let persianLetters = 0;
  for (const ch of text) if (letters.has(ch)) persianLetters++;
  let persianWords = 0;
  for (const word of text.split(/\s+/u)) if (words.has(word)) persianWords++;
  return persianLetters + persianWords * 3 > arabic / 50 ? "fa" : "ar";
}

// Guesses an article's language from its letters: Arabic script (Arabic or Persian) or Latin (English).

export type Language = "ar" | "en" | "fa";

const PERSIAN_ONLY = /[پچژگ]/gu;
const PERSIAN_WORDS = /(?:^|\s)(?:است|این|را|می|های|برای|با|که)(?=\s|$)/gu;

export function detectLanguage(text: string): Language | null {
  const arabic = text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (arabic === 0 && latin === 0) return null;
  if (latin > arabic) return "en";
  const persianLetters = text.match(PERSIAN_ONLY)?.length ?? 0;
  const persianWords = text.match(PERSIAN_WORDS)?.length ?? 0;
  return persianLetters + persianWords * 3 > arabic / 50 ? "fa" : "ar";
}

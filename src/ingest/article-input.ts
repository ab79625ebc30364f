// An article as it arrives at any door (a file, the API), checked the same way: size, prose, metadata, language.
import { checkArticleMeta, type CheckedMeta } from "../domain/article-meta.ts";
import { InvalidInputError } from "../domain/errors.ts";
import { checkArticleSize } from "../domain/limits.ts";
import { checkProse } from "../domain/text-sniff.ts";
import { extractArticle, type ArticleMeta } from "../extract/index.ts";
import { detectLanguage, type Language } from "../extract/language.ts";
import type { GraphPatch } from "../domain/types.ts";

export interface CheckedText {
  /** The declared language, or else the detected one. */
  language: Language;
  /** The language the letters suggest (null when they suggest none), reported beside the declared one. */
  detectedLanguage: Language | null;
}

/**
 * The cheap checks (a few microseconds; safe on a server's event loop): the size in UTF-8 bytes and the
 * metadata. Throws BAD_USER_INPUT naming `where` and the field or limit.
 */
export function checkArticleEnvelope(
  where: string,
  text: string,
  rawMeta: unknown,
  maxBytes: number,
): CheckedMeta {
  checkArticleSize(where, Buffer.byteLength(text, "utf8"), maxBytes);
  if (!/\S/u.test(text)) throw new InvalidInputError(`${where}: the article text is empty`);
  return checkArticleMeta(where, rawMeta);
}

/**
 * The text itself: not binary, mostly letters, in a language we can name. A pass over every character
 * (about 0.1 s a megabyte): servers run it in the extraction worker, with the extraction.
 */
export function checkArticleText(
  where: string,
  text: string,
  declared: Language | null | undefined,
): CheckedText {
  checkProse(where, text);
  const detectedLanguage = detectLanguage(text);
  const language = declared ?? detectedLanguage;
  if (language === null) {
    throw new InvalidInputError(`${where}: cannot tell the article's language; declare it (ar, en or fa)`);
  }
  return { language, detectedLanguage };
}

/** The text checked, then extracted: what an extraction worker and the in-thread extractor both run. */
export function checkAndExtract(where: string, text: string, meta: ArticleMeta): GraphPatch {
  const { language } = checkArticleText(where, text, meta.language);
  return extractArticle(text, { ...meta, language });
}

// The input limits of diplograph, one set for every door (CLI files, the API's ingestArticle, HTTP bodies).
import { InvalidInputError } from "./errors.ts";

/**
 * Largest article text, in UTF-8 bytes. Extraction time grows faster than linearly with length; a megabyte
 * of wire copy is already hundreds of stories. Overridden by DIPLOGRAPH_MAX_ARTICLE_BYTES.
 */
export const DEFAULT_MAX_ARTICLE_BYTES = 1_048_576;

/** Room a request body needs besides the article: the query, the other fields, JSON escapes. */
export const BODY_OVERHEAD_BYTES = 131_072;

/** The HTTP body cap that lets an article of the largest size through (DIPLOGRAPH_MAX_BODY_BYTES's default). */
export function defaultMaxBodyBytes(maxArticleBytes: number): number {
  return maxArticleBytes + BODY_OVERHEAD_BYTES;
}

/** Lengths of the short metadata fields, in characters. */
export const META_LIMITS = {
  id: 200,
  title: 1_000,
  source: 200,
  url: 2_000,
} as const;

/** A refusal because an input passed one of the limits; `limit` names it (an environment variable or a field). */
export class LimitExceededError extends InvalidInputError {
  readonly limit: string;
  constructor(limit: string, message: string) {
    super(message);
    this.limit = limit;
  }
}

/** Throws when the text is longer than the article limit; `where` names the input (a path, a field). */
export function checkArticleSize(where: string, bytes: number, maxBytes: number): void {
  if (bytes > maxBytes) {
    throw new LimitExceededError(
      "DIPLOGRAPH_MAX_ARTICLE_BYTES",
      `${where}: the article has ${bytes} bytes; the limit is ${maxBytes} (DIPLOGRAPH_MAX_ARTICLE_BYTES)`,
    );
  }
}

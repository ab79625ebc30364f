// Matching a lexicon phrase at a token without building the following words unless the first word can start one.
import type { PhraseMatch, PhraseMatcher } from "../../text/phrase-matcher.ts";
import type { EnToken } from "./tokens.ts";

/** The longest phrase of `matcher` starting at token i and ending before token `to`; most tokens start none. */
export function phraseAt<T>(
  matcher: PhraseMatcher<T>,
  toks: readonly EnToken[],
  i: number,
  to: number,
): PhraseMatch<T> | null {
  const first = toks[i];
  if (!first || !matcher.has(first.base)) return null;
  const rest: string[] = [];
  for (let k = i + 1; k < to && k < toks.length; k++) rest.push(toks[k]!.base);
  return matcher.match([first.base], rest);
}

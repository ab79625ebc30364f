// A byline on a line of its own: "كتب - X", "بقلم: X", or a dateline's places and a separator before the writer's
// name ("الجزائر: X", "القاهرة ــ X", "بغداد - طوكيو: X"). The writer is a person of the article with no title.
import type { ArabicWords, SentenceTags } from "./words.ts";

/** A byline's tokens at most: a cue or a few places, a separator, and a name. */
const MAX_TOKENS = 9;
/** Words of a writer's name. */
const NAME_WORDS = { min: 2, max: 4 };

export interface BylineName {
  from: number;
  to: number;
}

/** The writer's name when the sentence is a byline line, else null. */
export function bylineName(w: ArabicWords, tags: SentenceTags): BylineName | null {
  const toks = tags.sentence.tokens;
  const end = toks.length - (toks[toks.length - 1]?.punct ? 1 : 0);
  if (end > MAX_TOKENS || end < NAME_WORDS.min + 1) return null;
  const separator = (k: number) => w.lex.bylineSeparators.has(toks[k]?.text ?? "");
  let k = 0;
  if (w.lex.bylineCues.has(toks[0]!.norm)) {
    k = separator(1) ? 2 : 1;
  } else {
    // Places joined by separators, the last separator before the name.
    while (k < end && (tags.geoAt.has(k) || separator(k))) k++;
    if (k === 0 || !separator(k - 1) || !toks.slice(0, k).some((_, j) => tags.geoAt.has(j))) return null;
  }
  const words = end - k;
  if (words < NAME_WORDS.min || words > NAME_WORDS.max) return null;
  for (let j = k; j < end; j++) {
    const tok = toks[j]!;
    if (tok.punct || tags.geoAt.has(j) || tags.dateAt.has(j)) return null;
    if (w.isFunctionWord(tok) && !w.isParticle(tok)) return null;
    // "القاهرة - أ ش أ": an agency's initials are no writer.
    if (/\d/.test(tok.norm) || tok.norm.length < 2 || w.isEventWord(tok)) return null;
  }
  return { from: k, to: end };
}

// Folded article text with, for each folded unit, the offset of the character it came from. The fold itself is
// the project's one fold (src/domain/fold.ts); this file only keeps the offsets that evidence needs.
import { foldChar, foldText } from "../../domain/fold.ts";

export { foldChar };

/** The folded form of a string, for comparing words and names. */
export const fold = foldText;

/** Folded text plus, for each folded UTF-16 unit, the offset of the original character it came from. */
export interface FoldedText {
  text: string;
  /** offsets[i] is the original offset of folded unit i; offsets[text.length] is the original length. */
  offsets: number[];
}

export function foldWithOffsets(original: string): FoldedText {
  let text = "";
  const offsets: number[] = [];
  let at = 0;
  for (const ch of original) {
    const folded = foldChar(ch);
    for (let k = 0; k < folded.length; k++) offsets.push(at);
    text += folded;
    at += ch.length;
  }
  offsets.push(original.length);
  return { text, offsets };
}

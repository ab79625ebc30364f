// Splits an article into sentences and tokens that keep their offsets into the original text.
import { isSpaceCode } from "./chars.ts";
import { fold } from "./fold.ts";

export interface Token {
  /** As written. */
  text: string;
  /** Folded for matching (see fold.ts). */
  norm: string;
  /** Offsets into the article text; end is exclusive. */
  start: number;
  end: number;
  /** A punctuation token (one character) rather than a word or number. */
  punct: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

// Letters and digits of any script, with the marks and joiners that live inside words (and the apostrophe and
// hyphen of names like O'Neill and Amir-Hosseinpour).
const WORD =
  /(?:[\p{L}\p{N}\p{M}\u0640]|\u200C|\u200D)+(?:['’\-.](?:[\p{L}\p{N}\p{M}\u0640]|\u200C|\u200D)+)*/uy;
const SPACE = /\s+/y;

/**
 * The tokens of a text, their offsets shifted by `offset`. `folds` remembers each word's fold across calls
 * (one article's sentences share their words: a long article folds each distinct word once).
 */
export function tokenize(text: string, offset = 0, folds: Map<string, string> = new Map()): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    SPACE.lastIndex = i;
    if (SPACE.exec(text)) {
      i = SPACE.lastIndex;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m) {
      let word = m[0];
      // A dot glued to the end of a word is sentence punctuation, except in abbreviations like "U.S."
      if (word.includes(".") && !/^(?:\p{L}\.)+\p{L}$/u.test(word)) word = word.slice(0, word.indexOf("."));
      let norm = folds.get(word);
      if (norm === undefined) folds.set(word, (norm = fold(word)));
      tokens.push({
        text: word,
        norm,
        start: offset + i,
        end: offset + i + word.length,
        punct: false,
      });
      i += word.length;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 32);
    tokens.push({ text: ch, norm: ch, start: offset + i, end: offset + i + ch.length, punct: true });
    i += ch.length;
  }
  return tokens;
}

/** Words before a final dot that do not end a sentence ("Mr.", "Dr.", "Jan."), folded. */
export type Abbreviations = ReadonlySet<string>;

/** Characters after which a sentence that has not ended is cut at the next space (real sentences are far shorter). */
export const MAX_SENTENCE = 2000;

const code = (ch: string): number => ch.charCodeAt(0);
const TERMINAL = new Set([".", "!", "?", "\u061f", "…"].map(code));
const CLOSERS = new Set(['"', "”", "’", "»", ")", "“"].map(code));
const NEWLINE = code("\n");
const DOT = code(".");

/**
 * Sentences end at a line break, or at . ! ? ؟ … followed by space, unless the dot follows an abbreviation
 * or a single letter (an initial). Quotes and brackets that close right after the mark stay in the sentence.
 */
export function splitSentences(text: string, abbreviations: Abbreviations = new Set()): Sentence[] {
  const sentences: Sentence[] = [];
  const folds = new Map<string, string>();
  const push = (start: number, end: number): void => {
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end <= start) return;
    const body = text.slice(start, end);
    sentences.push({ index: sentences.length, start, end, text: body, tokens: tokenize(body, start, folds) });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A run with no sentence end (a table, a list, text without punctuation) is cut at a space once it is
    // very long: the passes look around each word within its sentence, and must stay linear in the text.
    if (i - start >= MAX_SENTENCE && isSpaceCode(c)) {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (c === NEWLINE) {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (!TERMINAL.has(c)) continue;
    let end = i + 1;
    while (end < text.length && (TERMINAL.has(text.charCodeAt(end)) || CLOSERS.has(text.charCodeAt(end))))
      end++;
    if (end < text.length && !isSpaceCode(text.charCodeAt(end))) continue;
    // "The U.S. envoy", "U.S. President …": an abbreviation or initialism does not end a sentence (one that
    // really ends on "U.S." is rarer than "U.S." before a capitalised title).
    // Only the last word matters: look at a short tail, not the whole sentence so far (linear time).
    if (c === DOT && endsWithAbbreviation(text.slice(Math.max(start, i - 64), i), abbreviations)) continue;
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, text.length);
  return sentences;
}

function endsWithAbbreviation(before: string, abbreviations: Abbreviations): boolean {
  const m = /([\p{L}.]+)$/u.exec(before);
  if (!m) return false;
  const word = m[1] ?? "";
  if (/^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return abbreviations.has(fold(word));
}

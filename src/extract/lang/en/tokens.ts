// English sentences and tokens: abbreviation dots kept on their word, and each token's base form, case and possessive.
import type { Sentence, Token } from "../../text/tokenize.ts";
import { splitSentences } from "../../text/tokenize.ts";
import { fold } from "../../text/fold.ts";

export interface EnToken extends Token {
  /** Folded, without a possessive ending or trailing dot: "Iran's" -> "iran", "Gen." -> "gen". */
  base: string;
  /** Written with a possessive ending ("Iran's", "Reuters'"). */
  possessive: boolean;
  /** Begins with a capital letter. */
  cap: boolean;
  /** Two or more letters, all capitals ("SNSC", "BAKU"). */
  upper: boolean;
}

export interface EnSentence extends Sentence {
  tokens: EnToken[];
}

const POSSESSIVE = /(?:['’]s|s['’])$/u;

/** The base form of a folded word: "iran's" -> "iran", "maj." -> "maj", "u.s." -> "u.s". */
export function baseOf(norm: string): string {
  const last = norm[norm.length - 1];
  if (last !== "." && last !== "s" && last !== "'" && last !== "’") return norm;
  let w = norm.replace(/\.+$/u, "");
  if (/['’]s$/u.test(w) && w.length > 3) w = w.slice(0, -2);
  else if (/s['’]$/u.test(w) && w.length > 3) w = w.slice(0, -1);
  return w.includes("’") ? w.replace(/’/gu, "'") : w;
}

const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

function enrich(tok: Token): EnToken {
  const text = tok.text;
  const first = text[0] ?? "";
  const cap = !tok.punct && first !== first.toLowerCase();
  return {
    text,
    norm: tok.norm,
    start: tok.start,
    end: tok.end,
    punct: tok.punct,
    base: tok.punct ? tok.norm : baseOf(tok.norm),
    possessive:
      !tok.punct && text.length > 3 && (text.includes("'") || text.includes("’")) && POSSESSIVE.test(text),
    cap,
    // "SNSC", "BAKU", "U.S.": two capitals and no small letter.
    upper: cap && text.length > 1 && text === text.toUpperCase() && TWO_CAPITALS.test(text),
  };
}

/**
 * The shared tokenizer leaves the dot of "Gen." and "U.S." as a token of its own; a dot right after a known
 * abbreviation or an initial is part of the word, so that "Maj. Gen." and "George P. Sheldon" read as words.
 */
function mergeDots(tokens: readonly Token[], abbreviations: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const next = tokens[i + 1];
    const dotted =
      next?.text === "." &&
      next.start === tok.end &&
      !tok.punct &&
      (abbreviations.has(tok.norm) || /^\p{Lu}$/u.test(tok.text) || /^(?:\p{L}\.)+\p{L}$/u.test(tok.text));
    if (dotted && next) {
      const text = tok.text + ".";
      out.push({ text, norm: fold(text), start: tok.start, end: next.end, punct: false });
      i++;
      continue;
    }
    out.push(tok);
  }
  return out;
}

/**
 * The shared splitter ends a sentence after an initialism followed by a capital ("… by the U.S. The minister");
 * in English news "U.S. President" and "U.N. envoy" are far more common, so a sentence that ends on a dotted
 * initialism goes on when the next one opens with a capitalised word that is not a function word.
 */
function joinInitialisms(
  text: string,
  sentences: readonly EnSentence[],
  functionWords: ReadonlySet<string>,
): EnSentence[] {
  const out: EnSentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const last = prev?.tokens[prev.tokens.length - 1];
    const first = s.tokens[0];
    const initialism = !!last && /^(?:\p{L}\.){2,}$/u.test(last.text);
    if (prev && initialism && first && first.cap && !functionWords.has(first.base)) {
      out[out.length - 1] = {
        ...prev,
        end: s.end,
        text: text.slice(prev.start, s.end),
        tokens: [...prev.tokens, ...s.tokens],
      };
      continue;
    }
    out.push({ ...s, index: out.length });
  }
  return out;
}

export function englishSentences(
  text: string,
  abbreviations: ReadonlySet<string>,
  functionWords: ReadonlySet<string>,
): EnSentence[] {
  const sentences = splitSentences(text, abbreviations).map((s) => ({
    ...s,
    tokens: mergeDots(s.tokens, abbreviations).map(enrich),
  }));
  return joinInitialisms(text, sentences, functionWords);
}

// A name read too long in a later sentence ("السيد ولد بلال متانة العلاقات") is cut back to the name the article
// already told in full ("أحمد سيدي ولد بلال"): the words after it are the sentence going on, not more name.
import type { PersonMention } from "../../mentions.ts";
import { fold } from "../../text/fold.ts";
import type { Token } from "../../text/tokenize.ts";
import { arabicMorphology, nameKeyOf } from "./morphology.ts";
import type { ArabicWords } from "./words.ts";

/** Every tail of every name of two words or more ("ولد بلال", "سيدي ولد بلال", "بلال"), with the names it ends. */
function knownTails(persons: readonly PersonMention[]): Map<string, Set<string>> {
  const tails = new Map<string, Set<string>>();
  for (const p of persons) {
    if (p.nameKey.length < 2) continue;
    const full = p.nameKey.join(" ");
    for (let k = 0; k < p.nameKey.length; k++) {
      const tail = p.nameKey.slice(k).join(" ");
      const names = tails.get(tail) ?? new Set<string>();
      if (names.size === 0) tails.set(tail, names);
      names.add(full);
    }
  }
  return tails;
}

/** Whether a tail ends some name other than `own` (a mention's own name does not vouch for itself). */
const endsAnother = (tails: Map<string, Set<string>>, tail: string, own: string): boolean =>
  [...(tails.get(tail) ?? [])].some((full) => full !== own);

/**
 * How many words of the name to keep: the longest head that is a known tail, when what follows it is no name
 * material (no given name, no particle; after a one-word head, only words of the frequency lists). Null: keep all.
 */
function keptWords(words: readonly string[], tails: Map<string, Set<string>>, w: ArabicWords): number | null {
  const keyOf = (n: number) => nameKeyOf(words.slice(0, n).map((x) => fold(x))).join(" ");
  const own = keyOf(words.length);
  // "سالم وكريكش": a known name, then the conjunction on another name the article told ("محمد كريكش"), is two
  // people, even where a headline read them as one name.
  const { and } = arabicMorphology().clitics;
  for (let k = words.length - 1; k >= 1; k--) {
    const next = fold(words[k]!);
    const conjoined =
      next.startsWith(and) && endsAnother(tails, nameKeyOf([next.slice(and.length)]).join(" "), own);
    if (conjoined && endsAnother(tails, keyOf(k), own)) return k;
  }
  if (endsAnother(tails, own, own)) return null;
  for (let k = words.length - 1; k >= 1; k--) {
    if (!endsAnother(tails, keyOf(k), own)) continue;
    const rest = words.slice(k).map((x) => fold(x));
    const nameLike = rest.some((x) => w.isGivenName(x) || w.lex.particles.has(x));
    const plainWords = rest.every((x) => w.lex.commonWords.has(x) || w.lex.rarerWords.has(x));
    return nameLike || (k === 1 && !plainWords) ? null : k;
  }
  return null;
}

/**
 * Cuts each mention whose name ends its span and runs past a name told in full elsewhere in the article; the
 * words cut are free again for the passes after (taken tokens of the sentence are released).
 */
export function trimToKnownNames(
  persons: readonly PersonMention[],
  tokensOf: (sentence: number) => readonly Token[],
  release: (sentence: number, token: number) => void,
  w: ArabicWords,
): void {
  const tails = knownTails(persons);
  for (const p of persons) {
    if (p.name === null) continue;
    const toks = tokensOf(p.sentence);
    const words = p.name.split(/\s+/).filter(Boolean);
    const last = toks[p.to - 1];
    // Only a name at the end of its mention (a title before it) can be cut by tokens.
    if (words.length < 2 || !last || !last.text.endsWith(words[words.length - 1]!)) continue;
    const keep = keptWords(words, tails, w);
    if (keep === null) continue;
    const cut = words.length - keep;
    for (let j = p.to - cut; j < p.to; j++) release(p.sentence, j);
    p.to -= cut;
    p.end = toks[p.to - 1]!.end;
    p.name = words.slice(0, keep).join(" ");
    p.nameKey = nameKeyOf(words.slice(0, keep).map((x) => fold(x)));
  }
}

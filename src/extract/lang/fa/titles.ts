// Persian titles: a head ("وزیر امور خارجه", "رئیس‌جمهور", plural "وزرای خارجه") and its ezafe complements
// (title words, countries, "کشورمان", "سفارت ترکیه در کابل"), with the country or countries they name.
import { nameRules } from "../../assemble/name-rules.ts";
import { fold } from "../../text/fold.ts";
import type { PersianWords, SentenceTags } from "./words.ts";

export interface TitleMatch {
  from: number;
  to: number;
  /** As written. */
  text: string;
  /** The head in the singular: a plural title ("روسای جمهور") is shared by a list of people. */
  head: string;
  plural: boolean;
  /** Countries named in the complement, in order ("وزرای خارجه ایران و ترکیه": IR, TR). */
  countries: string[];
  /** Only the head, nothing after it ("رئیس‌جمهور"): the outlet's own official in its own report. */
  bare: boolean;
  /** "همسرش": a spouse, not an office. */
  spouse: boolean;
}

const MAX_COMPLEMENT = 10;

const squash = (s: string): string => fold(s).replace(/\s+/g, "");

/** The title that starts at token i, or null. */
export function titleAt(words: PersianWords, tags: SentenceTags, i: number): TitleMatch | null {
  const toks = tags.sentence.tokens;
  const norms = tags.norms;
  if (tags.taken.has(i) || tags.geoAt.has(i)) return null;
  // "بن سلطان": after a lineage particle a title's word is a name.
  if (nameRules().openingParticles.has(norms[i - 1] ?? "")) return null;
  const m = words.lex.titleHeads.match([norms[i] ?? ""], norms.slice(i + 1, i + 6));
  const head = m?.payloads[0];
  if (!m || head === undefined) return null;
  // "امیر سرتیپ", "امیر دریادار": a military rank that opens with a word that is also a title (emir).
  const rank = words.lex.honorifics.match([norms[i] ?? ""], norms.slice(i + 1, i + 4));
  if (rank && rank.length > m.length) return null;
  const headText = toks
    .slice(i, i + m.length)
    .map((t) => t.text)
    .join(" ");
  const plural = squash(head) !== squash(headText);
  let j = i + m.length;
  const countries: string[] = [];
  const envoy = words.lex.envoyHeads.has(norms[i] ?? "");
  while (j < toks.length && j - i < MAX_COMPLEMENT) {
    const geo = tags.geoAt.get(j);
    const w = norms[j] ?? "";
    if (geo && geo.from === j) {
      countries.push(geo.code);
      j = geo.to;
    } else if (words.lex.thisCountry.has(`${w} ${norms[j + 1] ?? ""}`)) {
      // "نخست‌وزیر این کشور": the country named last before the title, never the outlet's.
      const last = [...tags.geoAt.values()].filter((g) => g.to <= i && g.kind !== "demonym").pop();
      if (last) countries.push(last.code);
      j += 2;
    } else if (words.isTitleWord(w) && !tags.taken.has(j)) {
      j++;
    } else if (
      plural &&
      (words.lex.conjunctions.has(w) || w === "،" || w === ",") &&
      countries.length > 0 &&
      (tags.geoAt.get(j + 1)?.kind === "country" || tags.geoAt.get(j + 1)?.kind === "demonym")
    ) {
      j++;
    } else if (envoy && words.lex.inWords.has(w) && tags.geoAt.get(j + 1)?.kind === "place") {
      j++;
    } else if (!plural && words.lex.conjunctions.has(w) && !tags.taken.has(j + 1)) {
      // "معاون نخست‌وزیر و وزیر امور خارجه": a second office of the same person, joined by "و".
      const second = words.lex.titleHeads.match([norms[j + 1] ?? ""], norms.slice(j + 2, j + 7));
      if (
        !second ||
        squash(second.payloads[0] ?? "") !== squash(norms.slice(j + 1, j + 1 + second.length).join(" "))
      )
        break;
      j += 1 + second.length;
    } else break;
  }
  const text = toks
    .slice(i, j)
    .map((t) => t.text)
    .join(" ");
  const spouse = words.lex.spouseWords.has(squash(headText));
  return { from: i, to: j, text, head, plural, countries, bare: j === i + m.length, spouse };
}

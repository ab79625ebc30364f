// Persian titles: a head ("وزیر امور خارجه", "رئیس‌جمهور", plural "وزرای خارجه") and its ezafe complements
// (title words, countries, "کشورمان", "سفارت ترکیه در کابل"), with the country or countries they name.
import { nameRules } from "../../assemble/name-rules.ts";
import { COMMAS } from "../../text/chars.ts";
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
  // "امیر مهدی کاظمی": a one-word head that is a given name too opens a name when a given name follows it
  // ("امیر قطر" stays the emir).
  if (m.length === 1 && words.isGivenName(norms[i] ?? "") && words.isGivenName(norms[i + 1] ?? ""))
    return null;
  const headText = toks
    .slice(i, i + m.length)
    .map((t) => t.text)
    .join(" ");
  const plural = squash(head) !== squash(headText);
  const countries: string[] = [];
  const c: Complement = {
    words,
    tags,
    i,
    plural,
    envoy: words.lex.envoyHeads.has(norms[i] ?? ""),
    countries,
  };
  let j = i + m.length;
  while (j < toks.length && j - i < MAX_COMPLEMENT) {
    const next = complementStep(c, j);
    if (next === null) break;
    j = next;
  }
  // As written ("وزیر تعاون، کار و رفاه اجتماعی"): the sentence's own spacing, commas and all.
  const sentence = tags.sentence;
  const text = sentence.text.slice(toks[i]!.start - sentence.start, toks[j - 1]!.end - sentence.start);
  const spouse = words.lex.spouseWords.has(squash(headText));
  return { from: i, to: j, text, head, plural, countries, bare: j === i + m.length, spouse };
}

/** What the complement of one title is read with. */
interface Complement {
  words: PersianWords;
  tags: SentenceTags;
  /** Where the title starts. */
  i: number;
  plural: boolean;
  envoy: boolean;
  /** The countries named so far, in order. */
  countries: string[];
}

/** Where the title goes on to from token j (a place, a title word, a list of portfolios …), or null at its end. */
function complementStep(c: Complement, j: number): number | null {
  const { words, tags, plural, countries } = c;
  const norms = tags.norms;
  const geo = tags.geoAt.get(j);
  const w = norms[j] ?? "";
  const comma = COMMAS.has(w);
  if (geo && geo.from === j) {
    countries.push(geo.code);
    return geo.to;
  }
  if (words.lex.thisCountry.has(`${w} ${norms[j + 1] ?? ""}`)) {
    // "نخست‌وزیر این کشور": the country the title named already ("عضو … حزب کمونیست چین و وزیر امور خارجه این
    // کشور"), else the one named last before the title; never the outlet's.
    const last = [...tags.geoAt.values()].filter((g) => g.to <= c.i && g.kind !== "demonym").pop();
    const named = countries.at(-1) ?? last?.code;
    if (named) countries.push(named);
    return j + 2;
  }
  if (words.isTitleWord(w) && !tags.taken.has(j)) return j + 1;
  const nextKind = tags.geoAt.get(j + 1)?.kind;
  const listsCountries = (words.lex.conjunctions.has(w) || comma) && countries.length > 0;
  if (plural && listsCountries && (nextKind === "country" || nextKind === "demonym")) return j + 1;
  if (c.envoy && words.lex.inWords.has(w) && nextKind === "place") return j + 1;
  if (plural) return null;
  // "وزیر تعاون، کار و رفاه اجتماعی": portfolios listed with commas and a last "و".
  if (comma && portfolioListAt(words, norms, j + 1)) return j + 1;
  if (!words.lex.conjunctions.has(w) || tags.taken.has(j + 1)) return null;
  // "کار و رفاه اجتماعی": one more portfolio of the same office.
  const second = words.lex.titleHeads.match([norms[j + 1] ?? ""], norms.slice(j + 2, j + 7));
  const portfolio = words.isTitleWord(norms[j - 1] ?? "") && !tags.geoAt.has(j - 1);
  if (!second && portfolio && words.isTitleWord(norms[j + 1] ?? "")) return j + 1;
  // "معاون نخست‌وزیر و وزیر امور خارجه": a second office of the same person, joined by "و".
  const written = squash(norms.slice(j + 1, j + 1 + (second?.length ?? 0)).join(" "));
  return second && squash(second.payloads[0] ?? "") === written ? j + 1 + second.length : null;
}

/** From k: title words (no head), then "و" and another title word, before any other comma. */
function portfolioListAt(words: PersianWords, norms: readonly string[], k: number): boolean {
  let j = k;
  while (
    j < norms.length &&
    words.isTitleWord(norms[j] ?? "") &&
    !words.lex.titleHeads.match([norms[j] ?? ""], [])
  )
    j++;
  return j > k && words.lex.conjunctions.has(norms[j] ?? "") && words.isTitleWord(norms[j + 1] ?? "");
}

// Lists of officials under one plural head: "وزراء خارجية الأردن X، والسعودية Y، وقطر Z", "وزراء الخارجية X،
// والدفاع Y", "نظرائه الأردني X، والسعودي Y", and the same in the dual, also in turn: "وزيرا خارجية مصر والسودان
// X وY". Each item names its country or its portfolio and then the name, which the head announces as a title does.
import { COMMAS } from "../../text/chars.ts";
import type { Token } from "../../text/tokenize.ts";
import { arabicMorphology } from "./morphology.ts";
import type { ArabicWords, SentenceTags } from "./words.ts";

export interface Span {
  from: number;
  to: number;
  /** Letters of a clitic before the first word ("والسعودية" -> 1). */
  strip: number;
}

export interface TitleListItem {
  name: Span;
  /** Where the item begins: the head for the first one, its own conjunction or country after that. */
  from: number;
  /** The portfolio words of the item's title ("خارجية", "الدفاع"), shared by items that name only a country. */
  portfolio: Span | null;
  /** The country or demonym of the item, as written. */
  place: Span | null;
  country: string | null;
}

export interface TitleList {
  /** The singular head each item's title takes ("وزير"), or "" for a list of counterparts. */
  singular: string;
  /** Letters of a clitic on the head ("ووزراء"). */
  strip: number;
  items: TitleListItem[];
}

export interface ListReader {
  readonly toks: Token[];
  readonly tags: SentenceTags;
  readonly words: ArabicWords;
  /** The name a title announces at k (after a coordinating و when `coordinated`), or null. */
  nameAt(k: number, coordinated: boolean): Span | null;
}

interface ItemHead {
  from: number;
  to: number;
  portfolio: Span | null;
  place: Span | null;
  country: string | null;
}

/** The list opened by a plural head at i, with two items or more; null otherwise. */
export function readTitleList(r: ListReader, i: number): TitleList | null {
  const tok = r.toks[i];
  const head = tok && !tok.punct ? r.words.pluralTitle(tok) : null;
  // "رئيس وزراء الأردن": a plural inside a singular title ("prime minister") opens no list.
  if (!head || (i > 0 && r.words.titleHeadAt(r.toks, i - 1) > 0)) return null;
  const first = itemHead(r, i + 1, false);
  if (!first) return null;
  const items = inTurn(r, i, first) ?? oneByOne(r, i, first);
  return items && items.length >= 2 ? { singular: head.singular, strip: head.prefix, items } : null;
}

/** "خارجية الأردن X، والسعودية Y، وقطر Z" and "الخارجية X، والدفاع Y": each item's head right before its name. */
function oneByOne(r: ListReader, opener: number, first: ItemHead): TitleListItem[] {
  const items: TitleListItem[] = [];
  // Title words before the first item's country are every item's portfolio ("وزراء خارجية …").
  const shared = first.place ? first.portfolio : null;
  let head: ItemHead | null = first;
  let from = opener;
  while (head) {
    const name = r.nameAt(head.to, false);
    if (!name) break;
    items.push({
      name,
      from,
      portfolio: head.portfolio ?? shared,
      place: head.place,
      country: head.country,
    });
    let j = name.to;
    const comma = COMMAS.has(r.toks[j]?.text ?? "");
    if (comma) j++;
    const and = startsWithAnd(r.toks[j]);
    if (!comma && !and) break;
    from = j;
    head = itemHead(r, j, and);
  }
  return items;
}

/** "وزيرا خارجية مصر والسودان X وY": the countries first, then as many names, in the same order. */
function inTurn(r: ListReader, opener: number, first: ItemHead): TitleListItem[] | null {
  if (!first.place) return null;
  const places: ItemHead[] = [first];
  let j = first.to;
  for (;;) {
    if (!startsWithAnd(r.toks[j])) break;
    const geo = countryAt(r, j, true);
    if (!geo || geo.portfolio) break;
    places.push(geo);
    j = geo.to;
  }
  if (places.length < 2) return null;
  const names: Span[] = [];
  for (let k = 0; k < places.length; k++) {
    const name = r.nameAt(j, k > 0);
    if (!name || (k > 0 && name.strip === 0)) return null;
    names.push(name);
    j = name.to;
  }
  return places.map((p, k) => ({
    name: names[k]!,
    from: k === 0 ? opener : names[k]!.from,
    portfolio: first.portfolio,
    place: p.place,
    country: p.country,
  }));
}

/** An item's head at j: portfolio words, then a country or a demonym, or portfolio words alone (definite). */
function itemHead(r: ListReader, j: number, coordinated: boolean): ItemHead | null {
  const place = countryAt(r, j, coordinated);
  if (place) return place;
  let k = j;
  while (k < r.toks.length && isPortfolioWord(r, k) && !r.tags.geoAt.has(k)) k++;
  if (k === j) return null;
  const portfolio: Span = { from: j, to: k, strip: coordinated ? andLength() : 0 };
  const after = countryAt(r, k, false);
  if (after) return { ...after, from: j, portfolio };
  // Without a country the portfolio must be definite ("الدفاع"): "خارجية" alone governs a noun to come.
  const article = arabicMorphology().article;
  const word = r.toks[j]!.norm.slice(portfolio.strip);
  return word.startsWith(article) ? { from: j, to: k, portfolio, place: null, country: null } : null;
}

/** A country or a demonym at j ("الأردن", "والسعودية", "الأردني"). */
function countryAt(r: ListReader, j: number, coordinated: boolean): ItemHead | null {
  const geo = r.tags.geoAt.get(j);
  if (!geo || geo.from !== j || (geo.kind !== "country" && geo.kind !== "demonym")) return null;
  if (coordinated !== startsWithAnd(r.toks[j])) return null;
  const place: Span = { from: j, to: geo.to, strip: coordinated ? andLength() : 0 };
  return { from: j, to: geo.to, portfolio: null, place, country: geo.code };
}

function isPortfolioWord(r: ListReader, k: number): boolean {
  const tok = r.toks[k];
  return !!tok && !tok.punct && r.words.isTitleWord(tok) && !r.words.isGivenNameToken(tok);
}

function startsWithAnd(tok: Token | undefined): boolean {
  return !!tok && !tok.punct && tok.norm.startsWith(arabicMorphology().clitics.and);
}

const andLength = (): number => arabicMorphology().clitics.and.length;

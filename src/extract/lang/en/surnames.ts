// The article-wide pass over names: a surname met once ("Ali Larijani") is a mention wherever it stands alone, and "Sheikh Tahnoun" is "Tahnoun bin Zayed".
import type { PersonMention } from "../../mentions.ts";
import { cleanName, nameKeyOf } from "./persons.ts";
import type { EnglishWords, SentenceTags } from "./words.ts";

/** Names of the "X bin Y" shape are short-named by their first word ("Prince Faisal"), never by the last. */
const PATRONYMIC = new Set(["bin", "ibn", "bint", "binti", "ben", "ould"]);

export interface KnownNames {
  /** Last words of full names (and the parts of a hyphenated one): "larijani", "abdollahian". */
  surnames: Set<string>;
  /** Full name keys, first words of patronymic names, for "Sheikh Tahnoun" -> "Tahnoun bin Zayed Al Nahyan". */
  patronymic: string[][];
  /** Family names of patronymic names ("Al Thani" -> the full keys of everyone of that family in the article). */
  families: Map<string, string[][]>;
  /** Full name keys of two words or more that are no patronymic names ("shehbaz sharif", "xi jinping"). */
  full: string[][];
}

export function knownNames(persons: readonly PersonMention[], words: EnglishWords): KnownNames {
  const surnames = new Set<string>();
  const patronymic: string[][] = [];
  const families = new Map<string, string[][]>();
  const full: string[][] = [];
  for (const p of persons) {
    const key = p.nameKey;
    if (key.length < 2) continue;
    if (key.some((w) => PATRONYMIC.has(w))) {
      patronymic.push(key);
      const family = key.length >= 3 && key[key.length - 2] === "al" ? key[key.length - 1] : undefined;
      const known = family ? (families.get(family) ?? []) : [];
      if (family && !known.some((k) => k.join(" ") === key.join(" "))) families.set(family, [...known, key]);
      continue;
    }
    if (!full.some((k) => k.join(" ") === key.join(" "))) full.push(key);
    const last = key[key.length - 1];
    if (!last || last.length < 3 || words.lex.particles.has(last)) continue;
    surnames.add(last);
  }
  return { surnames, patronymic, families, full };
}

/** Bare surnames ("Larijani told Gemayel"), with any unknown first names before them ("Bashir Gemayel"). */
export function findSurnames(
  words: EnglishWords,
  tags: SentenceTags,
  known: KnownNames,
  newId: () => number,
): PersonMention[] {
  const toks = tags.sentence.tokens;
  const out: PersonMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    if (tok.punct || tags.taken.has(i) || tags.geoAt.has(i) || i < tags.dateline) continue;
    if (!tok.cap && !/^\p{Ll}{1,3}-\p{Lu}/u.test(tok.text)) continue;
    const parts = nameKeyOf(tok.text);
    const last = parts[parts.length - 1];
    if (last && !known.surnames.has(last) && familyMention(words, tags, known, i, out, newId)) continue;
    if (!last || !known.surnames.has(last) || words.isFacility(toks[i + 1])) continue;
    let from = i;
    while (from > 0 && i - from < 3 && words.canBeName(tags, from - 1, 1, "bare")) from--;
    while (from > 0 && words.isParticle(toks[from - 1]!) && words.canBeName(tags, from - 2, 0, "bare"))
      from -= 2;
    for (let j = from; j <= i; j++) tags.taken.add(j);
    const a = toks[from]!;
    const s = tags.sentence;
    const name = cleanName(s.text.slice(a.start - s.start, tok.end - s.start));
    out.push({
      id: newId(),
      sentence: s.index,
      from,
      to: i + 1,
      start: a.start,
      end: tok.end,
      name,
      nameKey: nameKeyOf(name),
      titles: [],
      titleStems: [],
      country: null,
      org: null,
      counterpart: false,
    });
  }
  return out;
}

/** "Al Thani said": the family name alone, when one person of that family is named in the article. */
function familyMention(
  words: EnglishWords,
  tags: SentenceTags,
  known: KnownNames,
  i: number,
  out: PersonMention[],
  newId: () => number,
): boolean {
  const toks = tags.sentence.tokens;
  const tok = toks[i]!;
  const prev = toks[i - 1];
  const glued = /^al-/iu.test(tok.text);
  const parts = nameKeyOf(tok.text);
  const family = parts[parts.length - 1] ?? "";
  const keys = known.families.get(family);
  if (!keys || keys.length !== 1 || words.isFacility(toks[i + 1])) return false;
  const from = glued ? i : prev?.base === "al" && !tags.taken.has(i - 1) ? i - 1 : -1;
  if (from < 0) return false;
  for (let j = from; j <= i; j++) tags.taken.add(j);
  const s = tags.sentence;
  const a = toks[from]!;
  out.push({
    id: newId(),
    sentence: s.index,
    from,
    to: i + 1,
    start: a.start,
    end: tok.end,
    name: cleanName(s.text.slice(a.start - s.start, tok.end - s.start)),
    nameKey: [...keys[0]!],
    titles: [],
    titleStems: [],
    country: null,
    org: null,
    counterpart: false,
  });
  return true;
}

/**
 * "Sheikh Tahnoun" after "Sheikh Tahnoun bin Zayed Al Nahyan": the short form takes the full name's key, so that the
 * two merge (the shared clustering merges a name only with the tail of another). The last such full name wins.
 */
export function expandShortForms(persons: PersonMention[], known: KnownNames): void {
  for (const p of persons) {
    if (p.name === null || p.nameKey.length !== 1) continue;
    const word = p.nameKey[0]!;
    const candidates = known.patronymic.filter((k) => k[0] === word);
    const full = candidates[candidates.length - 1];
    if (full) {
      p.nameKey = [...full];
      continue;
    }
    // "PM Shehbaz" after "Shehbaz Sharif", "Mr Xi" after "Xi Jinping": a first word of one full name only, and
    // nobody's surname, is that person (two people who share it, "Wang Yi" and "Wang Huning", keep it apart).
    if (known.surnames.has(word)) continue;
    const firsts = known.full.filter((k) => k[0] === word);
    if (firsts.length === 1) p.nameKey = [...firsts[0]!];
  }
}

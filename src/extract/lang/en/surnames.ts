// The article-wide pass over names: a surname met once ("Ali Karimi") is a mention wherever it stands alone, and "Sheikh Rashid" is "Rashid bin Khalfan".
import { nameRules } from "../../assemble/name-rules.ts";
import { bareNameMention, type PersonMention } from "../../mentions.ts";
import { cleanName, nameKeyOf } from "./persons.ts";
import type { EnglishWords, SentenceTags } from "./words.ts";

export interface KnownNames {
  /** Last words of full names (and the parts of a hyphenated one): "moradi", "haddad". */
  surnames: Set<string>;
  /** The last patronymic full name key by its first word, for "Sheikh Rashid" -> "Rashid bin Khalfan Al Marri". */
  patronymicByFirst: Map<string, string[]>;
  /** Family names of patronymic names ("Al Rashed" -> the full keys of everyone of that family in the article). */
  families: Map<string, string[][]>;
  /** Full name keys of two words or more that are no patronymic names, by first word ("wu" -> "wu haolin"). */
  fullByFirst: Map<string, string[][]>;
  /** First words of exactly one full name and nobody's surname ("wu" of "wu haolin"): that person when bare. */
  firsts: Set<string>;
  /**
   * First words of names written family name first with a hyphenated given name ("Park Dal-won", "Moon Dal-won"):
   * the family name alone is that person even where it is also a common word ("Park said", "Moon met").
   */
  familyFirst: Set<string>;
  /** Middle words of exactly one name of three words or more ("touhid" of "Md Shohag Hossain"), with its key. */
  middles: Map<string, string[]>;
}

/** "Park Dal-won": two words, the second a given name of two syllables joined by a hyphen, the second in lower case. */
const FAMILY_FIRST_NAME = /^\p{L}+\s+\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** "... Al Rashed": the family of a patronymic name, once per distinct name. */
function addFamily(families: Map<string, string[][]>, seen: Set<string>, key: string[]): void {
  const family = key.length >= 3 && key[key.length - 2] === "al" ? key[key.length - 1] : undefined;
  const joined = key.join(" ");
  if (!family || seen.has(joined)) return;
  seen.add(joined);
  const known = families.get(family);
  if (known) known.push(key);
  else families.set(family, [key]);
}

export function knownNames(persons: readonly PersonMention[], words: EnglishWords): KnownNames {
  const surnames = new Set<string>();
  const patronymicByFirst = new Map<string, string[]>();
  const families = new Map<string, string[][]>();
  const inFamilies = new Set<string>();
  const fullByFirst = new Map<string, string[][]>();
  const fullSeen = new Set<string>();
  const titledSingles = new Set<string>();
  const familyFirst = new Set<string>();
  // Names of the "X bin Y" shape are short-named by their first word ("Prince Faisal"), never by the last.
  const lineage = nameRules().lineageParticles;
  for (const p of persons) {
    const key = p.nameKey;
    const [only] = key;
    if (key.length === 1 && only !== undefined && only.length >= 4 && p.titles.length > 0)
      titledSingles.add(only);
    if (key.length < 2) continue;
    if (key.some((w) => lineage.has(w))) {
      patronymicByFirst.set(key[0]!, key);
      addFamily(families, inFamilies, key);
      continue;
    }
    // "Chinese Vice Foreign Minister Sun Weilin": a name of two words from a country that writes the family
    // name first is that name's first word later on ("Sun later called on …").
    const eastern = key.length === 2 && p.country !== null && words.lex.familyFirstCountries.has(p.country);
    if ((p.name !== null && FAMILY_FIRST_NAME.test(p.name)) || eastern) familyFirst.add(key[0]!);
    const joined = key.join(" ");
    if (!fullSeen.has(joined)) {
      fullSeen.add(joined);
      const same = fullByFirst.get(key[0]!);
      if (same) same.push(key);
      else fullByFirst.set(key[0]!, [key]);
    }
    const last = key[key.length - 1];
    if (!last || last.length < 3 || words.lex.particles.has(last)) continue;
    surnames.add(last);
  }
  // "Foreign Minister Sugiarto": one who goes by one name, announced by a title, is that name alone later on;
  // not a given name, nor the first word of a full name ("PM Anwar" is "Anwar Hashim").
  for (const w of titledSingles) {
    const lex = words.lex;
    if (fullByFirst.has(w) || lex.givenNames.has(w) || lex.particles.has(w) || lex.commonWords.has(w))
      continue;
    surnames.add(w);
  }
  const firsts = new Set<string>();
  for (const [w, keys] of fullByFirst)
    if (keys.length === 1 && !surnames.has(w) && !words.lex.particles.has(w)) firsts.add(w);
  for (const w of familyFirst) if (!firsts.has(w)) familyFirst.delete(w);
  const middles = middleWords([...fullByFirst.values()].flat(), surnames, firsts, words);
  return { surnames, patronymicByFirst, families, fullByFirst, firsts, familyFirst, middles };
}

/** Words inside one full name only (not its first or last), that are nobody's surname or first word. */
function middleWords(
  keys: readonly string[][],
  surnames: ReadonlySet<string>,
  firsts: ReadonlySet<string>,
  words: EnglishWords,
): Map<string, string[]> {
  const found = new Map<string, string[] | null>();
  for (const key of keys) {
    for (const w of key.slice(1, -1)) {
      if (w.length < 4 || words.lex.particles.has(w) || surnames.has(w) || firsts.has(w)) continue;
      const seen = found.get(w);
      found.set(w, seen === undefined || seen?.join(" ") === key.join(" ") ? key : null);
    }
  }
  return new Map([...found].filter((e): e is [string, string[]] => e[1] !== null));
}

/** Bare surnames ("Karimi told Haddad"), with any unknown first names before them ("Samir Haddad"). */
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
    // "Li said", after "Li Wenhao": the first word of one full name, standing alone, is that person.
    const next = toks[i + 1];
    const alone = !next || next.punct || !next.cap;
    const common = words.isCommon(tok) && !known.familyFirst.has(last ?? "");
    const first = parts.length === 1 && known.firsts.has(last ?? "") && !common && alone && !tok.possessive;
    // "Shohag held a phone call", after "Md Shohag Hossain": the one name whose middle word it is.
    const middle = parts.length === 1 && alone && !common ? known.middles.get(last ?? "") : undefined;
    if (middle) {
      tags.taken.add(i);
      out.push(spanMention(tags, i, i, newId, [...middle]));
      continue;
    }
    if (!last || !(known.surnames.has(last) || first) || words.isFacility(toks[i + 1])) continue;
    let from = i;
    while (!first && from > 0 && i - from < 3 && words.canBeName(tags, from - 1, 1, "bare")) from--;
    while (
      !first &&
      from > 0 &&
      words.isParticle(toks[from - 1]!) &&
      words.canBeName(tags, from - 2, 0, "bare")
    )
      from -= 2;
    for (let j = from; j <= i; j++) tags.taken.add(j);
    out.push(spanMention(tags, from, i, newId));
  }
  return out;
}

/** The name written over tokens from..i as a mention, keyed by its own words unless a known key is given. */
function spanMention(
  tags: SentenceTags,
  from: number,
  i: number,
  newId: () => number,
  nameKey?: string[],
): PersonMention {
  const s = tags.sentence;
  const a = s.tokens[from]!;
  const tok = s.tokens[i]!;
  const name = cleanName(s.text.slice(a.start - s.start, tok.end - s.start));
  return bareNameMention({
    id: newId(),
    sentence: s.index,
    from,
    to: i + 1,
    start: a.start,
    end: tok.end,
    name,
    nameKey: nameKey ?? nameKeyOf(name),
  });
}

/** "Al Rashed said": the family name alone, when one person of that family is named in the article. */
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
  out.push(spanMention(tags, from, i, newId, [...keys[0]!]));
  return true;
}

/**
 * "Sheikh Rashid" after "Sheikh Rashid bin Khalfan Al Marri": the short form takes the full name's key, so that the
 * two merge (the shared clustering merges a name only with the tail of another). The last such full name wins.
 */
export function expandShortForms(persons: PersonMention[], known: KnownNames): void {
  for (const p of persons) {
    if (p.name === null || p.nameKey.length !== 1) continue;
    const word = p.nameKey[0]!;
    const full = known.patronymicByFirst.get(word);
    if (full) {
      p.nameKey = [...full];
      continue;
    }
    // "PM Tariq" after "Tariq Anwar", "Mr Li" after "Li Wenhao": a first word of one full name only, and
    // nobody's surname, is that person (two people who share it, "Wang Lei" and "Wang Jun", keep it apart).
    if (known.surnames.has(word)) continue;
    const firsts = known.fullByFirst.get(word) ?? [];
    if (firsts.length === 1) p.nameKey = [...firsts[0]!];
  }
}

/**
 * "President Karim" in an article that says "Karimi" everywhere else: a one-word name one letter away from a name
 * the article uses more often is a typo of it and takes its key. Names of fewer than five letters, other first
 * letters, and a feminine "-a" ending ("Karimov" / "Karimova": two people) are left alone.
 */
export function mergeTypos(persons: PersonMention[]): void {
  const count = new Map<string, number>();
  for (const p of persons) {
    const last = p.nameKey[p.nameKey.length - 1];
    if (p.name !== null && last) count.set(last, (count.get(last) ?? 0) + 1);
  }
  const words = [...count.keys()].filter((w) => w.length >= 5);
  const byPrefix = new Map<string, string[]>();
  for (const w of words) byPrefix.set(w.slice(0, 2), [...(byPrefix.get(w.slice(0, 2)) ?? []), w]);
  for (const p of persons) {
    if (p.name === null || p.nameKey.length !== 1) continue;
    const w = p.nameKey[0]!;
    const better = (byPrefix.get(w.slice(0, 2)) ?? []).find(
      (v) => v !== w && count.get(v)! > count.get(w)! && oneEditApart(w, v) && !feminineOf(w, v),
    );
    if (better) p.nameKey = [better];
  }
}

const feminineOf = (a: string, b: string): boolean => a === `${b}a` || b === `${a}a`;

/** One letter inserted, dropped or changed. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

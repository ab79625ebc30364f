// What the article knows about its people while events are read: who is who by name, their countries and titles, and groups ("the two ministers").
import { nameRules } from "../../assemble/name-rules.ts";
import { phraseAt } from "./phrase-at.ts";
import type { PersonMention } from "../../mentions.ts";
import type { EnglishLexicon } from "./lexicon.ts";
import { titleStem } from "./stems.ts";
import type { EnSentence } from "./tokens.ts";

/** "the two leaders", "both ministers", "they": a group of people named before. */
export interface PluralRef {
  sentence: number;
  from: number;
  to: number;
  /** The stem the group's members share ("minister"), or "" for anyone. */
  head: string;
}

/** How many sentences back "the two leaders" may reach for the people it means. */
const GROUP_LOOKBACK = 12;

/** "the two discussed …": a verb in the past right after "the two". */
const PAST_VERB = /^\p{Ll}+ed$/u;

const pairVerb = (lex: EnglishLexicon, text: string): boolean =>
  PAST_VERB.test(text) || lex.pairAdverbs.has(text);

/** One person's identity inside the article: the surname, or the whole name for "X bin Y" names. */
export function personKey(m: PersonMention): string | null {
  if (m.name === null || m.nameKey.length === 0) return null;
  return m.nameKey.some((w) => nameRules().lineageParticles.has(w))
    ? m.nameKey.join(" ")
    : (m.nameKey[m.nameKey.length - 1] ?? null);
}

export class ArticlePeople {
  private readonly countryOf = new Map<string, string>();
  private readonly stemsOf = new Map<string, Set<string>>();
  private readonly ambassadors = new Set<string>();
  private readonly mentionOf = new Map<number, PersonMention>();
  private readonly namedIn = new Map<number, PersonMention[]>();
  /**
   * Surnames that two people of the article share ("Kemal Aras", "Selin Aras"): each full name is its own person,
   * and the surname alone is the first of them named (the one the story is about; a spouse comes later).
   */
  private readonly namesakes = new Map<string, string[]>();

  constructor(readonly persons: readonly PersonMention[]) {
    for (const p of persons) {
      const key = personKey(p);
      const first = p.nameKey[0];
      if (key === null || p.nameKey.length < 2 || key.includes(" ") || first === undefined) continue;
      const firsts = this.namesakes.get(key) ?? [];
      if (!firsts.includes(first)) firsts.push(first);
      this.namesakes.set(key, firsts);
    }
    for (const [key, firsts] of this.namesakes) if (firsts.length < 2) this.namesakes.delete(key);
    for (const p of persons) {
      this.mentionOf.set(p.id, p);
      const inSentence = this.namedIn.get(p.sentence) ?? [];
      inSentence.push(p);
      this.namedIn.set(p.sentence, inSentence);
      const key = this.keyFor(p);
      if (!key) continue;
      if (p.country && !this.countryOf.has(key)) this.countryOf.set(key, p.country);
      const stems = this.stemsOf.get(key) ?? new Set<string>();
      for (const s of p.titleStems) stems.add(s);
      this.stemsOf.set(key, stems);
      if (p.titleStems.some((s) => s === "ambassador" || s === "consul")) this.ambassadors.add(key);
    }
  }

  byId(id: number): PersonMention | undefined {
    return this.mentionOf.get(id);
  }

  /** The person a mention names: its surname (personKey), told apart by the first name among namesakes. */
  private keyFor(m: PersonMention): string | null {
    const key = personKey(m);
    const firsts = key === null ? undefined : this.namesakes.get(key);
    if (!firsts) return key;
    const first = m.nameKey.length >= 2 ? m.nameKey[0]! : firsts[0]!;
    return `${first} ${key}`;
  }

  /** The people named in one sentence, in the order the article has them (an index: no scan of the article). */
  inSentence(sentence: number): readonly PersonMention[] {
    return this.namedIn.get(sentence) ?? [];
  }

  /** The country of a mention, from itself or from another mention of the same person. */
  country(id: number): string | null {
    const m = this.byId(id);
    if (!m) return null;
    const key = this.keyFor(m);
    return m.country ?? (key ? (this.countryOf.get(key) ?? null) : null);
  }

  stems(id: number): string[] {
    const m = this.byId(id);
    const key = m ? this.keyFor(m) : null;
    return [...(key ? (this.stemsOf.get(key) ?? []) : (m?.titleStems ?? []))];
  }

  keyOf(id: number): string | null {
    const m = this.byId(id);
    return m ? this.keyFor(m) : null;
  }

  /** Two mentions of one person (by name; a role mention is only itself). */
  same(a: number, b: number): boolean {
    if (a === b) return true;
    const ka = this.keyOf(a);
    return ka !== null && ka === this.keyOf(b);
  }

  /** Posted abroad: an ambassador meeting officials of the country he lives in is no visitor. */
  isResident(id: number): boolean {
    const m = this.byId(id);
    const key = m ? this.keyFor(m) : null;
    return !!key && this.ambassadors.has(key);
  }

  /**
   * The two people a plural reference most likely means: the last two named before it, of the right title if said
   * (else `firstPair`, the article's first two who met, when given).
   * Read back sentence by sentence, at most GROUP_LOOKBACK of them, and no further than needed.
   */
  group(ref: PluralRef, exclude: readonly number[], firstPair: readonly number[] = []): number[] {
    const excluded = new Set(exclude.map((id) => this.byId(id)).map((m) => (m ? this.keyFor(m) : null)));
    const seen = new Map<string, number>();
    let fitting = 0;
    const enough = () => (ref.head ? fitting >= 2 : seen.size >= 2);
    for (let s = ref.sentence; s >= 0 && s > ref.sentence - GROUP_LOOKBACK && !enough(); s--) {
      const named = this.inSentence(s);
      for (let k = named.length - 1; k >= 0 && !enough(); k--) {
        const p = named[k]!;
        if (s === ref.sentence && p.to > ref.from) continue;
        const key = this.keyFor(p);
        if (!key || excluded.has(key) || seen.has(key)) continue;
        seen.set(key, p.id);
        if (ref.head && this.stemsOf.get(key)?.has(ref.head)) fitting++;
      }
    }
    const all = [...seen.entries()];
    const fits = ref.head ? all.filter(([key]) => this.stemsOf.get(key)?.has(ref.head)) : all;
    // "the two Heads of State" when no two named people hold that title: the pair the article is about (the
    // first two who met), not whoever was named last.
    if (fits.length < 2 && firstPair.length === 2) return [...firstPair];
    const chosen = (fits.length >= 2 ? fits : all).slice(0, 2);
    return chosen.length === 2 ? chosen.map(([, id]) => id) : [];
  }
}

/** Plural references of a sentence: "the two presidents", "both leaders", "the ministers", "they", "the two". */
export function findPlurals(sentence: EnSentence, lex: EnglishLexicon): PluralRef[] {
  const toks = sentence.tokens;
  const out: PluralRef[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (lex.pluralPronouns.has(t.base)) {
      out.push({ sentence: sentence.index, from: i, to: i + 1, head: "" });
      continue;
    }
    const counted = t.base === "two" || t.base === "both";
    if (!counted && t.base !== "the") continue;
    let j = i + 1;
    if (t.base === "the" && toks[j]?.base === "two") j++;
    while (toks[j] && lex.titleWords.has(toks[j]!.base) && !lex.pluralHeads.has(toks[j]!.base)) j++;
    const m = toks[j] ? phraseAt(lex.pluralHeads, toks, j, j + 4) : null;
    if (m) {
      out.push({ sentence: sentence.index, from: i, to: j + m.length, head: titleStem(m.payloads[0] ?? "") });
      i = j + m.length - 1;
    } else if (t.base === "the" && toks[i + 1]?.base === "two" && pairVerb(lex, toks[i + 2]?.text ?? "")) {
      // "the two discussed …": the numeral alone stands for the pair.
      out.push({ sentence: sentence.index, from: i, to: i + 2, head: "" });
      i += 1;
    }
  }
  return out;
}

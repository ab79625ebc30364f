// What the article knows about its people while events are read: who is who by name, their countries and titles, and groups ("the two ministers").
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

const PATRONYMIC = new Set(["bin", "ibn", "bint", "binti", "ben", "ould"]);

/** One person's identity inside the article: the surname, or the whole name for "X bin Y" names. */
export function personKey(m: PersonMention): string | null {
  if (m.name === null || m.nameKey.length === 0) return null;
  return m.nameKey.some((w) => PATRONYMIC.has(w))
    ? m.nameKey.join(" ")
    : (m.nameKey[m.nameKey.length - 1] ?? null);
}

export class ArticlePeople {
  private readonly countryOf = new Map<string, string>();
  private readonly stemsOf = new Map<string, Set<string>>();
  private readonly ambassadors = new Set<string>();

  constructor(readonly persons: readonly PersonMention[]) {
    for (const p of persons) {
      const key = personKey(p);
      if (!key) continue;
      if (p.country && !this.countryOf.has(key)) this.countryOf.set(key, p.country);
      const stems = this.stemsOf.get(key) ?? new Set<string>();
      for (const s of p.titleStems) stems.add(s);
      this.stemsOf.set(key, stems);
      if (p.titleStems.some((s) => s === "ambassador" || s === "consul")) this.ambassadors.add(key);
    }
  }

  byId(id: number): PersonMention | undefined {
    return this.persons.find((p) => p.id === id);
  }

  /** The country of a mention, from itself or from another mention of the same person. */
  country(id: number): string | null {
    const m = this.byId(id);
    if (!m) return null;
    const key = personKey(m);
    return m.country ?? (key ? (this.countryOf.get(key) ?? null) : null);
  }

  stems(id: number): string[] {
    const m = this.byId(id);
    const key = m ? personKey(m) : null;
    return [...(key ? (this.stemsOf.get(key) ?? []) : (m?.titleStems ?? []))];
  }

  keyOf(id: number): string | null {
    const m = this.byId(id);
    return m ? personKey(m) : null;
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
    const key = m ? personKey(m) : null;
    return !!key && this.ambassadors.has(key);
  }

  /** The two people a plural reference most likely means: the last two named before it, of the right title if said. */
  group(ref: PluralRef, exclude: readonly number[]): number[] {
    const excluded = new Set(exclude.map((id) => this.byId(id)).map((m) => (m ? personKey(m) : null)));
    const seen = new Map<string, number>();
    const before = this.persons.filter(
      (p) => p.sentence < ref.sentence || (p.sentence === ref.sentence && p.to <= ref.from),
    );
    for (const p of [...before].reverse()) {
      const key = personKey(p);
      if (key && !excluded.has(key) && !seen.has(key)) seen.set(key, p.id);
    }
    const all = [...seen.entries()];
    const fitting = ref.head ? all.filter(([key]) => this.stemsOf.get(key)?.has(ref.head)) : all;
    const chosen = (fitting.length >= 2 ? fitting : all).slice(0, 2);
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
    const m = toks[j]
      ? lex.pluralHeads.match(
          [toks[j]!.base],
          toks.slice(j + 1, j + 4).map((x) => x.base),
        )
      : null;
    if (m) {
      out.push({ sentence: sentence.index, from: i, to: j + m.length, head: titleStem(m.payloads[0] ?? "") });
      i = j + m.length - 1;
    } else if (
      t.base === "the" &&
      toks[i + 1]?.base === "two" &&
      /^(?:\p{Ll}+ed|also|then|later|jointly)$/u.test(toks[i + 2]?.text ?? "")
    ) {
      // "the two discussed …": the numeral alone stands for the pair.
      out.push({ sentence: sentence.index, from: i, to: i + 2, head: "" });
      i += 1;
    }
  }
  return out;
}

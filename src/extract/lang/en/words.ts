// Word classes over one English sentence's tokens: titles, honorifics, particles, and which capitalised words can be names.
import type { GeoMention, OrgMention } from "../../mentions.ts";
import { surnameAfterGiven } from "./dates.ts";
import { phraseAt } from "./phrase-at.ts";
import type { EnglishLexicon } from "./lexicon.ts";
import type { Acronym } from "./orgs.ts";
import type { EnSentence, EnToken } from "./tokens.ts";

/** What is already known about each token of a sentence before persons are looked for. */
export interface SentenceTags {
  sentence: EnSentence;
  geoAt: Map<number, GeoMention>;
  orgAt: Map<number, OrgMention>;
  dateAt: Set<number>;
  /** Tokens already inside a person mention. */
  taken: Set<number>;
  /** Tokens of the dateline ("BAKU, July 15 (Reuters) -"): never names. */
  dateline: number;
  /** A title-case line (a headline): capitalised ordinary words there say nothing about names. */
  headline: boolean;
  acronyms: ReadonlyMap<string, Acronym>;
}

/** How a name is looked for: after a title or honorific a capitalised ordinary word may be a name ("President Young"). */
export type NameContext = "titled" | "bare";

const INITIAL = /^\p{Lu}\.$/u;
/** "King Nayef II". */
const ROMAN = /^(?:II|III|IV|VI|VII|VIII)$/u;

/** Lengths of the phrases (heads, honorifics, counterparts) at each token of one sentence, computed once. */
interface PhraseLengths {
  head: Int8Array;
  honorific: Int8Array;
  counterpart: Int8Array;
}

export class EnglishWords {
  /** Memo per sentence (its token array): the matchers are the hot path of name finding. */
  private readonly lengths = new WeakMap<readonly EnToken[], PhraseLengths>();

  constructor(readonly lex: EnglishLexicon) {}

  private phraseLengths(toks: readonly EnToken[]): PhraseLengths {
    const known = this.lengths.get(toks);
    if (known) return known;
    const n = toks.length;
    const out: PhraseLengths = {
      head: new Int8Array(n),
      honorific: new Int8Array(n),
      counterpart: new Int8Array(n),
    };
    const lex = this.lex;
    for (let i = 0; i < n; i++) {
      const t = toks[i]!;
      if (t.punct) continue;
      out.head[i] = phraseAt(lex.titleHeads, toks, i, i + 4)?.length ?? 0;
      // "HE" (His Excellency, Gulf style) in capitals is an honorific; "He" is the pronoun.
      out.honorific[i] =
        t.text === "HE" && toks[i + 1]?.cap
          ? 1
          : t.cap
            ? (phraseAt(lex.honorifics, toks, i, i + 4)?.length ?? 0)
            : 0;
      out.counterpart[i] = phraseAt(lex.counterpart, toks, i, i + 4)?.length ?? 0;
    }
    this.lengths.set(toks, out);
    return out;
  }

  isFunction(t: EnToken): boolean {
    return this.lex.functionWords.has(t.base);
  }

  isCommon(t: EnToken): boolean {
    return this.lex.commonWords.has(t.base) && !this.lex.givenNames.has(t.base);
  }

  isGiven(t: EnToken): boolean {
    return this.lex.givenNames.has(t.base);
  }

  isParticle(t: EnToken): boolean {
    return !t.punct && this.lex.particles.has(t.base) && !t.upper;
  }

  /** Length of the title head ("President", "Prime Minister", "Rear Admiral") at i, or 0. */
  headAt(toks: readonly EnToken[], i: number): number {
    return i >= 0 && i < toks.length ? (this.phraseLengths(toks).head[i] ?? 0) : 0;
  }

  headText(toks: readonly EnToken[], i: number): string | null {
    const t = toks[i];
    if (!t || t.punct) return null;
    return this.lex.titleHeads.match([t.base], this.rest(toks, i))?.payloads[0] ?? null;
  }

  isTitleWord(t: EnToken): boolean {
    return !t.punct && this.lex.titleWords.has(t.base);
  }

  honorificAt(toks: readonly EnToken[], i: number): number {
    return i >= 0 && i < toks.length ? (this.phraseLengths(toks).honorific[i] ?? 0) : 0;
  }

  /** Honorifics and ranks in a row from i ("His Highness Sheikh"); the index after them. */
  honorificRun(toks: readonly EnToken[], i: number): number {
    let k = i;
    for (let h = this.honorificAt(toks, k); h > 0; h = this.honorificAt(toks, k)) k += h;
    return k;
  }

  counterpartAt(toks: readonly EnToken[], i: number): number {
    return i >= 0 && i < toks.length ? (this.phraseLengths(toks).counterpart[i] ?? 0) : 0;
  }

  /** "UN", "EU's", "U.N.": the acronym of a body that serves no one state, written in capitals. */
  isInternationalBody(t: EnToken | undefined): boolean {
    // "the bloc's foreign policy chief", "the alliance's secretary general": the body named by a common noun.
    if (t && t.possessive && !t.cap && this.lex.bodyNouns.has(t.base)) return true;
    if (!t || t.punct || !this.lex.internationalBodies.has(t.base)) return false;
    const bare = t.text.replace(/[’']s$/u, "");
    return bare === bare.toUpperCase();
  }

  isFacility(t: EnToken | undefined): boolean {
    return !!t && !t.punct && t.cap && this.lex.facilityHeads.has(t.base);
  }

  private rest(toks: readonly EnToken[], i: number): string[] {
    return toks.slice(i + 1, i + 4).map((x) => x.base);
  }

  /**
   * "General Secretary To Lam", "President Ho …": right after a title, a capitalised function word of three
   * letters at most, a facility's word ("Park") or a body's ("Duma"), opens a name when a capitalised name word
   * that is no ordinary word follows it (Vietnamese, Chinese and Korean family names).
   */
  private shortNameAfterTitle(toks: readonly EnToken[], i: number): boolean {
    const t = toks[i]!;
    const next = toks[i + 1];
    // "Prime Minister Park Hyun-tae": a facility's word (a park) may be a family name too, and so may a body's
    // word be a given name ("President Duma Kgosi").
    const short = t.base.length <= 3 && this.lex.functionWords.has(t.base);
    const bodyWord = this.lex.orgHeads.match([t.base], []) !== null;
    if (!t.cap || t.upper || !(short || bodyWord || this.lex.facilityHeads.has(t.base))) return false;
    if (!next || next.punct || !next.cap || next.upper || this.isCommon(next)) return false;
    return !this.lex.functionWords.has(next.base) && !this.isNeverName(toks, i + 1);
  }

  /** A word never read as part of a name: function words, months, weekdays, titles, honorifics, bodies. */
  private isNeverName(toks: readonly EnToken[], i: number): boolean {
    const t = toks[i]!;
    const lex = this.lex;
    return (
      lex.functionWords.has(t.base) ||
      (lex.months.has(t.base) && !lex.givenNames.has(t.base)) ||
      lex.weekdays.has(t.base) ||
      this.isTitleWord(t) ||
      this.headAt(toks, i) > 0 ||
      this.honorificAt(toks, i) > 0 ||
      this.counterpartAt(toks, i) > 0 ||
      lex.orgHeads.match([t.base], []) !== null ||
      lex.facilityHeads.has(t.base) ||
      lex.meetingNouns.has(t.base) ||
      lex.visitNouns.has(t.base)
    );
  }

  /**
   * Whether token i can be word `position` of a name (0 = first). Names are capitalised words (or "al-Haddad");
   * they stop at punctuation, numbers, places, dates, acronyms, titles and function words. Without a title before
   * them, ordinary words ("Monday", "Trend", "Meanwhile") are not names unless the given-names list has them;
   * after a title two ordinary words are allowed ("President Young", "Minister Rose Young"), but not three in a row.
   */
  canBeName(tags: SentenceTags, i: number, position: number, context: NameContext): boolean {
    const toks = tags.sentence.tokens;
    const t = toks[i];
    if (!t || t.punct || /\d/.test(t.base) || i < tags.dateline) return false;
    if (tags.geoAt.has(i) || tags.dateAt.has(i) || tags.taken.has(i) || tags.orgAt.has(i)) return false;
    if (INITIAL.test(t.text) || ROMAN.test(t.text)) return position > 0;
    const prev = position > 0 ? toks[i - 1] : undefined;
    if (this.isParticle(t)) return position > 0 || (t.cap && this.canBeName(tags, i + 1, 1, context));
    if (!t.cap && !this.lex.gluedParticle.test(t.text)) return false;
    if (t.upper && !tags.headline) return false;
    if (prev && this.isParticle(prev)) return !this.lex.functionWords.has(t.base);
    if (position > 0 && this.lex.months.has(t.base) && surnameAfterGiven(this.lex, toks, i)) return true;
    if (context === "titled" && position === 0 && this.shortNameAfterTitle(toks, i)) return true;
    if (this.isNeverName(toks, i)) return false;
    if (this.isGiven(t) || !this.isCommon(t)) return true;
    if (tags.headline) return false;
    // "Mohammed Saleem Bell": after two name words that are no ordinary words, a capitalised ordinary word ends the name.
    if (context === "bare") {
      const two = toks[i - 2];
      return (
        position >= 2 &&
        !!prev &&
        !!two &&
        !this.isParticle(prev) &&
        [prev, two].every(
          (w, back) => w.cap && !w.punct && !this.isCommon(w) && !this.isNeverName(toks, i - 1 - back),
        )
      );
    }
    // After a title, a name of two ordinary words stays whole ("Foreign Minister Rose Young": both are in the
    // frequency list); a third ordinary word in a row is prose again.
    const two = toks[i - 2];
    return position <= 1 || !(prev && this.isCommon(prev) && two && this.isCommon(two));
  }

  /** The name words from k; trailing particles are given back; a possessive word ends the name ("Haddad's"). */
  nameRun(
    tags: SentenceTags,
    k: number,
    context: NameContext,
    maxWords = 6,
  ): { from: number; to: number } | null {
    const toks = tags.sentence.tokens;
    let to = k;
    let count = 0;
    while (to < toks.length && count < maxWords && this.canBeName(tags, to, to - k, context)) {
      if (!this.isParticle(toks[to]!)) count++;
      to++;
      if (toks[to - 1]!.possessive) break;
    }
    while (to > k && this.isParticle(toks[to - 1]!)) to--;
    if (to === k) return null;
    // "President of the Russian Academy of Sciences": one ordinary word followed by "of" names a body, not a person.
    if (to - k === 1 && this.isCommon(toks[k]!) && toks[to]?.base === "of") return null;
    // "Hamad International Airport", "George P. Sheldon Center": a place or body named after a person.
    if (this.facilityNamedFrom(toks, to)) return null;
    return { from: k, to };
  }

  /** Whether the capitalised words from `at` (up to five, no possessive between) end on a facility's word. */
  facilityNamedFrom(toks: readonly EnToken[], at: number): boolean {
    for (let k = at; k < toks.length && toks[k]!.cap && k - at < 5; k++) {
      if (k > at && toks[k - 1]!.possessive) return false;
      if (this.isFacility(toks[k])) return true;
    }
    return false;
  }
}

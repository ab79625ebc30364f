// Word classes of Persian text: what may be part of a name, and what ends one (function words, verbs, titles,
// event words, places, dates). Persian has no capitals: a name's edges come from these classes alone.
import type { GeoMention } from "../../mentions.ts";
import { ZWNJ } from "../../text/chars.ts";
import { fold } from "../../text/fold.ts";
import { suffixReadings } from "../../text/suffixes.ts";
import type { Sentence, Token } from "../../text/tokenize.ts";
import type { PersianLexicon } from "./lexicon.ts";

/** What the earlier passes found in one sentence, by token index. */
export interface SentenceTags {
  sentence: Sentence;
  /** The tokens' folded forms, computed once. */
  norms: string[];
  geoAt: Map<number, GeoMention>;
  dateAt: Set<number>;
  /** Tokens already part of a person's name or title. */
  taken: Set<number>;
}

const ARABIC_LETTER = /\p{Script=Arabic}/u;

export class PersianWords {
  private readonly boundaries: Set<string>;

  constructor(readonly lex: PersianLexicon) {
    const phraseWords = [
      lex.withWords,
      lex.fromWords,
      lex.toWords,
      lex.heldVerbs,
      lex.anaphora,
      lex.relativeMarkers,
      lex.clauseBreakers,
      lex.between,
      lex.counterpart,
      lex.visitNouns,
      lex.placeCues,
      lex.relativeWeekdayPast,
      lex.relativeWeekdayNext,
    ];
    this.boundaries = new Set([
      ...lex.functionWords,
      ...lex.titleWords,
      ...phraseWords.flatMap((s) => [...s]),
    ]);
  }

  isGivenName(norm: string): boolean {
    return this.lex.givenNames.has(norm) || this.lex.givenNames.has(this.withoutSayyid(norm));
  }

  /** "سیدعباس": an honorific written onto a given name, left out. */
  withoutSayyid(norm: string): string {
    const prefix = this.lex.gluedPrefixes.find((p) => norm.startsWith(p) && norm.length >= p.length + 3);
    return prefix ? norm.slice(prefix.length) : norm;
  }

  /** "هواپیمای": a noun in construct (written ezafe), whose complement is no name. */
  inConstruct(norm: string): boolean {
    return norm.length >= 4 && this.lex.ezafeEndings.some((e) => norm.endsWith(e)) && !this.isGivenName(norm);
  }

  /** Whether the word at i can be part of a person's name. */
  isNameWord(tags: SentenceTags, i: number): boolean {
    const tok = tags.sentence.tokens[i];
    if (!tok || tok.punct || tags.taken.has(i) || tags.geoAt.has(i) || tags.dateAt.has(i)) return false;
    if (this.lex.regnalOrdinals.has(tok.norm)) return this.opensRegnalName(tags, i - 1);
    return this.nameLike(tok);
  }

  /** "فیلیپه ششم": an ordinal goes on a name whose word before it is a given name or no frequent word. */
  private opensRegnalName(tags: SentenceTags, i: number): boolean {
    const norm = tags.norms[i] ?? "";
    if (i < 0 || this.lex.regnalOrdinals.has(norm) || !this.isNameWord(tags, i)) return false;
    return this.isGivenName(norm) || !this.lex.commonWords.has(norm);
  }

  /** `pluralsToo`: a word shaped like a plural may still be a foreign name ("سیبیها") where the context says so. */
  nameLike(tok: Token, pluralsToo = false): boolean {
    const w = tok.norm;
    if (!ARABIC_LETTER.test(w) || /\d/.test(w)) return false;
    if (this.isGivenName(w) || this.lex.particles.has(w)) return true;
    if (this.boundaries.has(w) || this.isEventWord(w) || this.lex.presentVerb.test(w)) return false;
    if (this.lex.titleHeads.has(w) || this.lex.honorifics.has(w) || this.isCountedWord(w)) return false;
    // A plural noun ("همکاری‌ها") is no name; "کاشانه‌ای" ends in "ای" after the ZWNJ, no plural ending.
    // ("نامه‌ای", a frequent noun and the indefinite ending, is no name either.)
    const cut = tok.text.lastIndexOf(ZWNJ);
    const afterZwnj = cut > 0 ? fold(tok.text.slice(cut + 1)) : null;
    const stem = cut > 0 ? fold(tok.text.slice(0, cut)) : "";
    const ending = afterZwnj !== null && this.lex.suffixes.includes(afterZwnj);
    if (ending && !this.lex.pluralSuffixes.includes(afterZwnj)) return !this.lex.commonWords.has(stem);
    // "ریاست‌جمهوری", "نخست‌وزیری": words of posts joined into one are an office's noun, not a name.
    const postWord = (x: string) => this.lex.titleWords.has(x) || this.lex.titleHeads.has(x);
    if (afterZwnj !== null && postWord(stem) && postWord(afterZwnj)) return false;
    return pluralsToo || suffixReadings(w, this.lex.pluralSuffixes).length === 1;
  }

  /** "دوروزه", "سه‌روزه" (the ZWNJ folded away): a number word, then a unit. */
  private isCountedWord(w: string): boolean {
    const { numbers, units } = this.lex.countedWords;
    return numbers.some((n) => w.startsWith(n) && units.has(w.slice(n.length)));
  }

  isEventWord(w: string): boolean {
    const l = this.lex;
    return (
      l.meetingNouns.has(w) ||
      l.receptionNouns.has(w) ||
      l.callPhrases.has(w) ||
      l.visitVerbs.has(w) ||
      l.plannedMarkers.has(w) ||
      // A month that is also a common word or name ("جون") is a month only after a day (dates.ts), so not here.
      (l.months.has(w) && !l.monthsNeedDay.has(w)) ||
      l.weekdays.has(w) ||
      l.relativeDays.has(w)
    );
  }

  /** Where a word written without its ZWNJ or space splits into two title words ("ریاستجمهوری"), or null. */
  private titleSplit(w: string): number | null {
    for (let k = 2; k <= w.length - 2; k++)
      if (this.lex.titleWords.has(w.slice(0, k)) && this.lex.titleWords.has(w.slice(k))) return k;
    return null;
  }

  /** A title word, also with its written ezafe or a suffix ("رئیس‌الوزرای امارت اسلامی"). */
  isTitleWord(w: string): boolean {
    return suffixReadings(w, this.lex.suffixes, 3).some(
      (r) => this.lex.titleWords.has(r) || this.titleSplit(r) !== null,
    );
  }

  /** The folded words of a title, a word that joins two title words split ("رئیسجمهور" -> "رئيس", "جمهور"). */
  titleStems(title: string): string[] {
    const out: string[] = [];
    for (const w of fold(title).split(/\s+/).filter(Boolean)) {
      const cut = this.titleSplit(w);
      if (cut === null) out.push(w);
      else out.push(w.slice(0, cut), w.slice(cut));
    }
    return out;
  }
}

// Word classes over one sentence's tokens: which words are titles, honorifics, event words, places, dates or name material.
import type { GeoMention } from "../../mentions.ts";
import type { Sentence, Token } from "../../text/tokenize.ts";
import type { ArabicLexicon } from "./lexicon.ts";
import { alternation, arabicMorphology, forms, readings } from "./morphology.ts";
import { canBeName } from "./name-rules.ts";

/** What is already known about each token of a sentence before persons are looked for. */
export interface SentenceTags {
  sentence: Sentence;
  /** The geo mention covering each token, if any. */
  geoAt: Map<number, GeoMention>;
  /** Tokens inside a date expression. */
  dateAt: Set<number>;
  /** Tokens already inside a person mention. */
  taken: Set<number>;
}

/** Readings without ب/ل/ك, which so often begin names (بشار, لبيد, كمال): only و ف and the article are peeled. */
function safeForms(tok: Token): string[] {
  const { conjunctions } = arabicMorphology();
  return readings(tok.norm, tok.text)
    .filter((r) => r.prefix === "" || r.definite || conjunctions.has(r.prefix))
    .map((r) => r.word);
}

/** Letters to cut before a title so that it keeps its article: "والرئيس" -> "الرئيس", "للرئيس" -> "رئيس". */
function clitics(prefix: string): number {
  const { article } = arabicMorphology();
  if (prefix.endsWith(article)) return prefix.length - article.length;
  return prefix.length;
}

export class ArabicWords {
  private readonly m = arabicMorphology();
  /** Prefixes that carry a preposition (ب ل ك), alone or after و ف. */
  private readonly prepositionClitic: RegExp;
  /** The future prefix on a verb in the imperfect ("ستسهم"). */
  private readonly futureVerb: RegExp;
  /** Endings a frequent word may carry: the attached pronouns and the accusative alef. */
  private readonly inflections: readonly string[];

  constructor(readonly lex: ArabicLexicon) {
    this.inflections = [...lex.objectPronouns, this.m.accusativeAlef];
    const c = this.m.clitics;
    this.prepositionClitic = new RegExp(
      `^(?:${alternation([c.and, c.then])})?(?:${alternation([c.with, c.to, c.like])})`,
    );
    const p = this.m.imperfectPrefixes;
    this.futureVerb = new RegExp(
      `^${alternation([this.m.futurePrefix])}(?:${alternation([p.he, p.she, p.we])})`,
    );
  }

  isTitleWord(tok: Token): boolean {
    return forms(tok.norm, tok.text).some((f) => this.lex.titleWords.has(f));
  }

  /** Length of the title head ("رئيس", "ولي العهد", "والرئيس") at i, or 0. */
  titleHeadAt(toks: readonly Token[], i: number): number {
    return this.titleHead(toks, i)?.length ?? 0;
  }

  /** The title head at i: its length in tokens and the letters of a clitic before it ("ورئيس" -> 1; "وزير" -> 0). */
  titleHead(toks: readonly Token[], i: number): { length: number; prefix: number } | null {
    const tok = toks[i];
    if (!tok || tok.punct) return null;
    const rest = toks.slice(i + 1, i + 4).map((t) => t.norm);
    for (const r of readings(tok.norm, tok.text)) {
      const m = this.lex.titleHeads.match([r.word], rest);
      if (m && !(m.length === 1 && this.lex.spouseHeads.has(r.word) && !this.saidOf(toks, i + 1)))
        return { length: m.length, prefix: clitics(r.prefix) };
    }
    return null;
  }

  /** What a spouse's title is said of: a definite noun ("الرئيس") or another title ("رئيس الوزراء"). */
  private saidOf(toks: readonly Token[], i: number): boolean {
    const next = toks[i];
    if (!next || next.punct) return false;
    return next.norm.startsWith(this.m.article) || this.titleHead(toks, i) !== null;
  }

  honorificAt(toks: readonly Token[], i: number): number {
    return this.honorific(toks, i)?.length ?? 0;
  }

  /** The honorific at i: how many tokens, and how many letters of a clitic stand before it ("للأدميرال"). */
  honorific(toks: readonly Token[], i: number): { length: number; prefix: number } | null {
    const tok = toks[i];
    if (!tok || tok.punct) return null;
    const rest = toks.slice(i + 1, i + 4).map((t) => t.norm);
    for (const r of readings(tok.norm, tok.text)) {
      if (!(r.prefix === "" || r.definite || this.m.conjunctions.has(r.prefix))) continue;
      const m = this.lex.honorifics.match([r.word], rest);
      if (m) return { length: m.length, prefix: clitics(r.prefix) };
    }
    return null;
  }

  /**
   * "جلالته", "سموه", "معاليه": an honorific with a pronoun on it stands for the one it honours, like "he"; it is
   * never a name. The written ت before the pronoun is the honorific's ta marbuta (جلالة + ه).
   */
  isHonorificPronoun(tok: Token): boolean {
    for (const suffix of this.lex.objectPronouns) {
      if (!tok.norm.endsWith(suffix) || !tok.text.endsWith(suffix)) continue;
      const base = tok.norm.slice(0, -suffix.length);
      const bases = base.endsWith(this.m.perfectFeminine)
        ? [base, base.slice(0, -1) + this.m.taMarbuta]
        : [base];
      // With a pronoun on it, a preposition may stand before it too ("لفخامته": to His Excellency).
      const honours = (word: string) => readings(word).some((r) => !!this.lex.honorifics.match([r.word], []));
      if (bases.some(honours)) return true;
    }
    return false;
  }

  /** The country a title names by itself, starting at i ("خادم الحرمين الشريفين" -> SA), or null. */
  titleCountryAt(toks: readonly Token[], i: number): string | null {
    const tok = toks[i];
    if (!tok || tok.punct) return null;
    const rest = toks.slice(i + 1, i + 4).map((t) => t.norm);
    return this.lex.countryTitles.match(forms(tok.norm, tok.text), rest)?.payloads[0] ?? null;
  }

  isPlaceTitleWord(tok: Token): boolean {
    return forms(tok.norm, tok.text).some((f) => this.lex.placeTitleWords.has(f));
  }

  isEnvoyHead(tok: Token): boolean {
    return forms(tok.norm, tok.text).some((f) => this.lex.envoyHeads.has(f));
  }

  isHonorificAt(toks: readonly Token[], i: number): boolean {
    return this.honorificAt(toks, i) > 0;
  }

  isFunctionWord(tok: Token): boolean {
    return this.lex.functionWords.has(tok.norm);
  }

  isCommonWord(tok: Token): boolean {
    return this.lex.commonWords.has(tok.norm) || this.lex.rarerWords.has(tok.norm);
  }

  /** One of the most frequent words (not only the rarer list). */
  /** "السيد", "السيدة": an honorific of courtesy, which tells no rank nor post. */
  isCourtesy(tok: Token): boolean {
    return readings(tok.norm, tok.text).some(
      (r) =>
        (r.prefix === "" || r.definite || this.m.conjunctions.has(r.prefix)) && this.lex.courtesy.has(r.word),
    );
  }

  isFrequent(tok: Token): boolean {
    return this.lex.commonWords.has(tok.norm);
  }

  isAttendance(tok: Token): boolean {
    return this.lex.attendance.has(tok.norm);
  }

  /**
   * A head in the plural or the dual that opens a list of officials ("ووزراء", "بنظرائه", "الرئيسان"): the
   * singular head each one's title takes ("" for counterparts) and the letters of a clitic before it.
   */
  pluralTitle(tok: Token): { singular: string; prefix: number } | null {
    for (const r of readings(tok.norm, tok.text)) {
      const singular = this.lex.pluralTitles.get(r.word);
      if (singular !== undefined) return { singular, prefix: r.prefix.length };
    }
    return null;
  }

  isCounterpart(tok: Token): boolean {
    return forms(tok.norm, tok.text).some((f) => this.lex.counterpart.has(f));
  }

  isEventWord(tok: Token): boolean {
    const lex = this.lex;
    return (
      safeForms(tok).some(
        (f) =>
          lex.meetingVerbs.has(f) ||
          lex.meetingNouns.has(f) ||
          lex.visitVerbs.has(f) ||
          lex.visitNouns.has(f) ||
          lex.statementVerbs.has(f),
      ) ||
      lex.callPhrases.match(forms(tok.norm, tok.text), []) !== null ||
      lex.callWordStart.test(tok.norm)
    );
  }

  /** A verb of meeting, visiting or speaking (with و or ف before it at most). */
  isEventVerb(tok: Token): boolean {
    const lex = this.lex;
    return readings(tok.norm, tok.text)
      .filter((r) => r.prefix === "" || this.m.conjunctions.has(r.prefix))
      .some(
        (r) => lex.meetingVerbs.has(r.word) || lex.visitVerbs.has(r.word) || lex.statementVerbs.has(r.word),
      );
  }

  isGivenName(norm: string): boolean {
    return this.lex.givenNames.has(norm);
  }

  /** A given name as written: "على" (the preposition, with alef maqsura) is not "علي". */
  isGivenNameToken(tok: Token): boolean {
    const { alefMaqsura, persianYa } = this.m;
    // "على" (and "علی" as Iranian outlets type it) is the preposition; "علي" the name.
    const maqsura = tok.text.endsWith(alefMaqsura);
    if (this.lex.nameLikePrepositions.has(tok.norm) && (maqsura || tok.text.endsWith(persianYa)))
      return false;
    return this.lex.givenNames.has(tok.norm) && !maqsura;
  }

  isParticle(tok: Token): boolean {
    return this.lex.particles.has(tok.norm);
  }

  /**
   * A frequent word behind a preposition ("بقصر", "بالتهنئة", "للاطلاع", "باستقبال"): the preposition, not a
   * name that begins with ب or ل. The peeled word must be a frequent one of three letters or more.
   */
  /** "بالقصبة", "للعاصمة": a preposition and the article on a word, which opens a phrase, never a name. */
  isDefinitePrepositionPhrase(tok: Token): boolean {
    if (this.isGivenNameToken(tok)) return false;
    return readings(tok.norm, tok.text).some(
      (r) => r.definite && r.word.length >= 3 && this.prepositionClitic.test(r.prefix),
    );
  }

  isPrepositionPhrase(tok: Token): boolean {
    if (this.isGivenNameToken(tok)) return false;
    const lex = this.lex;
    const known = (w: string) => lex.commonWords.has(w) || lex.rarerWords.has(w);
    // A word in its own right ("لولا") is not ل + ولا; with the article ("للاطلاع") it is still the preposition.
    const own = lex.commonWords.has(tok.norm);
    return readings(tok.norm, tok.text).some(
      (r) =>
        this.prepositionClitic.test(r.prefix) &&
        r.word.length >= 3 &&
        // A preposition takes a noun, never a verb in the imperfect ("بيترسون" is no ب + يترسون).
        !r.word.startsWith(this.m.imperfectPrefixes.he) &&
        // With the article (بال، لل) any listed word; bare, a short rarer word may still be a surname's tail.
        (r.definite
          ? known(r.word) || known(this.m.article + r.word)
          : !own && (lex.commonWords.has(r.word) || (r.word.length >= 5 && lex.rarerWords.has(r.word)))),
    );
  }

  /**
   * "أحمد جاسم السوداني": a one-word demonym with the article, as the third word of a name, is a family name;
   * nationality follows a title, not two name words. "هزاع بن تركي": right after a lineage particle a demonym
   * is a father's name (تركي, Turki), as any word there is.
   */
  isDemonymSurname(tags: SentenceTags, i: number, position: number): boolean {
    const geo = tags.geoAt.get(i);
    const tok = tags.sentence.tokens[i];
    const prev = tags.sentence.tokens[i - 1];
    if (!geo || !tok || !prev || geo.kind !== "demonym" || geo.to - geo.from !== 1) return false;
    if (position >= 1 && this.isParticle(prev)) return true;
    return (
      position >= 2 &&
      tok.norm.startsWith(this.m.article) &&
      !tags.geoAt.has(i - 1) &&
      !this.isTitleWord(prev)
    );
  }

  /** A word that completes the name before it ("صلاح الدين", "نصر الله"). */
  isNameTail(tok: Token): boolean {
    return this.lex.nameTails.has(tok.norm);
  }

  /** A frequent word with a pronoun or an accusative alef on it ("تحياته" = تحية + ات + ه, "ضريحه", "مزيدا"). */
  isInflectedCommonWord(tok: Token): boolean {
    const common = (w: string) => this.lex.commonWords.has(w) || this.lex.rarerWords.has(w);
    const { taMarbuta, femininePlural } = this.m;
    for (const suffix of this.inflections) {
      // On the written word: a folded ta marbuta ("جمعة") would look like the pronoun ه.
      if (!tok.norm.endsWith(suffix) || !tok.text.endsWith(suffix)) continue;
      const base = tok.norm.slice(0, -suffix.length);
      if (base.length >= 3 && (common(base) || common(base + taMarbuta))) return true;
      const singular = base.slice(0, -femininePlural.length) + taMarbuta;
      if (base.endsWith(femininePlural) && base.length >= 5 && common(singular)) return true;
    }
    return false;
  }

  /**
   * "مساعدو الرئيس", "مستشارو": an agent noun in the plural before the noun it governs is a frequent word with
   * the plural's و, no name ("ماورو", "روتو" keep theirs: no frequent word is left without it).
   */
  isConstructPlural(tok: Token): boolean {
    const { prefix, ending } = this.m.constructPlural;
    if (tok.norm.length < 5 || !tok.norm.startsWith(prefix) || !tok.norm.endsWith(ending)) return false;
    const stem = tok.norm.slice(0, -ending.length);
    return this.lex.commonWords.has(stem) || this.lex.rarerWords.has(stem);
  }

  /**
   * "والوزير", "وملزم": a word that is the conjunction و on a word of the lists (known, rarer, a given name, a
   * particle). One that is not ("ورداني", "ويتكوف") may be a surname that opens with و.
   */
  isAndOnWord(tok: Token): boolean {
    const { and } = this.m.clitics;
    if (!tok.norm.startsWith(and)) return false;
    const rest = { ...tok, text: tok.text.slice(and.length), norm: tok.norm.slice(and.length) };
    return (
      this.isKnownWord(rest) ||
      this.isCommonWord(rest) ||
      this.isGivenNameToken(rest) ||
      this.isParticle(rest)
    );
  }

  /** "يؤكدان", "يبحثون" (a headline's "X وY يؤكدان"): a frequent imperfect verb in the dual or plural. */
  isNumberedVerb(tok: Token): boolean {
    const { he, she } = this.m.imperfectPrefixes;
    const ending = this.m.imperfectNumberEndings.find((e) => tok.norm.endsWith(e));
    const singular = ending ? tok.norm.slice(0, -ending.length) : "";
    if (!(singular.startsWith(he) || singular.startsWith(she)) || singular.length < 4) return false;
    // The singular imperfect, or the perfect a derived verb's imperfect is built on ("يترأس" on "ترأس").
    const stems = [he + singular.slice(he.length), singular.slice(he.length)];
    return stems.some((w) => this.lex.commonWords.has(w) || this.lex.rarerWords.has(w));
  }

  /** A word the language uses for other things than names: frequent words, titles, event words. */
  isKnownWord(tok: Token): boolean {
    if (this.isGivenNameToken(tok)) return false;
    if (this.isPrepositionPhrase(tok)) return true;
    if (this.isCounterpart(tok)) return true;
    if (tok.text.endsWith(this.m.alefMaqsura) && this.lex.commonWords.has(tok.norm)) return true;
    if (this.honorific([tok], 0) || this.lex.weekdays.has(tok.norm) || this.lex.months.has(tok.norm))
      return true;
    if (this.isHonorificPronoun(tok)) return true;
    if (this.lex.clauseBreakers.has(tok.norm)) return true;
    // "تحياته", "ضريحه", "مزيدا": a frequent word with a pronoun or an accusative alef; "ستسهم": the future prefix.
    const common = (w: string) => this.lex.commonWords.has(w) || this.lex.rarerWords.has(w);
    if (this.isInflectedCommonWord(tok)) return true;
    if (this.isConstructPlural(tok)) return true;
    // Verbs: "تتصل" (يتصل), "ستتوجه" (س + يتوجه), "تناولت" (تناول + the feminine ت).
    const { he, she } = this.m.imperfectPrefixes;
    const future = tok.norm.slice(this.m.futurePrefix.length);
    const feminine = (w: string) => w.startsWith(she) && w.length > 3 && common(he + w.slice(she.length));
    if (this.futureVerb.test(tok.norm) && (common(future) || feminine(future))) return true;
    if (tok.norm.startsWith(she) && tok.norm.length > 3 && common(he + tok.norm.slice(1))) return true;
    if (this.isNumberedVerb(tok)) return true;
    if (tok.norm.endsWith(this.m.perfectFeminine) && tok.norm.length > 4) {
      const stemWord = tok.norm.slice(0, -1);
      if (common(stemWord) || this.lex.meetingVerbs.has(stemWord) || this.lex.visitVerbs.has(stemWord))
        return true;
    }
    return (
      safeForms(tok).some(
        (f) =>
          this.lex.commonWords.has(f) ||
          this.lex.titleWords.has(f) ||
          this.lex.counterpart.has(f) ||
          this.lex.ourCountry.has(f) ||
          this.lex.durationMarkers.has(f),
      ) || this.isEventWord(tok)
    );
  }

  /**
   * Whether the token at i can be part of a name, as word `position` of the name (0 = first).
   * Names stop at punctuation, numbers, known words, places and dates, a new coordinated item (و…),
   * and words with the article unless a particle (عبد, آل, بن) asks for one. `cued`: a title or an honorific
   * announced the name.
   */
  canBeName(tags: SentenceTags, i: number, position: number, cued = false): boolean {
    return canBeName(this, tags, i, position, cued);
  }

  isTitleHeadWord(tok: Token): boolean {
    return this.lex.titleHeads.match(forms(tok.norm, tok.text), []) !== null;
  }
}

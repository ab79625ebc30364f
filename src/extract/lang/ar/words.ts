// Word classes over one sentence's tokens: which words are titles, honorifics, event words, places, dates or name material.
import type { GeoMention } from "../../mentions.ts";
import type { Sentence, Token } from "../../text/tokenize.ts";
import type { ArabicLexicon } from "./lexicon.ts";
import { forms, hasBareArticle, readings } from "./morphology.ts";

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

const COORDINATION = new Set(["و", "ف"]);
/** Prefixes that carry a preposition (ب ل ك), alone or after و ف. */
const PREPOSITION_CLITIC = /^[وف]?[بلك]/;
/** The words of a phone call ("اتصالا هاتفيا"), which may follow a name directly. */
const CALL_WORDS = /^(اتصال|هاتفي|مكالم)/;
/** Endings of family names (nisba ي, Persian يان and زاده, Slavic and Azeri وف/يف, Turkish اوغلو). */
const SURNAME_SHAPE = /(ي|يان|زاده|وف|يف|اوغلو|وفا|يفا)$/;

/** Readings without ب/ل/ك, which so often begin names (بشار, لبيد, كمال): only و ف and the article are peeled. */
function safeForms(tok: Token): string[] {
  return readings(tok.norm, tok.text)
    .filter((r) => r.prefix === "" || r.definite || COORDINATION.has(r.prefix))
    .map((r) => r.word);
}

/** Letters to cut before a title so that it keeps its article: "والرئيس" -> "الرئيس", "للرئيس" -> "رئيس". */
function clitics(prefix: string): number {
  if (prefix.endsWith("ال")) return prefix.length - 2;
  return prefix.length;
}

export class ArabicWords {
  constructor(private readonly lex: ArabicLexicon) {}

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
      if (m) return { length: m.length, prefix: clitics(r.prefix) };
    }
    return null;
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
      if (!(r.prefix === "" || r.definite || COORDINATION.has(r.prefix))) continue;
      const m = this.lex.honorifics.match([r.word], rest);
      if (m) return { length: m.length, prefix: clitics(r.prefix) };
    }
    return null;
  }

  private isTitleHeadWord(tok: Token): boolean {
    return this.lex.titleHeads.match(forms(tok.norm, tok.text), []) !== null;
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
  isFrequent(tok: Token): boolean {
    return this.lex.commonWords.has(tok.norm);
  }

  isAttendance(tok: Token): boolean {
    return this.lex.attendance.has(tok.norm);
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
      CALL_WORDS.test(tok.norm)
    );
  }

  /** A verb of meeting, visiting or speaking (with و or ف before it at most). */
  isEventVerb(tok: Token): boolean {
    const lex = this.lex;
    return readings(tok.norm, tok.text)
      .filter((r) => r.prefix === "" || COORDINATION.has(r.prefix))
      .some(
        (r) => lex.meetingVerbs.has(r.word) || lex.visitVerbs.has(r.word) || lex.statementVerbs.has(r.word),
      );
  }

  isGivenName(norm: string): boolean {
    return this.lex.givenNames.has(norm);
  }

  /** A given name as written: "على" (the preposition, with alef maqsura) is not "علي". */
  isGivenNameToken(tok: Token): boolean {
    // "على" (and "علی" as Iranian outlets type it) is the preposition; "علي" the name.
    if (tok.norm === "علي" && /[ىی]$/.test(tok.text)) return false;
    return this.lex.givenNames.has(tok.norm) && !tok.text.endsWith("ى");
  }

  isParticle(tok: Token): boolean {
    return this.lex.particles.has(tok.norm);
  }

  /**
   * A frequent word behind a preposition ("بقصر", "بالتهنئة", "للاطلاع", "باستقبال"): the preposition, not a
   * name that begins with ب or ل. The peeled word must be a frequent one of three letters or more.
   */
  isPrepositionPhrase(tok: Token): boolean {
    if (this.isGivenNameToken(tok)) return false;
    const lex = this.lex;
    const known = (w: string) => lex.commonWords.has(w) || lex.rarerWords.has(w);
    // A word in its own right ("لولا") is not ل + ولا; with the article ("للاطلاع") it is still the preposition.
    const own = lex.commonWords.has(tok.norm);
    return readings(tok.norm, tok.text).some(
      (r) =>
        PREPOSITION_CLITIC.test(r.prefix) &&
        r.word.length >= 3 &&
        // A preposition takes a noun, never a verb in the imperfect ("بيدرسون" is no ب + يدرسون).
        !r.word.startsWith("ي") &&
        // With the article (بال، لل) any listed word; bare, a short rarer word may still be a surname's tail.
        (r.definite
          ? known(r.word) || known(`ال${r.word}`)
          : !own && (lex.commonWords.has(r.word) || (r.word.length >= 5 && lex.rarerWords.has(r.word)))),
    );
  }

  /**
   * "أحمد جاسم السوداني": a one-word demonym with the article, as the third word of a name, is a family name;
   * nationality follows a title, not two name words.
   */
  private isDemonymSurname(tags: SentenceTags, i: number, position: number): boolean {
    const geo = tags.geoAt.get(i);
    const tok = tags.sentence.tokens[i];
    const prev = tags.sentence.tokens[i - 1];
    return (
      !!geo &&
      !!tok &&
      !!prev &&
      geo.kind === "demonym" &&
      geo.to - geo.from === 1 &&
      position >= 2 &&
      tok.norm.startsWith("ال") &&
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
    for (const suffix of ["هما", "هم", "ها", "ه", "ا"]) {
      // On the written word: a folded ta marbuta ("جمعة") would look like the pronoun ه.
      if (!tok.norm.endsWith(suffix) || !tok.text.endsWith(suffix)) continue;
      const base = tok.norm.slice(0, -suffix.length);
      if (base.length >= 3 && (common(base) || common(`${base}ه`))) return true;
      if (base.endsWith("ات") && base.length >= 5 && common(`${base.slice(0, -2)}ه`)) return true;
    }
    return false;
  }

  /** A word the language uses for other things than names: frequent words, titles, event words. */
  isKnownWord(tok: Token): boolean {
    if (this.isGivenNameToken(tok)) return false;
    if (this.isPrepositionPhrase(tok)) return true;
    if (this.isCounterpart(tok)) return true;
    if (tok.text.endsWith("ى") && this.lex.commonWords.has(tok.norm)) return true;
    if (this.honorific([tok], 0) || this.lex.weekdays.has(tok.norm) || this.lex.months.has(tok.norm))
      return true;
    if (this.lex.clauseBreakers.has(tok.norm)) return true;
    // "تحياته", "ضريحه", "مزيدا": a frequent word with a pronoun or an accusative alef; "ستسهم": the future prefix.
    const common = (w: string) => this.lex.commonWords.has(w) || this.lex.rarerWords.has(w);
    if (this.isInflectedCommonWord(tok)) return true;
    if (/^س[يتن]/.test(tok.norm) && common(tok.norm.slice(1))) return true;
    // Verbs: "تتصل" (يتصل), "تناولت" (تناول + the feminine ت).
    if (/^ت/.test(tok.norm) && tok.norm.length > 3 && common(`ي${tok.norm.slice(1)}`)) return true;
    if (tok.norm.endsWith("ت") && tok.norm.length > 4) {
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
   * and words with the article unless a particle (عبد, آل, بن) asks for one.
   */
  canBeName(tags: SentenceTags, i: number, position: number): boolean {
    const toks = tags.sentence.tokens;
    const tok = toks[i];
    if (!tok || tok.punct || /\d/.test(tok.norm) || tok.norm.length < 2) return false;
    if (tags.geoAt.has(i) && !this.isDemonymSurname(tags, i, position)) return false;
    if (tags.dateAt.has(i) || tags.taken.has(i)) return false;
    // "أمس", "اليوم" even when no date could be resolved (no publication date).
    if (this.lex.relativeDays.match([tok.norm], []) !== null) return false;
    const prev = position > 0 ? toks[i - 1] : undefined;
    // After بن, آل, عبد, أبو anything that is a word belongs to the name (آل ثاني, عبد اللهيان, بن عبد الرحمن).
    if (prev && (this.isParticle(prev) || this.lex.particles.has(prev.norm.replace(/^و/, "")))) {
      return (
        this.isParticle(tok) ||
        this.isGivenNameToken(tok) ||
        this.isNameTail(tok) ||
        !this.lex.functionWords.has(tok.norm)
      );
    }
    // "آل ثاني أمير دولة قطر": a given name that is also a title head, before title words, starts a title.
    const next = toks[i + 1];
    if (
      position > 0 &&
      this.isTitleHeadWord(tok) &&
      next &&
      (tags.geoAt.has(i + 1) || this.isTitleWord(next))
    ) {
      return false;
    }
    // "صباح اليوم", "مساء أمس": a given name that is also a time of day, before a date, is the time.
    if (this.isGivenNameToken(tok) && tags.dateAt.has(i + 1)) return false;
    if (this.isGivenNameToken(tok)) return true;
    // "فخر الدين", "عز الدين": a rarer word before a name tail opens a compound given name.
    if (
      next &&
      this.isNameTail(next) &&
      !this.lex.commonWords.has(tok.norm) &&
      !/^(ال|و)/.test(tok.norm) &&
      !this.isTitleWord(tok) &&
      !this.isEventWord(tok)
    )
      return true;
    // After a given name a frequent word may still be a surname ("إبراهيم رئيسي"), unless it is a function word.
    if (
      prev &&
      this.isGivenNameToken(prev) &&
      !this.lex.functionWords.has(tok.norm) &&
      !this.isPrepositionPhrase(tok) &&
      !(/(ه|ها|هما|هم)$/.test(tok.text) && this.isInflectedCommonWord(tok)) &&
      !tok.norm.startsWith("و") &&
      !tok.norm.startsWith("ال") &&
      !this.isTitleHeadWord(tok) &&
      !this.isEventWord(tok)
    ) {
      return true;
    }
    // "عبد الرحيم الحق", "عبد الكريم النور": after a compound given name (a particle and its word), a
    // definite word that is no title, event or function word is the family name, however frequent a word.
    const particleBefore = position >= 2 ? toks[i - 2] : undefined;
    if (
      prev &&
      particleBefore &&
      this.isParticle(particleBefore) &&
      hasBareArticle(prev.norm) &&
      hasBareArticle(tok.norm) &&
      !this.lex.functionWords.has(tok.norm) &&
      !this.isTitleHeadWord(tok) &&
      !this.isTitleWord(tok) &&
      !this.isEventWord(tok)
    ) {
      return true;
    }
    if (tok.text.endsWith("ى") && this.lex.commonWords.has(tok.text.slice(0, -1) + "ى")) return false;
    // A particle opens a name only when a word follows it ("عبد المجيد", "أبو مهدي").
    if (this.isParticle(tok)) return position > 0 || (!!toks[i + 1] && !toks[i + 1]!.punct);
    // Names do not start with the conjunction (a coordinated item is peeled by the caller), nor go on with one.
    // ("وانغ" is a name: what is left without the و is no word.)
    // "والوفد": the conjunction and the article never begin a name.
    if (/^وال/.test(tok.text)) return false;
    if (tok.norm.startsWith("و") && tok.norm.length > 3 && !this.isGivenNameToken(tok)) {
      const rest = { ...tok, text: tok.text.slice(1), norm: tok.norm.slice(1) };
      if (position > 0 || this.isKnownWord(rest) || this.isGivenNameToken(rest) || this.isParticle(rest))
        return false;
    }
    // "يار الله", "نصر الله", "صلاح الدين": words that complete the name before them.
    if (position > 0 && this.isNameTail(tok)) return true;
    // A third name word that is an ordinary word ends the name: "أمين الجميل ضريح" is not a name.
    // Words shaped like family names (nisba ي, يان, وف …) may stay even when frequent.
    if (
      position >= 2 &&
      this.lex.rarerWords.has(tok.norm) &&
      !SURNAME_SHAPE.test(tok.norm) &&
      !(prev && this.isGivenNameToken(prev))
    ) {
      return false;
    }
    // "عبدالله الثاني": a regnal ordinal after a given name.
    if (
      prev &&
      (this.isGivenNameToken(prev) || this.isNameTail(prev)) &&
      this.lex.regnalOrdinals.has(tok.norm)
    )
      return true;
    // "بشار الأسد", "صباح الخالد": after a given name (not "علي", so often the preposition "على" misspelt), a family
    // name with the article, unless it opens a phrase of its own ("… الأسد الوفد").
    if (
      prev &&
      this.isGivenNameToken(prev) &&
      (prev.norm !== "علي" || position >= 2) &&
      /^ال.{2,}/.test(tok.norm) &&
      !/^[أإآ]/.test(tok.text) &&
      !this.lex.functionWords.has(tok.norm) &&
      !this.isTitleWord(tok) &&
      !this.isEventWord(tok) &&
      (!this.lex.commonWords.has(tok.norm) || !next || next.punct || this.lex.functionWords.has(next.norm))
    ) {
      return true;
    }
    // "عبد الفتاح السيسي": a third name word with the article and a nisba ending is a family name, even a frequent one.
    if (
      position >= 2 &&
      /^ال.{2,}ي$/.test(tok.norm) &&
      !this.lex.functionWords.has(tok.norm) &&
      !this.isTitleWord(tok)
    ) {
      return true;
    }
    // The article is written with a bare alef: "إلهام" and "ألكسندر" begin with a letter, not with ال.
    // Inside a name, an ال word that is no known word and ends in the nisba ي is a family name (البوسعيدي).
    if (tok.norm.startsWith("ال") && !/^[أإآ]/.test(tok.text)) {
      return position > 0 && tok.norm.endsWith("ي") && tok.norm.length > 4 && !this.isKnownWord(tok);
    }
    return !this.isKnownWord(tok);
  }
}

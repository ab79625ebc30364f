// Whether a word can be part of a person's name, decided in named steps: each step says yes, no, or nothing
// (null), and the first that speaks decides. The order is the order of the rules' priority.
import { fold } from "../../text/fold.ts";
import type { Token } from "../../text/tokenize.ts";
import { nameRules } from "../../assemble/name-rules.ts";
import { arabicMorphology, hasBareArticle, readings, startsWithHamzaAlef } from "./morphology.ts";
import type { ArabicWords, SentenceTags } from "./words.ts";

/** One word considered as word `position` of a name. */
interface Slot {
  w: ArabicWords;
  tags: SentenceTags;
  i: number;
  position: number;
  tok: Token;
  /** The word before, inside the name (none for its first word). */
  prev: Token | undefined;
  next: Token | undefined;
  /**
   * Whether the word before is a given name: one of the lists', or the first word of a name a title or an
   * honorific announced ("الرئيس الإيراني موريل رسمي"), whatever the lists know of foreign given names.
   */
  afterGiven: boolean;
  /** A title or an honorific announced the name. */
  cued: boolean;
}

type Verdict = boolean | null;

/** Whether the token at i can be word `position` of a name (`cued`: a title or an honorific announced it). */
export function canBeName(
  w: ArabicWords,
  tags: SentenceTags,
  i: number,
  position: number,
  cued = false,
): boolean {
  const toks = tags.sentence.tokens;
  const tok = toks[i];
  if (!tok || isNeverName(w, tags, i, position, tok)) return false;
  const prev = position > 0 ? toks[i - 1] : undefined;
  const afterGiven =
    !!prev &&
    (w.isGivenNameToken(prev) || (cued && position === 1 && !w.isKnownWord(prev) && !w.isParticle(prev)));
  const s: Slot = { w, tags, i, position, tok, prev, next: toks[i + 1], afterGiven, cued };
  return (
    afterParticle(s) ??
    givenNameOrTitle(s) ??
    agreeingAdjective(s) ??
    clauseFinalSurname(s) ??
    familyNameAfterGivenName(s) ??
    particleOrConjunction(s) ??
    nameContinuation(s) ??
    definiteFamilyName(s) ??
    frequentForeignGivenName(s) ??
    !w.isKnownWord(tok)
  );
}

/**
 * "الرئيس الغاني كوفي أمواكو": right after a title, a frequent word (no function, title or event word, no
 * article) before a word no list knows opens a foreign name; the lists know such given names as words.
 */
function frequentForeignGivenName({ w, tags, i, position, tok, next, cued }: Slot): Verdict {
  if (!cued || position !== 0 || !next || next.punct) return null;
  const nextAt = i + 1;
  if (tags.geoAt.has(nextAt) || tags.dateAt.has(nextAt) || tags.taken.has(nextAt)) return null;
  if (w.isKnownWord(next) || w.isParticle(next) || w.isGivenNameToken(next)) return null;
  // A bare name word follows: not one with the article ("خلاله الرؤى") or that may be و + a word ("بيني وولف").
  const m = arabicMorphology();
  if (next.norm.startsWith(m.article) || next.norm.startsWith(m.clitics.and)) return null;
  if (tok.norm.startsWith(m.article) || w.isFunctionWord(tok) || w.isTitleWord(tok)) return null;
  // "بمقاطعة قواندونغ": ب or ل on a frequent word is a preposition and its noun ("كوفي" may be ك + "وفي" all
  // the same: the names this rule is for do start so).
  const { clitics } = m;
  const preposition = readings(tok.norm, tok.text).some(
    (r) =>
      (r.prefix.endsWith(clitics.with) || r.prefix.endsWith(clitics.to)) && w.lex.commonWords.has(r.word),
  );
  if (w.isInflectedCommonWord(tok) || preposition) return null;
  return w.isEventWord(tok) || w.isNumberedVerb(tok) ? null : true;
}

/** Punctuation, figures, single letters, places (but a demonym as surname), dates, words taken, "أمس". */
function isNeverName(w: ArabicWords, tags: SentenceTags, i: number, position: number, tok: Token): boolean {
  if (tok.punct || /\d/.test(tok.norm) || tok.norm.length < 2) return true;
  if (tags.geoAt.has(i) && !w.isDemonymSurname(tags, i, position)) return true;
  if (tags.dateAt.has(i) || tags.taken.has(i)) return true;
  // "وأقام شي مراسم استقبال": the nouns that stand where a name would ("مراسم", "مأدبة") never are one.
  if (w.lex.notNames.has(tok.norm)) return true;
  // "وزير الثقافة حمد بن خالد نظيرته الكازاخستانية": a word for a counterpart ends the name before it.
  if (w.isCounterpart(tok)) return true;
  // "زار الشيخ سالم بن سلطان جامعة القاهرة": a facility noun in construct with a name or place opens a place.
  const next = tags.sentence.tokens[i + 1];
  const construct = !!next && (next.norm.startsWith(arabicMorphology().article) || tags.geoAt.has(i + 1));
  if (position > 0 && construct && w.lex.facilityNouns.has(tok.norm)) return true;
  // A name may not open with a preposition and the article ("… بقصر الحكومة بالقصبة، رئيس المجلس").
  if (position === 0 && w.isDefinitePrepositionPhrase(tok)) return true;
  // "أمس", "اليوم" even when no date could be resolved (no publication date).
  return w.lex.relativeDays.match([tok.norm], []) !== null;
}

/** Whether the written word ends in ta marbuta (folded, it reads like the pronoun ه). */
function endsInTaMarbuta(tok: Token): boolean {
  const last = tok.text.slice(-1);
  return last !== arabicMorphology().taMarbuta && fold(last) === arabicMorphology().taMarbuta;
}

/**
 * "رئيس حكومة موحدة تشرف على الانتخابات": an indefinite feminine word after an indefinite feminine noun, made of a
 * word the lists know, is the noun's adjective, not a name.
 */
function agreeingAdjective({ w, tags, i, position, tok }: Slot): Verdict {
  const noun = tags.sentence.tokens[i - 1];
  if (position !== 0 || !noun || w.isGivenNameToken(tok) || !endsInTaMarbuta(tok) || !endsInTaMarbuta(noun))
    return null;
  const { article } = arabicMorphology();
  if (tok.norm.startsWith(article) || noun.norm.startsWith(article)) return null;
  const stem = tok.norm.slice(0, -1);
  return w.lex.commonWords.has(stem) || w.lex.rarerWords.has(stem) ? false : null;
}

/** After بن, آل, عبد, أبو anything that is a word belongs to the name (آل سالم, عبد الودود, بن عبد الرحمن). */
function afterParticle({ w, tok, prev }: Slot): Verdict {
  const { and } = arabicMorphology().clitics;
  if (!prev) return null;
  const bare = prev.norm.startsWith(and) ? prev.norm.slice(and.length) : prev.norm;
  if (!w.isParticle(prev) && !w.lex.particles.has(bare)) return null;
  // "عبد السلام", "عبد الرحمن": after "عبد" a word with the article is one of the names it composes, however
  // frequent a word it is alone.
  if (nameRules().compoundPrefixes.has(bare) && tok.norm.startsWith(arabicMorphology().article)) return true;
  return (
    w.isParticle(tok) || w.isGivenNameToken(tok) || w.isNameTail(tok) || !w.lex.functionWords.has(tok.norm)
  );
}

/** A given name is a name word, unless a title or a time of day reads it otherwise. */
function givenNameOrTitle({ w, tags, i, position, tok, next }: Slot): Verdict {
  // "آل سالم أمير دولة قطر": a given name that is also a title head, before title words, starts a title.
  if (position > 0 && w.isTitleHeadWord(tok) && next && (tags.geoAt.has(i + 1) || w.isTitleWord(next)))
    return false;
  // "صباح اليوم", "مساء أمس": a given name that is also a time of day, before a date, is the time.
  if (w.isGivenNameToken(tok) && tags.dateAt.has(i + 1)) return false;
  return w.isGivenNameToken(tok) ? true : null;
}

/**
 * "الرئيس الجيبوتي سعيد آدم جيله."، "الرئيس السنغالي مامادو ديالو فاي في …": in a name a title announced, a
 * third word that ends the clause and is a word only with a clitic read on it (جيل + ه, ف + أي) is the surname,
 * and so is a rarer word after two words no list knows.
 */
function clauseFinalSurname({ w, tags, i, position, tok, prev, next, cued }: Slot): Verdict {
  if (!cued || position < 2) return null;
  const { article, clitics } = arabicMorphology();
  // "عبد الرحيم الزواوي تحفظه على": after a family name with the article, the name is whole.
  if (prev?.norm.startsWith(article) && !w.isNameTail(prev)) return null;
  const endsClause = !next || next.punct || w.lex.functionWords.has(next.norm);
  if (!endsClause || tok.norm.startsWith(article) || tok.norm.startsWith(clitics.and)) return null;
  const frequent = w.lex.functionWords.has(tok.norm) || w.lex.commonWords.has(tok.norm);
  if (frequent || w.isTitleWord(tok) || w.isEventWord(tok)) return null;
  // "نظيره السنغالي مامادو كوليبا فاي،": after two words no list knows (a foreign name), a rarer word is its end.
  const toks = tags.sentence.tokens;
  const foreign = [toks[i - 1], toks[i - 2]].every((t) => !!t && !w.isKnownWord(t) && !w.isParticle(t));
  if (w.lex.rarerWords.has(tok.norm)) return foreign ? true : null;
  return w.isKnownWord(tok) ? true : null;
}

/** A word no title, event or function word, after a given name or before a name tail: the name goes on. */
function familyNameAfterGivenName({
  w,
  tags,
  i,
  position,
  tok,
  prev,
  next,
  afterGiven,
  cued,
}: Slot): Verdict {
  const m = arabicMorphology();
  const articleOrAnd = tok.norm.startsWith(m.article) || tok.norm.startsWith(m.clitics.and);
  const noTitleNorEvent = !w.isTitleWord(tok) && !w.isEventWord(tok);
  // "فخر الدين", "عز الدين": a rarer word before a name tail opens a compound given name, and so does a frequent one
  // ("نور الدين") where a title announced the name.
  const compoundOpener = cued || !w.lex.commonWords.has(tok.norm);
  if (next && w.isNameTail(next) && compoundOpener && !articleOrAnd && noTitleNorEvent) return true;
  // After a given name a frequent word may still be a surname ("سامي رئيسي"), unless it is a function word.
  const pronoun = w.lex.objectPronouns.some((p) => tok.text.endsWith(p));
  if (
    afterGiven &&
    !w.lex.functionWords.has(tok.norm) &&
    !w.isPrepositionPhrase(tok) &&
    !(pronoun && w.isInflectedCommonWord(tok)) &&
    !articleOrAnd &&
    !w.isTitleHeadWord(tok) &&
    !w.isEventWord(tok) &&
    !w.isNumberedVerb(tok)
  )
    return true;
  // "معالي تافور كيشين دار نائب رئيس الوزراء": in a name a title or an honorific announced, a third word right
  // before the person's own title (an indefinite head in apposition) is the name's last, however frequent;
  // before a definite one it is a noun the title completes ("ضريح الزعيم").
  const title = next && w.titleHeadAt(tags.sentence.tokens, i + 1) > 0 ? next : undefined;
  const apposed = !!title && !title.norm.startsWith(m.article) && !w.isInflectedCommonWord(tok);
  if (
    cued &&
    position >= 2 &&
    apposed &&
    !w.lex.functionWords.has(tok.norm) &&
    !articleOrAnd &&
    noTitleNorEvent
  )
    return true;
  // "عبد الرحيم الحق", "عبد الكريم النور": after a compound given name (a particle and its word), a
  // definite word that is no title, event or function word is the family name, however frequent a word.
  const particleBefore = position >= 2 ? tags.sentence.tokens[i - 2] : undefined;
  const compound = !!prev && !!particleBefore && w.isParticle(particleBefore) && hasBareArticle(prev.norm);
  if (
    compound &&
    hasBareArticle(tok.norm) &&
    !w.lex.functionWords.has(tok.norm) &&
    !w.isTitleHeadWord(tok) &&
    noTitleNorEvent
  )
    return true;
  return null;
}

/** Frequent words in alef maqsura, a particle that opens a name, and the conjunction و before a word. */
function particleOrConjunction({ w, tags, i, position, tok, prev, afterGiven }: Slot): Verdict {
  const m = arabicMorphology();
  const maqsura = tok.text.endsWith(m.alefMaqsura);
  if (maqsura && w.lex.commonWords.has(tok.text.slice(0, -1) + m.alefMaqsura)) return false;
  // A particle opens a name only when a word follows it ("عبد المجيد", "أبو مهدي").
  const after = tags.sentence.tokens[i + 1];
  if (w.isParticle(tok)) return position > 0 || (!!after && !after.punct);
  // Names do not start with the conjunction (a coordinated item is peeled by the caller), nor go on with one.
  // ("وانغ" is a name: what is left without the و is no word.)
  // "والوفد": the conjunction and the article never begin a name.
  const { and } = m.clitics;
  if (tok.text.startsWith(and + m.article)) return false;
  if (tok.norm.startsWith(and) && tok.norm.length > 3 && !w.isGivenNameToken(tok)) {
    // A rarer word counts too: "عادل وملزم" is "fair and binding" (ملزم), not a name.
    if (w.isAndOnWord(tok)) return false;
    // "غازي ورداني", "أحمد إبراهيم وهبي": after a given name, a word that is no و + word is the surname; a
    // person named by given names alone and joined to another is rare in news.
    // So too after the first word of a name a title announced ("الرئيس الإندونيسي السابق أغوس ويداريانتو").
    if (position > 0 && (afterGiven || (!!prev && w.isGivenNameToken(prev))) && !w.isKnownWord(tok))
      return null;
    if (position > 0) return false;
  }
  return null;
}

/** Name tails, frequent third words, and regnal ordinals after a given name. */
function nameContinuation({ w, tags, i, position, tok, prev, afterGiven }: Slot): Verdict {
  // "يار الله", "نصر الله", "صلاح الدين": words that complete the name before them.
  if (position > 0 && w.isNameTail(tok)) return true;
  // A third name word that is an ordinary word ends the name: "نبيل العطار ضريح" is not a name.
  // Words shaped like family names (nisba ي, يان, وف …) may stay even when frequent.
  const surnameShape = arabicMorphology().surnameShape.test(tok.norm);
  if (position >= 2 && w.lex.rarerWords.has(tok.norm) && !surnameShape && !(prev && w.isGivenNameToken(prev)))
    return false;
  // "نايف الثاني": a regnal ordinal after a given name, or after the father's name ("بن كيشين الثاني").
  const fathers =
    position >= 2 && !!tags.sentence.tokens[i - 2] && w.isParticle(tags.sentence.tokens[i - 2]!);
  if (prev && (afterGiven || fathers || w.isNameTail(prev)) && w.lex.regnalOrdinals.has(tok.norm))
    return true;
  return null;
}

/** A word with the article: a family name after a given name or with a nisba, else no name word. */
function definiteFamilyName({ w, tags, i, position, tok, prev, next, afterGiven }: Slot): Verdict {
  const { article, nisba } = arabicMorphology();
  const definite = tok.norm.startsWith(article) && !startsWithHamzaAlef(tok.text);
  // "استقبل الرئيس سامي الوفد الإيراني": a word of the lists that a demonym qualifies is a noun of the
  // sentence (the Iranian delegation), not a family name.
  const qualified = tags.geoAt.get(i + 1)?.kind === "demonym" && !!next?.norm.startsWith(article);
  if (definite && qualified && w.isCommonWord(tok)) return false;
  // "نادر الأسد", "صباح النجار": after a given name (not "علي", so often the preposition "على" misspelt), a family
  // name with the article, unless it opens a phrase of its own ("… الأسد الوفد").
  const endsPhrase = !next || next.punct || w.lex.functionWords.has(next.norm);
  if (
    prev &&
    afterGiven &&
    (!w.lex.nameLikePrepositions.has(prev.norm) || position >= 2) &&
    definite &&
    tok.norm.length >= article.length + 2 &&
    !w.lex.functionWords.has(tok.norm) &&
    !w.isTitleWord(tok) &&
    !w.isEventWord(tok) &&
    (!w.lex.commonWords.has(tok.norm) || endsPhrase)
  )
    return true;
  // "خالد بن فاضل الإبراهيم": after the father's name, the article on a given name makes the family name.
  const toks = tags.sentence.tokens;
  const fathers = position >= 2 && !!toks[i - 2] && w.isParticle(toks[i - 2]!);
  if (fathers && definite && w.isGivenName(tok.norm.slice(article.length))) return true;
  // "عبد الكريم الحلبي": a third name word with the article and a nisba ending is a family name, even a frequent one.
  const nisbaName =
    tok.norm.startsWith(article) && tok.norm.endsWith(nisba) && tok.norm.length >= article.length + 3;
  // "ناصر الخالدي التقى نظيره": a verb with the article's letters (التقى) is no nisba, however it ends.
  const noWordOfTheSentence =
    !w.lex.functionWords.has(tok.norm) && !w.isTitleWord(tok) && !w.isEventWord(tok);
  if (position >= 2 && nisbaName && noWordOfTheSentence) return true;
  // The article is written with a bare alef: "إلهام" and "ألكسندر" begin with a letter, not with ال.
  // Inside a name, an ال word that is no known word and ends in the nisba ي is a family name (البدراني).
  if (definite) return position > 0 && tok.norm.endsWith(nisba) && tok.norm.length > 4 && !w.isKnownWord(tok);
  return null;
}

// Finds person mentions in an Arabic sentence by their shape: title before a name, a name before a title, honorifics, lists.
import { COMMAS, QUOTE_MARKS } from "../../text/chars.ts";
import type { CounterpartMention, GeoMention, PersonMention } from "../../mentions.ts";
import type { Token } from "../../text/tokenize.ts";
import { fold } from "../../text/fold.ts";
import {
  arabicMorphology,
  forms,
  nameKeyOf,
  readings,
  startsWithArticleOrAnd,
  startsWithConjunction,
  stem,
} from "./morphology.ts";
import type { ArabicLexicon } from "./lexicon.ts";
import { bylineName } from "./byline.ts";
import { nameAfterBody, type ChainReader } from "./title-chain.ts";
import { readTitleList, type ListReader, type Span } from "./title-list.ts";
import type { ArabicWords, SentenceTags } from "./words.ts";

const MAX_NAME_WORDS = 4;

interface NameRun {
  from: number;
  to: number;
  /** Characters of a coordinating و peeled off the first word ("وشاهين" -> "شاهين"). */
  strip: number;
}

interface TitleRun {
  from: number;
  to: number;
  /** Characters of a clitic peeled off the first word ("ورئيس", "للرئيس"). */
  strip: number;
  counterpart: boolean;
}

/** Builds the mentions of one sentence; ids are handed out by the caller's counter. */
export class PersonFinder {
  readonly persons: PersonMention[] = [];
  readonly counterparts: CounterpartMention[] = [];
  /** Demonyms read as family names ("السوداني" in a three-word name): no country mention any more. */
  readonly swallowed = new Set<GeoMention>();

  private readonly m = arabicMorphology();

  constructor(
    private readonly words: ArabicWords,
    private readonly tags: SentenceTags,
    private readonly nextId: () => number,
  ) {}

  private get lex(): ArabicLexicon {
    return this.words.lex;
  }

  private get toks(): Token[] {
    return this.tags.sentence.tokens;
  }

  find(): PersonMention[] {
    const n = this.toks.length;
    const byline = bylineName(this.words, this.tags);
    if (byline) this.add({ ...byline, strip: 0 }, null, null, false);
    for (let i = 0; i < n; i++) if (!this.tags.taken.has(i)) this.fromTitleList(i);
    for (let i = 0; i < n; i++) if (!this.tags.taken.has(i)) this.fromTitle(i, false);
    for (let i = 0; i < n; i++) if (!this.tags.taken.has(i)) this.fromHonorific(i);
    for (let i = 0; i < n; i++) if (COMMAS.has(this.toks[i]?.text ?? "")) this.fromApposition(i);
    for (let i = 0; i < n; i++) if (!this.tags.taken.has(i)) this.fromGivenName(i);
    for (let i = 0; i < n; i++) this.fromListContinuation(i);
    for (let i = 0; i < n; i++) if (!this.tags.taken.has(i)) this.fromTrailingTitle(i);
    for (let i = 0; i < n; i++) if (!this.tags.taken.has(i)) this.fromNameBeforeTitle(i);
    for (let i = 0; i < n; i++) if (!this.tags.taken.has(i)) this.fromVerbSubject(i);
    // Titles with no name near them are role mentions ("الرئيس الأذربيجاني"), resolved to people later.
    for (let i = 0; i < n; i++) if (!this.tags.taken.has(i)) this.fromTitle(i, true);
    return this.persons.sort((a, b) => a.from - b.from);
  }

  /** 'رئيس الجمهورية "مراد كاظمي"': a name in quotation marks right after a title (the quotes stay outside it). */
  private quotedNameRun(k: number): NameRun | null {
    if (!QUOTE_MARKS.has(this.toks[k]?.text ?? "")) return null;
    const name = this.nameRun(k + 1, false);
    if (!name || !QUOTE_MARKS.has(this.toks[name.to]?.text ?? "")) return null;
    this.tags.taken.add(k);
    this.tags.taken.add(name.to);
    return name;
  }

  /**
   * 'الرئيس المصري، عبد الكريم …،': a name between commas right after a title is that title's person. The
   * name must close at punctuation (or the sentence's end), so that a list of titles is not read as one.
   */
  private commaNameRun(k: number): NameRun | null {
    if (!COMMAS.has(this.toks[k]?.text ?? "")) return null;
    // "رئيس الجمهورية، السيد …": an honorific may open the name after the comma (Maghreb and Gulf style).
    const start = this.honorificRun(k + 1);
    const name = this.nameRun(start, false, true, start > k + 1);
    if (!name) return null;
    const after = this.toks[name.to];
    if (after && !after.punct) return null;
    return name;
  }

  /**
   * After a title, a frequent word may still be a name word when an unknown name word follows it: "سيما دا
   * كوستا" (سيما is also a word: "لا سيما"). Function words, titles, event words and words with clitics never are.
   */
  private bridges(i: number, first: boolean): boolean {
    const tok = this.toks[i];
    const next = this.toks[i + 1];
    if (!tok || !next || tok.punct || this.tags.geoAt.has(i) || this.tags.dateAt.has(i)) return false;
    if (this.tags.taken.has(i) || startsWithArticleOrAnd(tok.norm) || /\d/.test(tok.norm)) return false;
    const w = this.words;
    // "رئيس مجلس الدولة الصيني لي تشيانغ": right after a title, a short family name that is also a function word
    // ("لي", "هو"), before a word no list knows, opens the name.
    const shortName = first && w.lex.shortFamilyNames.has(tok.norm);
    if ((w.isFunctionWord(tok) && !shortName) || w.isTitleWord(tok) || w.isEventWord(tok)) return false;
    if (w.isPrepositionPhrase(tok)) return false;
    if (w.isInflectedCommonWord(tok) || w.isHonorificAt(this.toks, i) || w.lex.notNames.has(tok.norm))
      return false;
    // The unknown word may stand one further on, after another short frequent one ("سيما دا كوستا").
    const unknownAt = (j: number) => {
      const t = this.toks[j];
      return (
        !!t &&
        !t.punct &&
        !startsWithArticleOrAnd(t.norm) &&
        !this.tags.geoAt.has(j) &&
        !this.tags.taken.has(j) &&
        !w.isKnownWord(t)
      );
    };
    if (shortName) return unknownAt(i + 1);
    return unknownAt(i + 1) || (!next.punct && next.norm.length <= 2 && unknownAt(i + 2));
  }

  /** A word of the rarer list only, with no article, conjunction or clitic: still a possible family name. */
  private rareNameWord(i: number): boolean {
    const tok = this.toks[i];
    if (!tok || tok.punct || this.tags.geoAt.has(i) || this.tags.taken.has(i) || this.tags.dateAt.has(i))
      return false;
    const w = this.words;
    return (
      !startsWithArticleOrAnd(tok.norm) &&
      !w.isFrequent(tok) &&
      !w.isTitleWord(tok) &&
      !w.isEventWord(tok) &&
      !w.isPrepositionPhrase(tok) &&
      !w.isInflectedCommonWord(tok)
    );
  }

  /**
   * The name words starting at k (a leading coordinating و allowed when `coordinated`; `cued`: after a title, which
   * lets a name run longer; `announced`: after a title or an honorific, which lets its first word stand for a given
   * name whatever the lists say).
   */
  private nameRun(
    k: number,
    coordinated: boolean,
    cued = false,
    honored = false,
    announced = cued,
  ): NameRun | null {
    const tok = this.toks[k];
    if (!tok) return null;
    let strip = 0;
    const { and } = this.m.clitics;
    if (coordinated && tok.norm.startsWith(and) && tok.norm.length > 3 && !this.words.isGivenNameToken(tok))
      strip = and.length;
    let to = k;
    let count = 0;
    const tags = this.tags;
    // After a title a name may be long ("ماريو أنطونيو سيما دا كوستا").
    const most = cued ? MAX_NAME_WORDS + 1 : MAX_NAME_WORDS;
    let bridged = false;
    const trail: boolean[] = [];
    while (to < this.toks.length && count < most) {
      const ok =
        to === k && strip
          ? this.words.canBeName({ ...tags, sentence: { ...tags.sentence, tokens: this.peeled(k) } }, k, 0)
          : this.words.canBeName(tags, to, to - k, announced);
      // "ولد الشيخ", "بن الحسين": after a lineage particle comes a name, whatever else the word may be.
      const lineage =
        !ok &&
        ((to > k && this.words.isParticle(this.toks[to - 1]!) && this.nameAfterParticle(to)) ||
          (to === k && honored && this.openedByHonorific(to)));
      const bridge: boolean = !ok && !lineage && cued && !(to === k && strip) && this.bridges(to, to === k);
      // The unknown word a bridge promised ("كوستا" after "سيما دا") is a name word even if the rarer list has it.
      const promised: boolean = !ok && bridged && this.rareNameWord(to);
      if (!ok && !lineage && !bridge && !promised) break;
      bridged = bridge && !promised;
      trail.push(bridged);
      if (!this.words.isParticle(this.toks[to]!)) count++;
      to++;
    }
    // A bridge word is a name word only when the name goes on past it ("سيما دا كوستا", not "ستسهم في").
    while (bridged && to > k) {
      to--;
      bridged = to > k && trail[to - 1 - k] === true;
    }
    // A name does not end on a particle (بن, عبد, آل).
    while (to > k && this.words.isParticle(this.toks[to - 1]!)) to--;
    return to > k ? { from: k, to, strip } : null;
  }

  /**
   * "السيد المختار", "السيد الطيب": right after an honorific, a name may start with the article, as Maghreb
   * given names do; a title, a function word or an event word still is no name.
   */
  private openedByHonorific(i: number): boolean {
    const tok = this.toks[i];
    const w = this.words;
    return (
      !!tok &&
      this.nameAfterParticle(i) &&
      !w.isTitleWord(tok) &&
      !w.isFunctionWord(tok) &&
      !w.isEventWord(tok) &&
      !w.isHonorificAt(this.toks, i)
    );
  }

  /**
   * "الوزير الأول المصطفى ولد بيّه", "الرئيس الحسن كوليبالي": a given name written with the article, as Maghreb
   * and West African names are, opens a name right after a title when a lineage particle and a name word, or a
   * word no list knows, follow it ("الرئيس الجديد ولد في …" stays a phrase: "جديد" is no given name).
   */
  private definiteGivenName(k: number): boolean {
    const tok = this.toks[k];
    const next = this.toks[k + 1];
    const { article } = this.m;
    if (!tok || !next || !tok.norm.startsWith(article)) return false;
    if (!this.words.isGivenName(tok.norm.slice(article.length))) return false;
    const after = this.toks[k + 2];
    if (this.words.isParticle(next))
      return !!after && this.nameAfterParticle(k + 2) && !this.words.isFunctionWord(after);
    return this.nameAfterParticle(k + 1) && !this.words.isKnownWord(next);
  }

  /** A word that may follow a lineage particle: a word, not a place, a date or a word already taken. */
  private nameAfterParticle(i: number): boolean {
    const tok = this.toks[i];
    return (
      !!tok && !tok.punct && !this.tags.geoAt.has(i) && !this.tags.dateAt.has(i) && !this.tags.taken.has(i)
    );
  }

  /** The sentence's tokens with the first letter of token k removed, to test "وشاهين" as "شاهين". */
  private peeled(k: number): Token[] {
    return this.toks.map((t, i) =>
      i === k ? { ...t, text: t.text.slice(1), norm: t.norm.slice(1), start: t.start + 1 } : t,
    );
  }

  /** A title phrase from i: a head, then title words, countries, demonyms, "في" + more, "و" + another head. */
  private titleRun(i: number): TitleRun | null {
    const tok = this.toks[i];
    if (!tok || tok.punct) return null;
    const counterpart = this.words.isCounterpart(tok);
    const found = counterpart ? { length: 1, prefix: 0 } : this.words.titleHead(this.toks, i);
    if (!found) return null;
    const envoy = this.words.isEnvoyHead(tok);
    let j = i + found.length;
    for (;;) {
      const step = this.titleGoesOn(j, counterpart, envoy);
      if (!step) break;
      j = step.to;
      if (step.last) break;
    }
    return { from: i, to: j, strip: found.prefix, counterpart };
  }

  /**
   * Whether token j belongs to the title before it (a place, "في", a title word, "و" + a head …): where the title
   * goes on to, and whether it ends there; null when it ends before j.
   */
  private titleGoesOn(
    j: number,
    counterpart: boolean,
    envoy: boolean,
  ): { to: number; last?: boolean } | null {
    const toks = this.toks;
    const t = toks[j];
    if (!t || t.punct || this.tags.taken.has(j)) return null;
    const geo = this.tags.geoAt.get(j);
    if (geo) {
      // "ولي عهد أبوظبي", "حاكم إمارة دبي": a place belongs to a title only right after such a word.
      if (geo.kind === "place" && !(toks[j - 1] && this.words.isPlaceTitleWord(toks[j - 1]!))) return null;
      // "المسؤول العسكري الروسي | رئيس أركان …": a nationality ends a title; a new head is someone else's.
      const newHead = () =>
        this.words.titleHeadAt(toks, geo.to) > 0 && !startsWithConjunction(toks[geo.to]?.norm ?? "");
      return { to: geo.to, last: geo.kind === "demonym" && newHead() };
    }
    // "الرئيسة الغانية | سامية …": after a nationality only a definite word, a preposition or a clitic goes on
    // with the title; a bare word there opens the name, whatever else the lists know it as.
    const afterDemonym = this.tags.geoAt.get(j - 1)?.kind === "demonym";
    if (afterDemonym && this.isBareWord(t)) return null;
    const next = toks[j + 1];
    const nextIsTitle = () => !!next && this.words.isTitleWord(next);
    if (this.lex.locativePrepositions.has(t.norm) && (this.tags.geoAt.has(j + 1) || nextIsTitle()))
      return { to: j + 1 };
    // "المبعوث الخاص … إلى سورية": an envoy's title names where they are sent.
    const postedTo = () => this.tags.geoAt.get(j + 1)?.kind === "country";
    if (envoy && this.lex.postingPrepositions.has(t.norm) && postedTo()) return { to: j + 1 };
    // "المبعوث الشخصي للرئيس الفرنسي إلى لبنان X": an envoy's title names whose envoy they are.
    const principal = envoy && t.norm.startsWith(this.m.clitics.to) ? this.words.titleHead(toks, j) : null;
    if (principal && principal.prefix > 0) return { to: j + principal.length };
    // A counterpart phrase stops before a title of the person's own: "بنظيره اللبناني | الرئيس نبيل العطار".
    if (counterpart && this.words.titleHeadAt(toks, j)) return null;
    if (this.words.isTitleWord(t) && !this.words.isGivenNameToken(t)) return { to: j + 1 };
    const { and } = this.m.clitics;
    const head2 = t.norm.startsWith(and) ? this.words.titleHeadAt(toks, j) : 0;
    if (head2) return { to: j + head2 };
    // "وزير الخارجية والمغتربين الدكتور …": a coordinated word inside a title, when the title plainly goes on.
    const goesOn = () => !!next && (this.words.isHonorificAt(toks, j + 1) || nextIsTitle());
    if (t.norm.startsWith(and + this.m.article) && goesOn()) return { to: j + 1 };
    return null;
  }

  /**
   * "بمطار الملك عبدالعزيز الدولي": a facility in construct with the title at i is named after a title and a
   * name, neither of which is a person here; their words are taken so that no other pass reads them.
   */
  private facilityNamed(i: number, title: TitleRun): boolean {
    // The title may not carry a preposition ("بمطار بولي": ب + "ولي" is no title here).
    if (title.strip > 0 || !this.facilityBefore(i)) return false;
    const name = this.nameRun(this.honorificRun(title.to), false, true);
    for (let j = i; j < (name?.to ?? title.to); j++) this.tags.taken.add(j);
    return true;
  }

  /**
   * The country of a title's holder; one named after the body the title heads (`afterBody`) takes the nationality
   * the body ends with ("وزير أوروبا والشؤون الخارجية الفرنسي X"; "… للدعم في ليبيا" is where a mission works).
   */
  private holderCountry(title: TitleRun, afterBody: NameRun | null): string | null {
    const own = this.countryIn(title.from, title.to);
    if (own || !afterBody) return own;
    const geos = [...this.tags.geoAt.values()];
    return (
      geos.find((g) => g.kind === "demonym" && g.from >= title.to && g.to <= afterBody.from)?.code ?? null
    );
  }

  /** Whether a comma opens the mention's name, its honorifics aside ("الوزير الأول، السيد X"). */
  private openedByComma(m: PersonMention): boolean {
    if (this.toks.slice(m.from, m.to).some((t) => COMMAS.has(t.text))) return true;
    // A mention that opens with its title ("، الرئيس X") was not opened by that comma.
    if (this.words.titleHeadAt(this.toks, m.from) > 0) return false;
    let k = m.from - 1;
    while (k > 0 && this.words.honorificAt(this.toks, k) > 0) k--;
    return COMMAS.has(this.toks[k]?.text ?? "");
  }

  /**
   * Whether a facility noun in construct stands right before i: with no article ("بالمطار وزير …" is at the
   * airport, a minister), so what follows is the facility's name.
   */
  private facilityBefore(i: number): boolean {
    const before = this.toks[i - 1];
    if (!before) return false;
    return readings(before.norm, before.text).some((r) => !r.definite && this.lex.facilityNouns.has(r.word));
  }

  /** A word with no article, clitic or preposition before it, nor a preposition itself ("سامية", not "لدى"). */
  private isBareWord(t: Token): boolean {
    if (this.lex.prepositions.has(t.norm)) return false;
    return readings(t.norm, t.text).length === 1;
  }

  /**
   * "العاهل الأردني الملك …", "العاهل المغربي جلالة الملك …": the office said again in its other word (and its
   * honorifics) after the title that names the country; where the holder's name starts, or k.
   */
  private pastRestatedOffice(title: TitleRun, k: number): number {
    const head = this.toks[title.from];
    const again = this.toks[k];
    if (!head || !again || title.counterpart) return k;
    const restating = forms(head.norm).some((f) => this.lex.restatedOffices.get(f)?.has(again.norm));
    return restating ? this.honorificRun(k + 1) : k;
  }

  private honorificRun(j: number): number {
    let k = j;
    for (let h = this.words.honorificAt(this.toks, k); h > 0; h = this.words.honorificAt(this.toks, k))
      k += h;
    return k;
  }

  private fromTitle(i: number, roleOnly: boolean): void {
    const title = this.titleRun(i);
    if (!title) return;
    if (this.facilityNamed(i, title)) return;
    // "بنظيره اللبناني الرئيس نبيل العطار": the counterpart phrase, then the person's own title and name.
    // An honorific there ("نظيره السعودي الأمير منصور") is no title of its own: they stay counterparts.
    const honorificOnly =
      this.honorificRun(title.to) > title.to && this.titleRun(title.to)?.to === this.honorificRun(title.to);
    if (title.counterpart && this.words.titleHeadAt(this.toks, title.to) && !honorificOnly) {
      const own = this.titleRun(title.to);
      if (own) {
        const afterHonorifics = this.honorificRun(own.to);
        // "بنظيره السنغالي وزير الطاقة والمعادن، السيد X،": the name may stand between commas after the title.
        const name = this.nameRun(afterHonorifics, false, true) ?? this.commaNameRun(own.to);
        if (name && !roleOnly) {
          for (let j = i; j < own.from; j++) this.tags.taken.add(j);
          const m = this.add(name, { ...own, to: afterHonorifics }, this.countryIn(i, own.to), false);
          // The mention spans "نظيره البرازيلي وزير الطاقة X": "لقاء مع" finds the one met right after "مع".
          m.from = i;
          m.start = this.toks[i]!.start;
          return;
        }
      }
    }
    const { afterHonorifics, direct, name } = this.holderOf(title, roleOnly);
    const country = this.holderCountry(title, direct ? null : name);
    if (name && !roleOnly) {
      const titleSpan = title.counterpart ? null : { ...title, to: direct ? afterHonorifics : name.from };
      if (title.counterpart) for (let j = title.from; j < title.to; j++) this.tags.taken.add(j);
      const m = this.add(
        name,
        titleSpan ?? { from: title.to, to: afterHonorifics, strip: 0, counterpart: false },
        country,
        title.counterpart,
      );
      if (title.counterpart) {
        // The mention spans "بنظيره التركي أوزان قايا": the clitic on نظيره tells the one met from the subject.
        m.from = title.from;
        m.start = this.toks[title.from]!.start;
        this.counterparts.push({ person: m.id, of: null, sentence: this.tags.sentence.index });
      }
      return;
    }
    // "رئيس جديد" names no one: a role is definite ("الرئيس") or more than its head ("رئيس الجمهورية").
    const headWord = this.toks[title.from]?.norm ?? "";
    const definite = this.m.definiteProclitics.some((p) => headWord.startsWith(p)) || title.counterpart;
    if (roleOnly && !name && (definite || title.to - title.from >= 2)) {
      const role = this.addRole(title, country);
      // "محادثات مع نظيره العماني": the counterpart is someone of that country, found later by the article's context.
      if (title.counterpart) {
        role.counterpart = true;
        role.titleStems = [];
        role.titles = [];
        this.counterparts.push({ person: role.id, of: null, sentence: this.tags.sentence.index });
      }
    }
  }

  /** The name a title announces: right after it (and its honorifics), or after the body it heads. */
  private holderOf(title: TitleRun, roleOnly: boolean) {
    const honored = this.honorificRun(title.to);
    const afterHonorifics = this.pastRestatedOffice(title, honored);
    // "كما التقى الوزير المجري سعادة الدكتور X": after a verb, a definite office with its nationality and no more
    // is the subject, and the honorific opens the name of the one met.
    const verb = this.toks[title.from - 1];
    const apart =
      !!verb &&
      this.words.isEventVerb(verb) &&
      honored > title.to &&
      afterHonorifics === honored &&
      title.to - title.from === 2 &&
      this.tags.geoAt.get(title.from + 1)?.kind === "demonym";
    const read = apart
      ? null
      : (this.quotedNameRun(afterHonorifics) ??
        this.nameRun(
          afterHonorifics,
          false,
          true,
          afterHonorifics > title.to || this.definiteGivenName(afterHonorifics),
        ) ??
        this.commaNameRun(afterHonorifics));
    // "استقبل ولي العهد رئيس مجلس الوزراء معالي السيد X وزير الخارجية المجري،": after honorifics, a name with a
    // title of its own that names no one else is that title's holder, and the first title the host's.
    // ("الأمير الحاج X ولي عهد …": a one-word title of rank is the name's own.)
    const office = title.to - title.from >= 2;
    const direct = read && office && honored > title.to && this.holdsNextTitle(read.to) ? null : read;
    // "رئيس حكومة الوحدة الوطنية عبد الكريم …": the holder named after the body the title heads.
    const name =
      direct ??
      (roleOnly || title.counterpart || apart || read ? null : nameAfterBody(this.chainReader(), title.to));
    return { afterHonorifics, direct, name };
  }

  /** Whether a title starts at k (not after "و") and no name follows it: it is the title of the name before k. */
  private holdsNextTitle(k: number): boolean {
    const tok = this.toks[k];
    if (!tok || this.words.titleHeadAt(this.toks, k) === 0) return false;
    const own = this.titleRun(k);
    // "… ووزير الخارجية": a title after "و" is another item of a list.
    if (!own || own.counterpart || (own.strip > 0 && startsWithConjunction(tok.norm))) return false;
    return this.nameRun(this.honorificRun(own.to), false, true) === null;
  }

  private chainReader(): ChainReader {
    return {
      toks: this.toks,
      tags: this.tags,
      words: this.words,
      nameAt: (k, honored) => this.nameRun(k, false, true, honored),
      commaNameAt: (k) => this.commaNameRun(k),
    };
  }

  /**
   * "وزراء خارجية الأردن X، والسعودية Y" and "نظرائه الأردني X، والسعودي Y": every official of a list under a
   * plural head, with the title the head gives each ("وزير خارجية السعودية") and the country their item names.
   */
  private fromTitleList(i: number): void {
    const reader: ListReader = {
      toks: this.toks,
      tags: this.tags,
      words: this.words,
      nameAt: (k, coordinated) => this.nameRun(k, coordinated, true),
    };
    const list = readTitleList(reader, i);
    if (!list) return;
    const counterpart = list.singular === "";
    for (const [n, item] of list.items.entries()) {
      const strip = n === 0 ? list.strip : ((item.portfolio ?? item.place)?.strip ?? 0);
      const lead = { from: item.from, to: item.name.from, strip, counterpart: false };
      const m = this.add(item.name, lead.to > lead.from ? lead : null, item.country, counterpart);
      for (const span of [item.portfolio, item.place]) {
        if (span) for (let j = span.from; j < span.to; j++) this.tags.taken.add(j);
      }
      if (counterpart) {
        m.titles = [];
        m.titleStems = [];
        this.counterparts.push({ person: m.id, of: null, sentence: this.tags.sentence.index });
        continue;
      }
      const parts = [item.portfolio, item.place].filter((x): x is Span => x !== null);
      m.titles = [[list.singular, ...parts.map((x) => this.text(x.from, x.to, x.strip))].join(" ")];
      m.titleStems = [
        stem(fold(list.singular)),
        ...(item.portfolio ? this.stems(item.portfolio.from, item.portfolio.to) : []),
      ];
    }
    for (let j = i; j < (list.items[0]?.name.from ?? i); j++) this.tags.taken.add(j);
  }

  /**
   * "ووصل فالنتي إلى دمشق": right after a verb of meeting, visiting or speaking, a name-like word that no
   * list knows, followed by a preposition or punctuation, is a person (a surname used alone).
   */
  private fromVerbSubject(i: number): void {
    const verb = this.toks[i - 1];
    if (!verb || !this.words.isEventVerb(verb)) return;
    const name = this.nameRun(i, false);
    if (!name) return;
    const words = this.toks.slice(name.from, name.to);
    if (
      words.some((t) => this.words.isCommonWord(t) || this.words.isGivenNameToken(t)) &&
      name.to - name.from === 1
    )
      return;
    const after = this.toks[name.to];
    const boundary = !after || after.punct || this.words.isFunctionWord(after);
    if (boundary) this.add(name, null, null, false);
  }

  /** "حمد بن سعيد آل مطر رئيس الدولة": a title right after a name, with no comma, is that person's. */
  private fromTrailingTitle(i: number): void {
    const before = this.persons.find((p) => p.to === i && p.name !== null);
    const tok = this.toks[i];
    if (!before || !tok) return;
    const title = this.titleRun(i);
    if (!title || title.counterpart || title.strip !== 0) return;
    // "استقبل رئيس الوزراء الأرميني آرمين بدروسيان المسؤول الإيراني": a title of another country, or a bare
    // definite one after a name that had its own title, is someone else (the one received), not an apposition.
    const ownTitle = this.words.titleHeadAt(this.toks, before.from) > 0;
    const country = this.countryIn(title.from, title.to);
    if (country && before.country && country !== before.country) return;
    if (ownTitle && tok.norm.startsWith(this.m.article)) return;
    // "استقبل [X، بلقبه واسمه] رئيس الوزراء الباكستاني": right after the subject of a verb of meeting, a
    // title with no name is the one received.
    const verbBefore = this.toks[before.from - 1];
    if (ownTitle && verbBefore && this.words.isEventVerb(verbBefore)) return;
    this.attachTitle(before, title);
  }

  /**
   * "مع غيديون كاربوف نائب وزير الخارجية الروسي": two or three words that no list knows, right before a title
   * of some country's office (or an office of several words), are that official's name, though no given name
   * of the lists opens it (foreign names mostly: the lists cannot hold them all).
   */
  private fromNameBeforeTitle(i: number): void {
    const prev = this.toks[i - 1];
    if (prev && !prev.punct && !this.tags.taken.has(i - 1) && !this.words.isKnownWord(prev)) return;
    // "وكالة أسوشيتد برس": after the head of an organisation's name, the words are that name.
    if (prev && this.lex.orgHeads.match([prev.norm], []) !== null) return;
    // "، وتافور عبد المهدي رئيس وزراء …": after a comma, the last item of a list, its و the conjunction.
    const run = this.nameRun(i, COMMAS.has(prev?.text ?? ""));
    if (!run) return;
    // "من غيديون ويتكوف المبعوث …": right before the title, a word opening with و that is no و + word is the
    // surname, whatever the lists know of the given name before it.
    const name = this.surnameWithAnd(run.to) && this.titleRun(run.to + 1) ? { ...run, to: run.to + 1 } : run;
    const words = this.toks.slice(name.from, name.to);
    const particles = words.filter((t) => this.words.isParticle(t)).length;
    const count = words.length - particles;
    if (count < 2 || count > 3) return;
    const rest = name.strip > 0 ? words.slice(1) : words;
    if (rest.some((t) => this.words.isKnownWord(t) && !this.words.isParticle(t))) return;
    const title = this.titleRun(name.to);
    if (!title || title.counterpart || title.strip !== 0) return;
    // The title names a country, or is an office of more than one word ("وزير الدولة للشؤون الخارجية").
    const country = this.countryIn(title.from, title.to);
    if (!country && title.to - title.from < 2) return;
    this.add(name, title, country, false);
  }

  /** A word that opens with و and is no و + word ("ويتكوف", not "والوزير" nor "ووزير"). */
  private surnameWithAnd(k: number): boolean {
    const tok = this.toks[k];
    const { and } = this.m.clitics;
    if (!tok || tok.punct || this.tags.taken.has(k) || this.tags.geoAt.has(k)) return false;
    if (!tok.norm.startsWith(and) || tok.norm.length <= 3 || this.words.isKnownWord(tok)) return false;
    return !this.words.isAndOnWord(tok);
  }

  private fromHonorific(i: number): void {
    const end = this.honorificRun(i);
    if (end === i) return;
    // An honorific announces a name as a title does ("معالي تافور كيشين دار نائب رئيس الوزراء").
    const name = this.nameRun(end, false, false, false, true);
    const strip = this.words.honorific(this.toks, i)?.prefix ?? 0;
    if (!name) return;
    // "مسجد الشيخ سالم الكبير": a facility in construct with the honorific and name it is named after.
    if (this.facilityBefore(i)) {
      for (let j = i; j < name.to; j++) this.tags.taken.add(j);
      return;
    }
    const m = this.add(name, { from: i, to: end, strip, counterpart: false }, null, false);
    // A rank or an honorific ("المشير", "الأدميرال", "الدكتور") is no post: it stays out of the titles (so no
    // occupancy and no country presumed from the outlet), and its stems still match a later "المشير". A
    // courtesy ("السيد") tells nothing of the person: no stems, so it never sets two namesakes apart.
    m.titles = [];
    if (this.toks.slice(i, end).every((t) => this.words.isCourtesy(t))) m.titleStems = [];
  }

  /**
   * "وانغ يي، وهو أيضا عضو المكتب السياسي …،": a title after "وهو" describes the person before the comma, no one
   * else. Returns whether it read one.
   */
  private fromPronounApposition(comma: number): boolean {
    const cue = this.toks[comma + 1];
    if (!cue || !this.lex.appositionCues.has(cue.norm)) return false;
    const before = this.persons.find((p) => p.to === comma && p.name !== null);
    let at = comma + 2;
    if (this.lex.alsoWords.has(this.toks[at]?.norm ?? "")) at++;
    const title = this.titleRun(at);
    if (!title || title.counterpart) return false;
    this.tags.taken.add(comma + 1).add(at - 1);
    // Named only later on (a surname the article pass finds): the title is still no one else's.
    if (before) this.attachTitle(before, title);
    else for (let j = title.from; j < title.to; j++) this.tags.taken.add(j);
    return true;
  }

  /** "كمال نوري ، نظيره الإيراني" and "جواد حسيني ، نائب الرئيس": the name before the comma. */
  private fromApposition(comma: number): void {
    if (this.tags.taken.has(comma + 1)) return;
    if (this.fromPronounApposition(comma)) return;
    const title = this.titleRun(comma + 1);
    // "…، وممثل المرشد": a title after "و" starts a new item of a list, not an apposition.
    if (
      !title ||
      (!title.counterpart && startsWithConjunction(this.toks[comma + 1]?.norm ?? "") && title.strip > 0)
    )
      return;
    const before = this.persons.find((p) => p.to === comma && p.name !== null);
    // "يستقبل الوزير الأول، السيد X، الوزير النيجيري": a name set between commas after its own title is closed; a
    // title of another country after it is the next part of the sentence (the one received), not X's.
    const closed =
      !!before &&
      before.titles.length > 0 &&
      this.openedByComma(before) &&
      this.countryIn(title.from, title.to) !== before.country &&
      this.countryIn(title.from, title.to) !== null;
    if (closed) return;
    if (before) {
      this.attachTitle(before, title);
      return;
    }
    let from = comma;
    while (from > 0 && comma - from < MAX_NAME_WORDS + 1) {
      const idx = from - 1;
      const tok = this.toks[idx]!;
      if (this.tags.taken.has(idx)) break;
      if (
        tok.norm.startsWith(this.m.clitics.and) &&
        tok.norm.length > 3 &&
        !this.words.isGivenName(tok.norm)
      ) {
        const peeled = { ...this.tags, sentence: { ...this.tags.sentence, tokens: this.peeled(idx) } };
        if (this.words.canBeName(peeled, idx, 0)) from = idx;
        break;
      }
      const position = idx > 0 && this.words.isParticle(this.toks[idx - 1]!) ? 1 : 0;
      if (!this.words.canBeName(this.tags, idx, position)) break;
      from = idx;
    }
    if (from === comma) return;
    // "بقصر قرطاج، وزير …": a word after a place noun with its preposition is that place's name, not a person.
    const lead = this.toks[from - 1];
    if (lead && this.words.isPrepositionPhrase(lead)) return;
    const name = this.nameRun(from, true);
    if (!name || name.to !== comma) return;
    const country = this.countryIn(title.from, title.to);
    const m = this.add(name, title.counterpart ? null : title, country, title.counterpart, title);
    if (title.counterpart)
      this.counterparts.push({ person: m.id, of: null, sentence: this.tags.sentence.index });
  }

  /** "محمد جواد حسيني" with no title: a known given name followed by more name words. */
  private fromGivenName(i: number): void {
    const tok = this.toks[i];
    if (!tok || tok.punct) return;
    const { and } = this.m.clitics;
    const coordinated = tok.norm.startsWith(and) && this.words.isGivenName(tok.norm.slice(and.length));
    if (!this.words.isGivenName(tok.norm) && !coordinated) return;
    const name = this.nameRun(i, coordinated);
    if (!name || name.to - name.from < 2) return;
    // With no title to vouch for it, a given name before an ordinary word with the article is a phrase
    // ("حسن الجوار", "جمال الطبيعة"), not a person.
    // A title right after the name vouches for it ("عادل المطيري وزير الدولة"), and so does a family-name shape
    // (a nisba: "الحريري") for a word that is frequent only as a surname.
    const rest = this.toks.slice(name.from + 1, name.to);
    const next = this.toks[name.to];
    const nextNext = this.toks[name.to + 1];
    const vouched =
      (!!next && this.words.titleHeadAt(this.toks, name.to) > 0) ||
      (!!next && COMMAS.has(next.text) && !!nextNext && this.words.titleHeadAt(this.toks, name.to + 1) > 0);
    const phrase = (t: Token) =>
      t.norm.startsWith(this.m.article) &&
      !this.words.isNameTail(t) &&
      (this.words.isFunctionWord(t) ||
        (this.words.isCommonWord(t) &&
          !vouched &&
          !(t.norm.endsWith(this.m.nisba) && !this.words.isFrequent(t))));
    if (rest.some(phrase)) return;
    this.add(name, null, null, false);
  }

  /** "…، وسليم داوودي": one more name in a list of people. */
  private fromListContinuation(i: number): void {
    const prev = this.persons.find(
      (p) => p.to === i || (p.to === i - 1 && COMMAS.has(this.toks[i - 1]?.text ?? "")),
    );
    const tok = this.toks[i];
    if (!prev || !tok || this.tags.taken.has(i) || !tok.norm.startsWith(this.m.clitics.and)) return;
    const name = this.nameRun(i, true);
    if (name && name.to - name.from >= 2) this.add(name, null, null, false);
  }

  /** "سليم داوودي ، سكرتير المجلس …": a title in apposition to a mention already found. */
  private attachTitle(m: PersonMention, title: TitleRun): void {
    for (let j = title.from; j < title.to; j++) this.tags.taken.add(j);
    if (title.counterpart) {
      m.counterpart = true;
      this.counterparts.push({ person: m.id, of: null, sentence: this.tags.sentence.index });
    } else {
      m.titles.push(this.text(title.from, title.to, title.strip));
      m.titleStems.push(...this.stems(title.from, title.to));
    }
    m.country ??= this.countryIn(title.from, title.to);
    m.to = title.to;
    m.end = this.toks[title.to - 1]!.end;
  }

  private countryIn(from: number, to: number): string | null {
    // "رئيس الجمهورية الإسلامية الموريتانية": the republic named further on beats "the Republic" read as ours.
    let ours: string | null = null;
    for (let j = from; j < to; j++) {
      // "المبعوث … إلى سورية", "السفير … لدى ليبيا": where someone is posted is not their country.
      if (this.lex.postingPrepositions.has(this.toks[j]?.norm ?? "")) {
        j = this.tags.geoAt.get(j + 1)?.to ?? j;
        continue;
      }
      const geo: GeoMention | undefined = this.tags.geoAt.get(j);
      if (geo?.kind === "our") ours ??= geo.code;
      else if (geo) return geo.code;
    }
    if (ours) return ours;
    for (let j = from; j < to; j++) {
      const code = this.words.titleCountryAt(this.toks, j);
      if (code) return code;
    }
    return null;
  }

  private text(from: number, to: number, strip = 0): string {
    const a = this.toks[from];
    const b = this.toks[to - 1];
    if (!a || !b) return "";
    const s = this.tags.sentence;
    const text = s.text.slice(a.start + strip - s.start, b.end - s.start);
    // "للأدميرال" = ل + الأدميرال with the alef dropped: give the title its article back.
    const { article, articleAfterLam } = this.m;
    const dropped = strip === 2 && a.norm.startsWith(articleAfterLam) && !text.startsWith(article);
    return dropped ? article + text : text;
  }

  private stems(from: number, to: number): string[] {
    const out: string[] = [];
    for (let j = from; j < to; j++) {
      const t = this.toks[j];
      if (!t || t.punct || this.tags.geoAt.has(j) || this.lex.locativePrepositions.has(t.norm)) continue;
      // "رئيس الجمهورية", "رئيس الدولة": the state named, like a country, is no word of the post.
      const { words, stateNouns } = this.lex.ourCountryAfter;
      if (words.has(t.norm) || stateNouns.has(t.norm) || this.isGuestWord(t)) continue;
      out.push(stem(t.norm));
    }
    return out;
  }

  private add(
    name: NameRun,
    title: TitleRun | null,
    country: string | null,
    counterpart: boolean,
    apposition?: TitleRun,
  ): PersonMention {
    const first = Math.min(name.from, title?.from ?? name.from);
    const last = Math.max(name.to, title?.to ?? name.to, apposition?.to ?? 0);
    for (let j = first; j < last; j++) this.tags.taken.add(j);
    for (let j = name.from; j < name.to; j++) {
      const geo = this.tags.geoAt.get(j);
      if (geo) this.swallowed.add(geo);
    }
    const nameText = this.text(name.from, name.to, name.strip);
    const titleText = title && title.to > title.from ? this.text(title.from, title.to, title.strip) : null;
    const firstTok = this.toks[first]!;
    const lastTok = this.toks[last - 1]!;
    const m: PersonMention = {
      id: this.nextId(),
      sentence: this.tags.sentence.index,
      from: first,
      to: last,
      start: firstTok.start + (first === name.from ? name.strip : (title?.strip ?? 0)),
      end: lastTok.end,
      name: nameText,
      nameKey: nameKeyOf(fold(nameText).split(/\s+/).filter(Boolean)),
      titles: titleText ? [titleText] : [],
      titleStems: title ? this.stems(title.from, title.to) : [],
      country,
      org: null,
      counterpart,
    };
    this.persons.push(m);
    return m;
  }

  /** "الضيف", "والزائر": a word that makes a role the one who visits. */
  private isGuestWord(t: Token): boolean {
    return forms(t.norm, t.text).some((f) => this.lex.guestWords.has(f));
  }

  private addRole(title: TitleRun, country: string | null): PersonMention {
    for (let j = title.from; j < title.to; j++) this.tags.taken.add(j);
    const a = this.toks[title.from]!;
    const b = this.toks[title.to - 1]!;
    const role: PersonMention = {
      id: this.nextId(),
      sentence: this.tags.sentence.index,
      from: title.from,
      to: title.to,
      start: a.start + title.strip,
      end: b.end,
      name: null,
      nameKey: [],
      titles: [this.text(title.from, title.to, title.strip)],
      titleStems: this.stems(title.from, title.to),
      country,
      org: null,
      counterpart: false,
      guest: this.toks.slice(title.from, title.to).some((t) => this.isGuestWord(t)),
    };
    this.persons.push(role);
    return role;
  }
}

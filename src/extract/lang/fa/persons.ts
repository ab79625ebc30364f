// People in one Persian sentence, by shape: a name before its title ("X، وزیر امور خارجه ترکیه"), a title and
// then a name after a comma ("رئیس‌جمهور چین، X"), a list sharing a plural title ("X و Y وزرای خارجه ایران و
// ترکیه"), a name in «guillemets», an honorific or a given name that starts a name, "همتای سعودی خود".
import { CLAUSE_ENDS, COMMAS } from "../../text/chars.ts";
import { nameRules } from "../../assemble/name-rules.ts";
import type { PersonMention } from "../../mentions.ts";
import { titleAt, type TitleMatch } from "./titles.ts";
import type { PersianWords, SentenceTags } from "./words.ts";

/** Token range [from, to) of a name. */
interface Group {
  from: number;
  to: number;
}

/** How far before "به رهبری" the delegation's noun may stand ("هیئت بلندرتبه قزاقستان به رهبری"). */
const DELEGATION_REACH = 5;
const MAX_NAME = 4;
const MAX_ATTRIBUTION = 8;
/** How far back a companion cue may stand from a title it lists ("شامل وزیر امور خارجه، X و وزیر …"). */
const COMPANION_REACH = 10;
const OPEN_QUOTES = new Set(["«", '"', "“"]);
const CLOSE_QUOTES = new Set(["»", '"', "”"]);

export class PersonFinder {
  private readonly out: PersonMention[] = [];
  private quotes: Group[] = [];

  constructor(
    private readonly words: PersianWords,
    private readonly tags: SentenceTags,
    private readonly newId: () => number,
    private readonly sourceCountry: string | null,
  ) {}

  private get toks() {
    return this.tags.sentence.tokens;
  }

  find(): PersonMention[] {
    this.skipAttributions();
    this.quotes = this.quotedNames();
    for (let i = 0; i < this.toks.length; i++) {
      const t = titleAt(this.words, this.tags, i);
      if (t) {
        this.titled(t);
        i = t.to - 1;
      } else if (this.words.lex.counterpart.has(this.toks[i]?.norm ?? "")) i = this.counterpartAt(i) - 1;
    }
    this.listed();
    for (let i = 0; i < this.toks.length; i++) this.untitledAt(i);
    for (const q of this.quotes) if (!this.tags.taken.has(q.from) && this.accepted(q)) this.add(q, null);
    this.delegationHeadsCountry();
    return this.out.sort((a, b) => a.from - b.from);
  }

  /** "هیئت قزاقستان به رهبری X": the head of a country's delegation is of that country, when nothing else says. */
  private delegationHeadsCountry(): void {
    const { norms } = this.tags;
    const lex = this.words.lex;
    for (let i = 0; i < norms.length; i++) {
      const m = lex.delegationHeads.match([norms[i] ?? ""], norms.slice(i + 1, i + 3));
      if (!m) continue;
      const noun = norms
        .slice(Math.max(0, i - DELEGATION_REACH), i)
        .findLastIndex((w) => lex.delegationNouns.has(w));
      if (noun < 0) continue;
      const from = Math.max(0, i - DELEGATION_REACH) + noun;
      const geo = [...this.tags.geoAt.values()].find((g) => g.from > from && g.to <= i && g.kind !== "place");
      const head = this.out.find((p) => p.from === i + m.length && p.name !== null);
      if (geo && head && head.country === null) head.country = geo.code;
    }
  }

  /** "به گزارش خبرگزاری X،": the outlet named up to the comma is no person. */
  private skipAttributions(): void {
    const norms = this.tags.norms;
    for (let i = 0; i < norms.length; i++) {
      const m = this.words.lex.attribution.match([norms[i] ?? ""], norms.slice(i + 1, i + 3));
      if (!m) continue;
      // Up to the comma, and never into a quoted name or a title that follows with no comma.
      let k = i;
      const stop = (j: number) =>
        COMMAS.has(norms[j] ?? "") ||
        OPEN_QUOTES.has(norms[j] ?? "") ||
        this.words.lex.titleHeads.has(norms[j] ?? "");
      while (k < norms.length && k - i < MAX_ATTRIBUTION && !stop(k)) this.tags.taken.add(k++);
    }
    // "هیئتی به رهبری X": the words that name a delegation's head are no part of the head's name.
    for (let i = 0; i < norms.length; i++) {
      const m = this.words.lex.delegationHeads.match([norms[i] ?? ""], norms.slice(i + 1, i + 3));
      for (let k = i; m && k < i + m.length; k++) this.tags.taken.add(k);
    }
  }

  /** «X»: one to four name words in quotation marks. */
  private quotedNames(): Group[] {
    const out: Group[] = [];
    this.toks.forEach((tok, i) => {
      if (!OPEN_QUOTES.has(tok.text)) return;
      const k = this.nameEnd(i + 1);
      if (k > i + 1 && CLOSE_QUOTES.has(this.toks[k]?.text ?? "")) out.push({ from: i + 1, to: k });
    });
    return out;
  }

  /** A quoted phrase is a name when it starts with a given name or stands after "با" / "از" (quotes are also for slogans). */
  private accepted(q: Group): boolean {
    const first = this.toks[q.from]?.norm ?? "";
    const before = this.toks[q.from - 2]?.norm ?? "";
    return (
      this.words.isGivenName(first) ||
      this.words.lex.withWords.has(before) ||
      this.words.lex.fromWords.has(before)
    );
  }

  private titled(t: TitleMatch): void {
    for (let k = t.from; k < t.to; k++) this.tags.taken.add(k);
    const groups = this.namesBefore(t.from, t.plural);
    if (groups.length === 0) {
      // A spouse or a prince is named right after the word, whatever the lists know of the name.
      const announced = t.bare && this.words.lex.nameHeads.has(this.tags.norms[t.from] ?? "");
      const after = this.nameAfter(t.to, t.spouse || announced);
      // "شاهزاده X، سفیر عربستان …": the office in apposition names X; that title's own rule reads the name.
      if (after && announced && this.appositionAt(after.to)) return;
      if (after) groups.push(after);
    }
    if (groups.length === 0 && t.plural && t.countries.length > 1) {
      // "همتایان فرانسوی، آلمانی و بریتانیایی": one role per country, each resolved to its own person.
      for (const country of t.countries)
        this.push(t, { name: null, titles: [t.text], country, counterpart: false });
      return;
    }
    if (groups.length === 0) {
      const country = t.countries[0] ?? (t.bare && !t.spouse ? this.sourceCountry : null);
      this.push(t, { name: null, titles: [t.text], country, counterpart: false });
      return;
    }
    groups.forEach((g, n) => {
      const country = t.countries.length === groups.length ? t.countries[n] : t.countries[0];
      this.add(g, t, country ?? null);
    });
  }

  /** A comma and then a title at k. */
  private appositionAt(k: number): boolean {
    return COMMAS.has(this.toks[k]?.text ?? "") && titleAt(this.words, this.tags, k + 1) !== null;
  }

  /** Names right before a title (a comma between them is allowed), and for a plural title the list they end. */
  private namesBefore(at: number, plural: boolean): Group[] {
    const groups: Group[] = [];
    let end = at;
    if (COMMAS.has(this.toks[end - 1]?.text ?? "")) end--;
    for (;;) {
      const g = this.quoteEndingAt(end) ?? this.scanBack(end);
      if (!g) break;
      groups.unshift(g);
      const link = this.toks[g.from - (this.isQuote(g) ? 2 : 1)];
      // "A، B و C، وزیران خارجه …": a plural title ends a list joined by commas and a last "و".
      if (!plural || !link || !(this.words.lex.conjunctions.has(link.norm) || COMMAS.has(link.text))) break;
      end = g.from - (this.isQuote(g) ? 2 : 1);
    }
    return groups;
  }

  private isQuote(g: Group): boolean {
    return this.quotes.includes(g);
  }

  private quoteEndingAt(end: number): Group | null {
    return this.quotes.find((q) => q.to === end - 1 && !this.tags.taken.has(q.from)) ?? null;
  }

  private scanBack(end: number): Group | null {
    let k = end;
    let words = 0;
    // "آندری سیبیها، وزیر …": the last word before an apposition's comma may end like a plural ("-ها") when a
    // name word stands before it.
    const last = this.toks[end - 1];
    const free = (j: number) =>
      !this.tags.taken.has(j) && !this.tags.geoAt.has(j) && !this.tags.dateAt.has(j);
    if (
      COMMAS.has(this.toks[end]?.text ?? "") &&
      last &&
      free(end - 1) &&
      !this.words.isNameWord(this.tags, end - 1) &&
      this.words.nameLike(last, true) &&
      this.words.isNameWord(this.tags, end - 2)
    ) {
      k = end - 1;
      words = 1;
    }
    while (k > 0 && (this.words.isNameWord(this.tags, k - 1) || this.afterParticle(k - 1, 0))) {
      const particle = this.words.lex.particles.has(this.tags.norms[k - 1] ?? "");
      if (!particle && words === MAX_NAME) break;
      if (!particle) words++;
      k--;
    }
    // "هواپیمای حامل رئیس‌جمهور": the words are the complement of a noun in construct, not a name.
    for (let j = Math.max(0, k - 1); j < end - 1; j++)
      if (this.words.inConstruct(this.toks[j]?.norm ?? "")) return null;
    return k < end ? { from: k, to: end } : null;
  }

  /** "رئیس‌جمهور چین، X": a name after the title, behind a comma, a quotation mark or starting with a given name. */
  private nameAfter(at: number, free = false): Group | null {
    let k = at;
    const comma = COMMAS.has(this.toks[k]?.text ?? "");
    if (comma) k++;
    const quoted = this.quotes.find((q) => q.from === k + 1 && !this.tags.taken.has(q.from));
    if (quoted) return quoted;
    // "رئیس‌جمهور شهید آیت‌الله سید ابراهیم …": honorifics may stand between the title and the name.
    const norms = this.tags.norms;
    for (let h = this.honorificLength(k); h > 0; h = this.honorificLength(k)) k += h;
    if (this.words.lex.gluedPrefixes.includes(norms[k] ?? "") && this.words.isGivenName(norms[k + 1] ?? ""))
      k++;
    const end = this.nameEnd(k);
    if (!comma && !free && !this.words.isGivenName(norms[k] ?? "") && !this.unknownName(k, end)) return null;
    // "رئیس ستاد کل، سازوکار مشترک مقابله …": after a comma, frequent words past the first are the sentence going on.
    // ("همتای پاکستانی خود، کامران دار، که": a name the next comma closes stands, whatever its words.)
    const frequentTail = norms.slice(k + 1, end).some((w) => this.words.lex.commonWords.has(w));
    const closed = !this.toks[end] || this.toks[end].punct;
    if (comma && !closed && !this.words.isGivenName(norms[k] ?? "") && frequentTail) return null;
    return end > k ? { from: k, to: end } : null;
  }

  /**
   * "دبیرکل ناتو تاوو کالیسنن": two name words or more that no list knows and that are no frequent words are a
   * foreign name, whatever the lists know of its given name.
   */
  private unknownName(from: number, to: number): boolean {
    const norms = this.tags.norms.slice(from, to);
    // "پادشاه بریتانیا لوریس سوم": a word no list knows and a regnal ordinal are a monarch's name.
    const regnal = this.words.lex.regnalOrdinals.has(norms[norms.length - 1] ?? "");
    if (regnal) norms.pop();
    return norms.length >= (regnal ? 1 : 2) && norms.every((w) => !this.words.lex.commonWords.has(w));
  }

  private honorificLength(k: number): number {
    const norms = this.tags.norms;
    return this.words.lex.honorifics.match([norms[k] ?? ""], norms.slice(k + 1, k + 4))?.length ?? 0;
  }

  /** "همتای سعودی خود": the other side's counterpart, a role mention of the country named. */
  private counterpartAt(i: number): number {
    const geo = this.tags.geoAt.get(i + 1);
    let end = geo ? geo.to : i + 1;
    // "همتایان فرانسوی، آلمانی و بریتانیایی خود": counterparts of several countries, one role each.
    const countries = geo ? [geo.code] : [];
    for (;;) {
      const link = this.toks[end];
      const next = this.tags.geoAt.get(end + 1);
      if (!link || !next || next.from !== end + 1 || next.kind === "place") break;
      if (!COMMAS.has(link.text) && !this.words.lex.conjunctions.has(link.norm)) break;
      countries.push(next.code);
      end = next.to;
    }
    const reflexive = this.words.lex.reflexives.has(this.toks[end]?.norm ?? "");
    if (reflexive) end++;
    for (let k = i; k < end; k++) this.tags.taken.add(k);
    const text = this.toks
      .slice(i, end)
      .map((t) => t.text)
      .join(" ");
    const p = { titles: [text], country: geo?.code ?? null, counterpart: true };
    // "با X Y همتای ایرانی خود دیدار کرد": the counterpart named right before the phrase, in two words or more,
    // whatever the lists know of them (a foreign given name is in none).
    const before = this.namesBefore(i, false)[0];
    if (
      before &&
      !this.isQuote(before) &&
      before.to - before.from >= 2 &&
      !this.tags.taken.has(before.from)
    ) {
      for (let k = before.from; k < before.to; k++) this.tags.taken.add(k);
      this.push({ from: before.from, to: end }, { ...p, name: this.text(before) }, before);
      return end;
    }
    // "همتای پاکستانی خود، X،": the counterpart named after a comma; "همتای عمانی خود X": after "خود", which
    // closes the phrase, whatever the lists know of the name; with neither, a name as after any title.
    const named = COMMAS.has(this.toks[end]?.text ?? "")
      ? this.nameAfter(end)
      : (this.nameAfter(end) ?? (reflexive ? this.twoWordName(this.nameAfter(end, true)) : null));
    if (named) {
      for (let k = named.from; k < named.to; k++) this.tags.taken.add(k);
      this.push({ from: i, to: named.to }, { ...p, name: this.text(named) }, named);
      return named.to;
    }
    for (const country of countries.length > 1 ? countries : [p.country])
      this.push({ from: i, to: end }, { ...p, country, name: null });
    return end;
  }

  /** A name of two words or more whose last word is no frequent word ("سالم الحارثی", not "هفتمین دور"). */
  private twoWordName(g: Group | null): Group | null {
    if (!g || g.to - g.from < 2) return null;
    return this.words.lex.commonWords.has(this.tags.norms[g.to - 1] ?? "") ? null : g;
  }

  /**
   * "از جمله X از روسیه و Y از هند": after a list opener, each name followed by "از" and a country is a
   * participant of that country, whatever the names (foreign given names are in no list).
   */
  private listed(): void {
    const norms = this.tags.norms;
    for (let i = 0; i < norms.length; i++) {
      const opener = this.words.lex.listOpeners.match([norms[i] ?? ""], norms.slice(i + 1, i + 3));
      if (!opener) continue;
      let k = i + opener.length;
      for (;;) {
        const end = this.nameEnd(k);
        const geo = this.tags.geoAt.get(end + 1);
        if (end === k || !this.words.lex.fromWords.has(norms[end] ?? "") || geo?.kind !== "country") break;
        this.add({ from: k, to: end }, null, geo.code);
        k = geo.to;
        if (!this.words.lex.conjunctions.has(norms[k] ?? "") && !COMMAS.has(norms[k] ?? "")) break;
        k++;
      }
    }
  }

  /** Whether a companion cue ("شامل", "به همراه") stands a few words before the title. */
  private inCompanionList(at: number): boolean {
    const norms = this.tags.norms;
    for (let k = at - 1; k >= Math.max(0, at - COMPANION_REACH); k--)
      if (this.words.lex.companionCues.match([norms[k] ?? ""], norms.slice(k + 1, k + 3))) return true;
    return false;
  }

  /** Whether the clause from `at` goes on to say its subject accompanies someone ("… را همراهی می‌کند"). */
  private accompaniesSomeone(at: number): boolean {
    const norms = this.tags.norms;
    for (let k = at; k < norms.length && !CLAUSE_ENDS.has(norms[k] ?? ""); k++)
      if (this.words.lex.accompanyVerbs.match([norms[k] ?? ""], norms.slice(k + 1, k + 4))) return true;
    return false;
  }

  /** An honorific ("آیت‌الله", "دکتر") or a given name followed by more name words starts a name. */
  private untitledAt(i: number): void {
    if (this.tags.taken.has(i)) return;
    const norms = this.tags.norms;
    const h = this.words.lex.honorifics.match([norms[i] ?? ""], norms.slice(i + 1, i + 4));
    const start = h ? i + h.length : i;
    // "در دولت فرخی‌نژاد": a name right after "دولت" is the head of that government.
    const led = this.words.lex.governmentOf.has(norms[i - 1] ?? "") && this.words.isNameWord(this.tags, i);
    const named = this.words.isGivenName(norms[i] ?? "") || this.relativeSubject(i) || this.metWith(i);
    if (!h && !led && !named) return;
    if (this.words.lex.notNames.match([norms[i] ?? ""], norms.slice(i + 1, i + 3))) return;
    const end = this.nameEnd(start);
    if (end - start < (h || led ? 1 : 2)) return;
    this.add({ from: start, to: end }, null, null, h ? i : start);
  }

  /**
   * "به گزارش هم‌میهن، تافور یورداکول که روز دوشنبه وارد آنکارا شده بود": at the start of a clause, two or three
   * words no list knows before the relative "که" are the name of the one the clause tells of, whatever the lists
   * know of its given name.
   */
  private relativeSubject(i: number): boolean {
    const before = this.toks[i - 1];
    if (before && !before.punct) return false;
    const end = this.nameEnd(i);
    // ("X Y نیز آذرماه پارسال در سفری به دهلی نو …": a subject that acts too, as a relative's does.)
    const next = this.tags.norms[end] ?? "";
    const relative = this.words.lex.relativeMarkers.has(next) || this.words.lex.subjectEchoes.has(next);
    return relative && end - i >= 2 && end - i <= 3 && this.unknownName(i, end);
  }

  /**
   * "با اسکندر مؤمنیان دیدار و گفت‌وگو کرد": two or three words no list knows between "با" and a meeting word are
   * the name of the one met.
   */
  private metWith(i: number): boolean {
    const norms = this.tags.norms;
    if (!this.words.lex.withWords.has(norms[i - 1] ?? "")) return false;
    const end = this.nameEnd(i);
    const meeting = this.words.lex.meetingNouns.match([norms[end] ?? ""], norms.slice(end + 1, end + 3));
    return !!meeting && end - i >= 2 && end - i <= 3 && this.unknownName(i, end);
  }

  /**
   * Where a name that starts at k ends: up to MAX_NAME words, particles not counted ("تافور بن کاسلو بن عبدالله آل
   * منصور" is one name of four words).
   */
  private nameEnd(k: number): number {
    let end = k;
    let words = 0;
    while (end < this.toks.length && (this.words.isNameWord(this.tags, end) || this.afterParticle(end, k))) {
      const particle = this.words.lex.particles.has(this.tags.norms[end] ?? "");
      if (!particle && words === MAX_NAME) break;
      if (!particle) words++;
      end++;
    }
    return end;
  }

  /** "بن سلطان", "آل سعود": after a lineage or family particle inside a name, any word is a name word. */
  private afterParticle(i: number, start: number): boolean {
    const tok = this.toks[i];
    if (i <= start || !tok || tok.punct || this.tags.taken.has(i) || this.tags.geoAt.has(i)) return false;
    return nameRules().openingParticles.has(this.tags.norms[i - 1] ?? "") && !this.tags.dateAt.has(i);
  }

  private add(g: Group, t: TitleMatch | null, country: string | null = null, extentFrom = g.from): void {
    const honorific = this.honorificBefore(extentFrom);
    const titles = [
      ...(honorific ? [this.text({ from: honorific, to: extentFrom })] : []),
      ...(t ? [t.plural ? t.head : t.text] : []),
      ...(extentFrom < g.from ? [this.text({ from: extentFrom, to: g.from })] : []),
    ];
    // A spouse is of the country of the one named before ("رئیس‌جمهور چین و همسرش"); a bare office, the outlet's,
    // unless it is listed in someone's delegation ("هیئتی شامل وزیر امور خارجه، X"), accompanies someone ("X،
    // وزیر ترانسپورت، او را همراهی می‌کند") or is a prince's or a king's (no outlet presumes its own): the context
    // tells whose.
    const own = t?.spouse
      ? (this.out[this.out.length - 1]?.country ?? null)
      : t?.bare &&
          !this.inCompanionList(t.from) &&
          !this.accompaniesSomeone(g.to) &&
          !this.words.lex.nameHeads.has(this.tags.norms[t.from] ?? "")
        ? this.sourceCountry
        : null;
    const from = Math.min(honorific ?? extentFrom, t?.from ?? g.from);
    const to = Math.max(g.to, t && !t.plural ? t.to : g.to);
    for (let k = from; k < to; k++) this.tags.taken.add(k);
    this.push({ from, to }, { name: this.text(g), titles, country: country ?? own, counterpart: false }, g);
  }

  private honorificBefore(at: number): number | null {
    for (let k = Math.max(0, at - 3); k < at; k++) {
      const norms = this.tags.norms;
      const h = this.words.lex.honorifics.match([norms[k] ?? ""], norms.slice(k + 1, at));
      if (h && k + h.length === at) return k;
    }
    return null;
  }

  private text(g: Group): string {
    const s = this.tags.sentence;
    const start = this.toks[g.from]?.start ?? s.start;
    const end = this.toks[g.to - 1]?.end ?? start;
    return s.text.slice(start - s.start, end - s.start);
  }

  /**
   * The name's folded words without a written-on honorific ("سیدعباس" -> "عباس", "سید ابراهیم" -> "ابراهیم"),
   * and after the first word, the rest joined: outlets space foreign names differently ("هائو لین", "هائولین").
   */
  private nameKey(g: Group): string[] {
    const ws = this.toks
      .slice(g.from, g.to)
      .map((t) => this.words.withoutSayyid(t.norm))
      .filter((w, k, all) => !(k === 0 && all.length > 1 && this.words.lex.gluedPrefixes.includes(w)));
    return ws.length >= 3 ? [ws[0] ?? "", ws.slice(1).join("")] : ws;
  }

  private push(
    extent: Group,
    p: { name: string | null; titles: string[]; country: string | null; counterpart: boolean },
    nameGroup?: Group,
  ): void {
    // A title's places and function words are no words of the post: "سفیر عربستان در لندن" shares nothing with
    // "وزیر امور خارجه عربستان" but its country.
    const places = new Set([...this.tags.geoAt.keys()].map((k) => this.tags.norms[k]));
    const stems = p.titles
      .flatMap((t) => this.words.titleStems(t))
      .filter((w) => !places.has(w) && !this.words.lex.functionWords.has(w));
    const key = nameGroup && p.name !== null ? this.nameKey(nameGroup) : [];
    this.out.push({
      id: this.newId(),
      sentence: this.tags.sentence.index,
      from: extent.from,
      to: extent.to,
      start: this.toks[extent.from]?.start ?? 0,
      end: this.toks[extent.to - 1]?.end ?? 0,
      name: p.name,
      nameKey: key,
      titles: p.titles,
      titleStems: stems,
      country: p.country,
      org: null,
      counterpart: p.counterpart,
    });
  }
}

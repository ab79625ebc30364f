// Finds person mentions in an English sentence by their shape: title before a name, apposition after it, honorifics, given names, role mentions.
import type { CounterpartMention, PersonMention } from "../../mentions.ts";
import { fold } from "../../text/fold.ts";
import { titleRun, type TitleRun } from "./titles.ts";
import type { EnglishWords, SentenceTags } from "./words.ts";

const DETERMINERS = new Set(["the", "a", "an"]);
const CUES = new Set([
  "met",
  "meet",
  "meets",
  "received",
  "receives",
  "hosted",
  "welcomed",
  "with",
  "by",
  "from",
]);

/** A name's words for merging: folded, hyphen parts apart ("Amir-Abdollahian" -> amir, abdollahian), no possessive. */
export function nameKeyOf(name: string): string[] {
  return fold(name)
    .replace(/['’]s$/u, "")
    .split(/[\s\-‐]+/u)
    .map((w) => w.replace(/\.$/u, ""))
    .filter(Boolean);
}

/** The name as written, without a possessive ending ("Aliyev's" -> "Aliyev"). */
export const cleanName = (text: string): string => text.replace(/(?:['’]s|['’])$/u, "");

/** Builds the mentions of one sentence; ids are handed out by the caller's counter. */
export class PersonFinder {
  readonly persons: PersonMention[] = [];
  readonly counterparts: CounterpartMention[] = [];

  constructor(
    private readonly words: EnglishWords,
    private readonly tags: SentenceTags,
    private readonly nextId: () => number,
  ) {}

  private get toks() {
    return this.tags.sentence.tokens;
  }

  find(): PersonMention[] {
    const n = this.toks.length;
    for (let i = 0; i < n; i++) if (!this.tags.taken.has(i)) this.fromTitle(i);
    for (let i = 0; i < n; i++) if (this.toks[i]?.text === ",") this.fromPluralList(i);
    for (let i = 0; i < n; i++) if (!this.tags.taken.has(i)) this.fromHonorific(i);
    for (let i = 0; i < n; i++) if (this.toks[i]?.text === ",") this.fromApposition(i);
    for (let i = 0; i < n; i++) if (this.toks[i]?.text === ",") this.fromTitleComma(i);
    for (let i = 0; i < n; i++) if (!this.tags.taken.has(i)) this.fromPossessiveCountry(i);
    for (let i = 0; i < n; i++) if (!this.tags.taken.has(i)) this.fromGivenName(i);
    for (let i = 0; i < n; i++) if (CUES.has(this.toks[i]?.base ?? "")) this.fromCue(i + 1);
    for (let i = 0; i < n; i++) if (this.toks[i]?.base === "and") this.fromCoordination(i);
    // Titles with no name are role mentions ("the Azeri president"), resolved to people later.
    for (let i = 0; i < n; i++) if (!this.tags.taken.has(i)) this.fromRole(i);
    return this.persons.sort((a, b) => a.from - b.from);
  }

  /** "Iran's Foreign Minister Abbas Araghchi", "Emir Sheikh Tamim …", "his Egyptian counterpart Badr Abdelatty". */
  private fromTitle(i: number): void {
    const title = titleRun(this.words, this.tags, i);
    if (!title || title.plural) return;
    const afterHonorifics = this.words.honorificRun(this.toks, title.to);
    const name = this.words.nameRun(this.tags, afterHonorifics, "titled");
    if (!name) return;
    // "Leader of the Islamic Revolution …": after "of", an ordinary word goes on naming the body.
    const first = this.toks[name.from]!;
    const viaOf = this.toks.slice(title.from, title.to).some((t) => t.base === "of");
    if (viaOf && afterHonorifics === title.to && this.words.isCommon(first)) return;
    const m = this.add(name, title.counterpart ? null : { ...title, to: afterHonorifics }, title, title.from);
    if (title.counterpart)
      this.counterparts.push({ person: m.id, of: null, sentence: this.tags.sentence.index });
    // "President Xi Jinping of China": the country after the name.
    const of = this.tags.geoAt.get(name.to + 1);
    if (this.toks[name.to]?.base === "of" && of && of.from === name.to + 1 && of.kind === "country") {
      m.country ??= of.code;
      for (let j = name.to; j < of.to; j++) this.tags.taken.add(j);
      m.to = of.to;
      m.end = this.toks[of.to - 1]!.end;
    }
  }

  private fromHonorific(i: number): void {
    const end = this.words.honorificRun(this.toks, i);
    if (end === i) return;
    const name = this.words.nameRun(this.tags, end, "titled");
    if (!name) return;
    const title: TitleRun = {
      from: i,
      to: end,
      country: null,
      counterpart: false,
      plural: false,
      stems: [],
      equivalents: [],
    };
    this.add(name, title, title, i);
  }

  /** "Ramil Usubov, secretary of Azerbaijan's Security Council" and "X, his Azerbaijani counterpart". */
  private fromApposition(comma: number): void {
    const det = DETERMINERS.has(this.toks[comma + 1]?.base ?? "") ? 1 : 0;
    if (this.toks[comma + 1]?.base === "a" || this.toks[comma + 1]?.base === "an") return;
    const title = titleRun(this.words, this.tags, comma + 1 + det);
    if (!title || title.plural) return;
    // The apposition ends the phrase: a name after it means the title was that name's ("…, Foreign Minister X").
    const after = this.toks[title.to];
    if (
      after &&
      !after.punct &&
      this.words.nameRun(this.tags, this.words.honorificRun(this.toks, title.to), "titled")
    )
      return;
    const before = this.persons.find((p) => p.to === comma && p.name !== null);
    if (before) {
      this.attach(before, title, comma + 1);
      return;
    }
    let from = comma;
    while (from > 0 && comma - from < 7) {
      const k = from - 1;
      if (!this.words.canBeName(this.tags, k, 1, "bare") && !this.words.isParticle(this.toks[k]!)) break;
      from = k;
    }
    while (from < comma && !this.words.canBeName(this.tags, from, 0, "bare")) from++;
    const name = from < comma ? this.words.nameRun(this.tags, from, "bare", 7) : null;
    if (!name || name.to !== comma) return;
    const m = this.add(name, null, title, name.from);
    this.attach(m, title, comma + 1);
  }

  /** "the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani": a title, a comma, then the name (closed by punctuation). */
  private fromTitleComma(comma: number): void {
    const found = this.persons.find((p) => p.from === comma + 1 && p.name !== null);
    const start = this.words.honorificRun(this.toks, comma + 1);
    if (!found && this.tags.taken.has(start)) return;
    for (let s = Math.max(0, comma - 10); s < comma; s++) {
      if (this.tags.taken.has(s)) continue;
      const title = titleRun(this.words, this.tags, s);
      if (!title || title.to !== comma || title.plural) continue;
      const name = found ?? this.words.nameRun(this.tags, start, "titled");
      const next = name ? this.toks[name.to] : undefined;
      if (!name || (next && !next.punct)) return;
      if (title.counterpart) {
        // "his Russian counterpart, Sergey Lavrov,"
        const m = found ?? this.add(name, null, title, s);
        for (let j = s; j <= comma; j++) this.tags.taken.add(j);
        m.counterpart = true;
        m.country ??= title.country;
        m.from = s;
        m.start = this.toks[s]!.start;
        this.counterparts.push({ person: m.id, of: null, sentence: this.tags.sentence.index });
        return;
      }
      if (found) {
        for (let j = s; j <= comma; j++) this.tags.taken.add(j);
        found.titles.unshift(this.text(title.from, title.to));
        found.titleStems.unshift(...title.stems.filter((x) => !found.titleStems.includes(x)));
        found.country ??= title.country;
        found.from = s;
        found.start = this.toks[s]!.start;
        return;
      }
      const m = this.add(name, { ...title, to: start }, title, s);
      m.titles = [
        this.text(title.from, title.to),
        ...(start > comma + 1 ? [this.text(comma + 1, start)] : []),
      ];
      return;
    }
  }

  /**
   * "Foreign ministers of Azerbaijan and Armenia, Jeyhun Bayramov and Ararat Mirzoyan" and "his Iranian and Turkish
   * counterparts, Ebrahim Raisi and Recep Tayyip Erdogan": the countries go to the names in their order.
   */
  private fromPluralList(comma: number): void {
    for (let s = Math.max(0, comma - 10); s < comma; s++) {
      if (this.tags.taken.has(s)) continue;
      const title = titleRun(this.words, this.tags, s);
      if (!title || title.to !== comma || !title.plural) continue;
      const names: { from: number; to: number }[] = [];
      let k = comma + 1;
      for (;;) {
        const name = this.words.nameRun(this.tags, this.words.honorificRun(this.toks, k), "titled");
        if (!name) break;
        names.push(name);
        const sep = this.toks[name.to]?.base;
        const sep2 = this.toks[name.to + 1]?.base;
        if (sep === "and") k = name.to + 1;
        else if (sep === "," && sep2 !== "and" && names.length < 4) k = name.to + 1;
        else if (sep === "," && sep2 === "and") k = name.to + 2;
        else break;
      }
      if (names.length < 2) return;
      const codes: string[] = [];
      for (let j = title.from; j < title.to; j++) {
        const g = this.tags.geoAt.get(j);
        if (g && g.from === j && g.kind !== "place") codes.push(g.code);
      }
      names.forEach((name, n) => {
        const country = codes.length === names.length ? (codes[n] ?? null) : null;
        const cue: TitleRun = { ...title, country, plural: false, stems: [], equivalents: [] };
        const m = this.add(name, null, cue, name.from);
        if (title.counterpart)
          this.counterparts.push({ person: m.id, of: null, sentence: this.tags.sentence.index });
      });
      for (let j = title.from; j <= comma; j++) this.tags.taken.add(j);
      return;
    }
  }

  /** "Mohammed bin Salman and Erdogan": one more name joined to a person by "and". */
  private fromCoordination(and: number): void {
    const left = this.persons.find((p) => p.to === and && p.name !== null);
    if (left && !this.tags.taken.has(and + 1)) {
      const name = this.words.nameRun(this.tags, and + 1, "bare");
      if (name) this.add(name, null, null, name.from);
      return;
    }
    const right = this.persons.find((p) => p.from === and + 1 && p.name !== null);
    if (!right) return;
    let from = and;
    while (from > 0 && and - from < 4 && this.words.canBeName(this.tags, from - 1, 1, "bare")) from--;
    while (from < and && !this.words.canBeName(this.tags, from, 0, "bare")) from++;
    const name = from < and ? this.words.nameRun(this.tags, from, "bare") : null;
    if (name && name.to === and) this.add(name, null, null, name.from);
  }

  /** "Azerbaijan's Aliyev": a name right after a country in the possessive. */
  private fromPossessiveCountry(i: number): void {
    const geo = this.tags.geoAt.get(i);
    if (!geo || geo.from !== i || geo.kind !== "country" || !this.toks[geo.to - 1]?.possessive) return;
    const name = this.words.nameRun(this.tags, geo.to, "bare");
    if (!name) return;
    this.add(
      name,
      null,
      {
        from: i,
        to: geo.to,
        country: geo.code,
        counterpart: false,
        plural: false,
        stems: [],
        equivalents: [],
      },
      i,
    );
  }

  /** "Jeyhun Bayramov arrived": a known given name and one more name word, with no title. */
  private fromGivenName(i: number): void {
    const tok = this.toks[i];
    if (!tok || !this.words.isGiven(tok) || !this.words.canBeName(this.tags, i, 0, "bare")) return;
    const name = this.words.nameRun(this.tags, i, "bare");
    if (name && this.nameWords(name) >= 2) this.add(name, null, null, i);
  }

  /** "met Rustam Minnikhanov", "with Steve Witkoff": two name words after a meeting word. */
  private fromCue(k: number): void {
    if (this.tags.taken.has(k)) return;
    const name = this.words.nameRun(this.tags, k, "bare");
    if (name && this.nameWords(name) >= 2) this.add(name, null, null, k);
  }

  /** "the Azeri president", "Iran's top security official", "the SNSC chief", "his Iranian counterpart". */
  private fromRole(i: number): void {
    const prev = this.toks[i - 1]?.base ?? "";
    if (prev === "a" || prev === "an") return;
    const title = titleRun(this.words, this.tags, i);
    if (!title || title.plural) return;
    const starts = this.toks[i]!;
    const definite =
      prev === "the" ||
      title.counterpart ||
      (this.tags.geoAt.get(i)?.kind === "country" &&
        this.toks[(this.tags.geoAt.get(i)?.to ?? i) - 1]?.possessive) ||
      (starts.upper && this.tags.acronyms.has(starts.text));
    // "at the head of a delegation": a bare "head" holds no post.
    if (!definite || (title.stems.length === 1 && title.stems[0] === "head")) return;
    for (let j = title.from; j < title.to; j++) this.tags.taken.add(j);
    const first = this.toks[title.from]!;
    const last = this.toks[title.to - 1]!;
    const m: PersonMention = {
      id: this.nextId(),
      sentence: this.tags.sentence.index,
      from: title.from,
      to: title.to,
      start: first.start,
      end: last.end,
      name: null,
      nameKey: [],
      titles: title.counterpart ? [] : [this.text(title.from, title.to)],
      titleStems: [...new Set([...title.stems, ...title.equivalents])],
      country: title.country,
      org: null,
      counterpart: title.counterpart,
    };
    this.persons.push(m);
    if (title.counterpart)
      this.counterparts.push({ person: m.id, of: null, sentence: this.tags.sentence.index });
  }

  private nameWords(name: { from: number; to: number }): number {
    let n = 0;
    for (let k = name.from; k < name.to; k++) if (!this.words.isParticle(this.toks[k]!)) n++;
    return n;
  }

  /** A title in apposition to a mention already found. */
  private attach(m: PersonMention, title: TitleRun, spanFrom: number): void {
    for (let j = spanFrom; j < title.to; j++) this.tags.taken.add(j);
    if (title.counterpart) {
      m.counterpart = true;
      this.counterparts.push({ person: m.id, of: null, sentence: this.tags.sentence.index });
    } else {
      m.titles.push(this.text(title.from, title.to));
      m.titleStems.push(...title.stems.filter((s) => !m.titleStems.includes(s)));
    }
    m.country ??= title.country;
    m.to = title.to;
    m.end = this.toks[title.to - 1]!.end;
  }

  private text(from: number, to: number): string {
    const a = this.toks[from];
    const b = this.toks[to - 1];
    if (!a || !b) return "";
    const s = this.tags.sentence;
    return s.text.slice(a.start - s.start, b.end - s.start);
  }

  /** A named mention: `title` is recorded as a title (text from its start to the name), `cue` gives country and stems. */
  private add(
    name: { from: number; to: number },
    title: TitleRun | null,
    cue: TitleRun | null,
    from: number,
  ): PersonMention {
    for (let j = from; j < name.to; j++) this.tags.taken.add(j);
    const nameText = cleanName(this.text(name.from, name.to));
    const m: PersonMention = {
      id: this.nextId(),
      sentence: this.tags.sentence.index,
      from,
      to: name.to,
      start: this.toks[from]!.start,
      end: this.toks[name.to - 1]!.end,
      name: nameText,
      nameKey: nameKeyOf(nameText),
      titles: title && title.to > title.from ? [this.text(title.from, title.to)] : [],
      titleStems: title ? [...title.stems] : [],
      country: cue?.country ?? null,
      org: null,
      counterpart: cue?.counterpart ?? false,
    };
    this.persons.push(m);
    return m;
  }
}

// English appositions of names and titles: "X, secretary of Y", "the Emir of Qatar, Sheikh X", "his A and B counterparts, X and Y", "X and Y".
import { MentionBuilder } from "./mention-builder.ts";
import { titleStem } from "./stems.ts";
import { titleRun, type TitleRun } from "./titles.ts";

export class AppositionFinder extends MentionBuilder {
  /** "Kamal Dehbashi, head of Iran's Strategic Council" and "X, his Azerbaijani counterpart". */
  protected fromApposition(comma: number): void {
    const det = this.words.lex.articles.has(this.toks[comma + 1]?.base ?? "") ? 1 : 0;
    const indefinite = this.toks[comma + 1]?.base === "a" || this.toks[comma + 1]?.base === "an";
    const title = titleRun(this.words, this.tags, comma + 1 + det);
    if (!title || title.plural) return;
    // "X, a member of the Political Bureau …": an indefinite post only when it names its body.
    if (indefinite && !this.namesBody(title)) return;
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
      // The word before the comma is read as the last of a longer name ("Mohammed Saleem Bell,").
      const position = k === comma - 1 ? 2 : 1;
      if (!this.words.canBeName(this.tags, k, position, "bare") && !this.words.isParticle(this.toks[k]!))
        break;
      from = k;
    }
    while (from < comma && !this.words.canBeName(this.tags, from, 0, "bare")) from++;
    const name = from < comma ? this.words.nameRun(this.tags, from, "bare", 7) : null;
    if (!name || name.to !== comma) return;
    const m = this.add(name, null, title, name.from);
    this.attach(m, title, comma + 1);
  }

  /** Whether a title says whose post it is: "of" and then a capitalised body or country. */
  private namesBody(title: TitleRun): boolean {
    for (let k = title.from; k < title.to - 1; k++)
      if (this.toks[k]!.base === "of" && this.toks.slice(k + 1, title.to).some((t) => t.cap)) return true;
    return false;
  }

  /** "the Emir of Qatar, Sheikh Rashid bin Khalfan Al Marri": a title, a comma, then the name (closed by punctuation). */
  protected fromTitleComma(comma: number): void {
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
        // "his Russian counterpart, Pavel Orlov,"
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
   * "Foreign ministers of Azerbaijan and Armenia, Elnur Hasanli and Aram Melkonyan" and "his Iranian and Turkish
   * counterparts, Reza Karimi and Mehmet Yilmaz": the countries go to the names in their order.
   */
  protected fromPluralList(comma: number): void {
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

  /**
   * "Presidents A of Kyrgyzstan, B of Tajikistan and C of Uzbekistan": a plural title straight before a list of
   * names, each with its country after "of", is each one's title.
   */
  protected fromPluralNames(i: number): void {
    const title = titleRun(this.words, this.tags, i);
    if (!title || !title.plural || title.counterpart) return;
    const head = this.words.lex.pluralHeads.match([this.toks[title.to - 1]!.base], [])?.payloads[0] ?? "";
    const found: { name: { from: number; to: number }; country: string | null; to: number }[] = [];
    let k = title.to;
    for (;;) {
      const name = this.words.nameRun(this.tags, k, "titled");
      if (!name) break;
      const of = this.toks[name.to]?.base === "of" ? this.tags.geoAt.get(name.to + 1) : undefined;
      const country = of && of.from === name.to + 1 && of.kind === "country" ? of : undefined;
      const end = country ? country.to : name.to;
      found.push({ name, country: country?.code ?? null, to: end });
      const sep = this.toks[end]?.base;
      if (sep === "and") k = end + 1;
      else if (sep === "," && this.toks[end + 1]?.base === "and") k = end + 2;
      else if (sep === ",") k = end + 1;
      else break;
    }
    if (found.length < 2) return;
    const stems = head ? [titleStem(head)] : [];
    for (const f of found) {
      const cue: TitleRun = { ...title, country: f.country, plural: false, stems, equivalents: [] };
      const m = this.add(f.name, null, cue, f.name.from);
      m.titleStems.push(...stems);
      for (let j = f.name.to; j < f.to; j++) this.tags.taken.add(j);
      m.to = f.to;
      m.end = this.toks[f.to - 1]!.end;
    }
    for (let j = title.from; j < title.to; j++) this.tags.taken.add(j);
  }

  /**
   * "X's wife, Y", "X's husband Y", "his wife, Y": the name after a spouse word is a person of the country of the
   * one whose spouse they are (a state visit's programme for the two spouses); after a pronoun, the last person
   * named in the sentence, if any (else the context tells).
   */
  protected fromSpouse(i: number): void {
    if (!this.words.lex.spouseWords.has(this.toks[i]?.base ?? "")) return;
    const pronoun = this.words.lex.possessivePronouns.has(this.toks[i - 1]?.base ?? "");
    const owner = pronoun
      ? this.persons.filter((p) => p.to < i).pop()
      : this.persons.find((p) => p.to === i && this.toks[i - 1]?.possessive);
    if (!owner && !pronoun) return;
    const start = this.toks[i + 1]?.text === "," ? i + 2 : i + 1;
    if (this.tags.taken.has(start)) return;
    const name = this.words.nameRun(this.tags, this.words.honorificRun(this.toks, start), "titled");
    if (!name) return;
    const m = this.add(name, null, null, name.from);
    m.country = owner?.country ?? null;
    m.titles = [this.text(i, i + 1)];
    for (let j = i; j < name.from; j++) this.tags.taken.add(j);
  }

  /** "Mohammed bin Khalfan and Yilmaz": one more name joined to a person by "and". */
  protected fromCoordination(and: number): void {
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
}

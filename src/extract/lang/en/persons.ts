// Finds person mentions in an English sentence by their shape: title before a name, apposition after it, honorifics, given names, role mentions.
import type { PersonMention } from "../../mentions.ts";
import { AppositionFinder } from "./appositions.ts";
import { titleRun, type TitleRun } from "./titles.ts";

export { cleanName, nameKeyOf } from "./mention-builder.ts";

/** Builds the mentions of one sentence; ids are handed out by the caller's counter. */
export class PersonFinder extends AppositionFinder {
  find(): PersonMention[] {
    const n = this.toks.length;
    for (let i = 0; i < n; i++) if (!this.tags.taken.has(i)) this.fromTitle(i);
    for (let i = 0; i < n; i++) if (this.toks[i]?.text === ",") this.fromPluralList(i);
    for (let i = 0; i < n; i++) if (!this.tags.taken.has(i)) this.fromPluralNames(i);
    for (let i = 0; i < n; i++) if (!this.tags.taken.has(i)) this.fromHonorific(i);
    for (let i = 0; i < n; i++) if (this.toks[i]?.text === ",") this.fromApposition(i);
    for (let i = 0; i < n; i++) if (this.toks[i]?.text === ",") this.fromTitleComma(i);
    for (let i = 0; i < n; i++) if (!this.tags.taken.has(i)) this.fromSpouse(i);
    for (let i = 0; i < n; i++) if (!this.tags.taken.has(i)) this.fromPossessiveCountry(i);
    for (let i = 0; i < n; i++) if (!this.tags.taken.has(i)) this.fromGivenName(i);
    for (let i = 0; i < n; i++)
      if (this.words.lex.nameCues.has(this.toks[i]?.base ?? "")) this.fromCue(i + 1);
    for (let i = 0; i < n; i++) {
      const base = this.toks[i]?.base ?? "";
      if (this.words.lex.speechVerbs.has(base)) this.fromClauseSubject(i, 1);
      else if (this.words.lex.pastEventVerbs.has(base)) this.fromClauseSubject(i, 2);
    }
    for (let i = 0; i < n; i++) if (this.toks[i]?.base === "and") this.fromCoordination(i);
    // Titles with no name are role mentions ("the Azeri president"), resolved to people later.
    for (let i = 0; i < n; i++) if (!this.tags.taken.has(i)) this.fromRole(i);
    for (const m of this.persons) this.markInternational(m);
    return this.persons.sort((a, b) => a.from - b.from);
  }

  /**
   * "UN Secretary-General X", "X, the commissioner-general of the UN Relief … (UNRWA)", "the EU's high
   * representative", "Arab League Secretary General X": an official of a body that serves no one state has no
   * country, and none is to be guessed for them. The body is kept as the mention's organisation.
   */
  private markInternational(m: PersonMention): void {
    if (m.country !== null || m.titles.length === 0) return;
    const toks = this.toks;
    let end = m.to;
    // The title's "of …" phrase, up to the next comma: "commissioner-general of the UN Relief and Works Agency".
    if (toks[end]?.base === "of")
      while (end < toks.length && toks[end]!.text !== "," && end - m.to < 16) end++;
    let from = m.from;
    const before = this.tags.orgAt.get(from - 1);
    if (before && before.to === from) from = before.from;
    for (let k = from; k < end; k++) {
      const t = toks[k]!;
      const org = this.tags.orgAt.get(k);
      const intl =
        this.words.isInternationalBody(t) || (org?.kind === "international" && org.country === null);
      if (!intl) continue;
      // "ambassador to the UN" serves a state.
      const prev = toks[k - 1]?.base === "the" ? toks[k - 2]?.base : toks[k - 1]?.base;
      if (prev === "to" || prev === "at") continue;
      const s = this.tags.sentence;
      m.org = org ?? {
        sentence: s.index,
        from: k,
        to: k + 1,
        start: t.start,
        end: t.end,
        name: t.text.replace(/[’']s$/u, ""),
        country: null,
        kind: "international",
      };
      return;
    }
  }

  /** "Iran's Foreign Minister Abbas Karimi", "Emir Sheikh Rashid …", "his Egyptian counterpart Badr Fahmy". */
  private fromTitle(i: number): void {
    const title = titleRun(this.words, this.tags, i);
    if (!title || title.plural) return;
    const afterHonorifics = this.words.honorificRun(this.toks, title.to);
    const name = this.words.nameRun(this.tags, afterHonorifics, "titled");
    if (!name) return;
    // "Leader of the Islamic Revolution …": after "of", an ordinary word goes on naming the body.
    const first = this.toks[name.from]!;
    const viaOf = this.toks.slice(title.from, title.to).some((t) => t.base === "of");
    // An abbreviation opens a name, not a body ("Secretary of Foreign Affairs Ma. Theresa …").
    // So do a short family name that is also a function word ("… Central Committee To Lam") and any name after a
    // short form in brackets, which closes the body's name ("… Republic of Korea (RoK) Park …").
    const closed = this.toks[title.to - 1]?.text === ")";
    const abbreviated = first.text.endsWith(".") || this.words.lex.functionWords.has(first.base) || closed;
    if (viaOf && afterHonorifics === title.to && this.words.isCommon(first) && !abbreviated) return;
    const m = this.add(name, title.counterpart ? null : { ...title, to: afterHonorifics }, title, title.from);
    if (title.counterpart)
      this.counterparts.push({ person: m.id, of: null, sentence: this.tags.sentence.index });
    // "President Li Wenhao of China": the country after the name.
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

  /** "Lebanon's Haddad": a name right after a country in the possessive. */
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

  /** "Elnur Hasanli arrived": a known given name and one more name word, with no title. */
  private fromGivenName(i: number): void {
    const tok = this.toks[i];
    if (!tok || !this.words.isGiven(tok) || !this.words.canBeName(this.tags, i, 0, "bare")) return;
    const name = this.words.nameRun(this.tags, i, "bare");
    if (name && this.nameWords(name) >= 2) this.add(name, null, null, i);
  }

  /** "met Rustam Galiev", "with Steve Hollings": two name words after a meeting word. */
  private fromCue(k: number): void {
    if (this.tags.taken.has(k)) return;
    const name = this.words.nameRun(this.tags, k, "bare");
    if (name && this.nameWords(name) >= 2) this.add(name, null, null, k);
  }

  /**
   * "…, Novak said that …": one or two capitalised words opening a clause (after a comma, "and", or at the start)
   * right before a verb of speaking name a person, even with no title and no first name; before a verb of meeting
   * or visiting ("Orsat Ozdal met …") two are needed, as one could be anything that meets. Capitals in a headline,
   * acronyms, places and bodies are not read this way.
   */
  private fromClauseSubject(verb: number, minWords: 1 | 2): void {
    if (this.tags.headline) return;
    for (const from of minWords === 2 ? [verb - 2] : [verb - 1, verb - 2]) {
      const opens = from === this.tags.dateline || [",", "and"].includes(this.toks[from - 1]?.base ?? "");
      if (from < this.tags.dateline || this.tags.taken.has(from) || !opens) continue;
      const name = this.words.nameRun(this.tags, from, "titled", 2);
      if (!name || name.to !== verb || this.toks.slice(from, verb).some((t) => t.upper || t.possessive))
        continue;
      // "…, Wam said": a news agency speaks, no person.
      if (
        this.words.isFunction(this.toks[from]!) ||
        this.words.lex.subjectPronouns.has(this.toks[from]!.base) ||
        (verb - from === 1 && this.words.lex.newsAgencies.has(this.toks[from]!.base))
      )
        continue;
      this.add(name, null, null, from);
      return;
    }
  }

  /** "the Azeri president", "Iran's top security official", "the SNSC chief", "his Iranian counterpart". */
  private fromRole(i: number): void {
    const prev = this.toks[i - 1]?.base ?? "";
    if (prev === "a" || prev === "an") return;
    const title = titleRun(this.words, this.tags, i);
    if (!title || title.plural) return;
    const starts = this.toks[i]!;
    // "the visiting secretary": the one who visits, in the role of their post.
    const guest = this.words.lex.guestWords.has(prev) && this.toks[i - 2]?.base === "the";
    // "… as Australian leader visits Tokyo": headline English drops the article before a nationality's post.
    const after = this.toks[title.to];
    const bareNationality =
      this.tags.geoAt.get(i)?.kind === "demonym" &&
      !this.words.lex.determiners.has(prev) &&
      (!after || after.punct || !after.cap);
    const definite =
      prev === "the" ||
      bareNationality ||
      guest ||
      title.counterpart ||
      (this.tags.geoAt.get(i)?.kind === "country" &&
        this.toks[(this.tags.geoAt.get(i)?.to ?? i) - 1]?.possessive) ||
      (starts.upper && this.tags.acronyms.has(starts.text));
    // "at the head of a delegation": a bare "head" holds no post.
    if (!definite || (title.stems.length === 1 && title.stems[0] === "head")) return;
    // "via the King Nawaf Bridge", "at the President Hotel": the title opens a facility's name.
    if (this.words.facilityNamedFrom(this.toks, title.to)) return;
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
      guest,
    };
    this.persons.push(m);
    if (title.counterpart)
      this.counterparts.push({ person: m.id, of: null, sentence: this.tags.sentence.index });
  }
}

// The common ground of the English person finders: one sentence's tokens and tags, and how a mention is built and extended.
import type { CounterpartMention, PersonMention } from "../../mentions.ts";
import { nameRules } from "../../assemble/name-rules.ts";
import { fold } from "../../text/fold.ts";
import type { TitleRun } from "./titles.ts";
import type { EnglishWords, SentenceTags } from "./words.ts";

/** A name's words for merging: folded, hyphen parts apart ("Haddad-Moradi" -> haddad, moradi), no possessive. */
export function nameKeyOf(name: string): string[] {
  const key = fold(name)
    .replace(/['’]s$/u, "")
    .split(/[\s\-‐]+/u)
    .map((w) => w.replace(/\.$/u, ""))
    .filter(Boolean);
  // "Marko Reyes Jr." is named "Reyes" alone: the generation is no word to match on.
  const { generationalSuffixes } = nameRules();
  while (key.length > 2 && generationalSuffixes.has(key[key.length - 1]!)) key.pop();
  return key;
}

/** The name as written, without a possessive ending ("Haddad's" -> "Haddad"). */
export const cleanName = (text: string): string => text.replace(/(?:['’]s|['’])$/u, "");

export class MentionBuilder {
  readonly persons: PersonMention[] = [];
  readonly counterparts: CounterpartMention[] = [];

  constructor(
    protected readonly words: EnglishWords,
    protected readonly tags: SentenceTags,
    protected readonly nextId: () => number,
  ) {}

  protected get toks() {
    return this.tags.sentence.tokens;
  }

  protected nameWords(name: { from: number; to: number }): number {
    let n = 0;
    for (let k = name.from; k < name.to; k++) if (!this.words.isParticle(this.toks[k]!)) n++;
    return n;
  }

  /** A title in apposition to a mention already found. */
  protected attach(m: PersonMention, title: TitleRun, spanFrom: number): void {
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

  protected text(from: number, to: number): string {
    const a = this.toks[from];
    const b = this.toks[to - 1];
    if (!a || !b) return "";
    const s = this.tags.sentence;
    return s.text.slice(a.start - s.start, b.end - s.start);
  }

  /** A named mention: `title` is recorded as a title (text from its start to the name), `cue` gives country and stems. */
  protected add(
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

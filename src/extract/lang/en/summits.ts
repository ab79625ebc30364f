// A summit of several leaders as one meeting of all who were there: arrivals at its place, attendees, its host.
import type { EventMention, GeoMention, PersonMention } from "../../mentions.ts";
import type { EnglishLexicon } from "./lexicon.ts";
import type { ArticlePeople } from "./people.ts";
import type { EnSentence } from "./tokens.ts";

export interface SummitSentence {
  sentence: EnSentence;
  persons: readonly PersonMention[];
  geos: readonly GeoMention[];
}

/** Where a gathering is told: its sentence and place. */
interface Gathering {
  at: SummitSentence;
  place: GeoMention;
}

/**
 * "The presidents of A, B and C convened in Astana to hold the summit … Sydykov greeted his counterparts … X and Y
 * attended the meeting as guests": the leaders who arrived in the summit's country, those who attended it and the
 * host who greeted the others all met, in one event. Read only when the article tells a gathering of leaders (a
 * group of leaders as the subject of a gathering word, with its place) and at least three people were there.
 */
export function summitMeeting(
  sentences: readonly SummitSentence[],
  events: readonly EventMention[],
  people: ArticlePeople,
  lex: EnglishLexicon,
): EventMention | null {
  const gathering = findGathering(sentences, lex);
  if (!gathering) return null;
  const code = gathering.place.code;
  const arrived = events
    .filter((e) => e.type === "Visit" && e.status === "held" && e.location?.code === code && e.agent !== null)
    .map((e) => e.agent!);
  const members = [
    ...arrived,
    ...sentences.flatMap((s) => attendees(s, lex)),
    ...hosts(sentences, lex, people, code),
  ];
  const distinct = new Map<string, number>();
  for (const id of members)
    distinct.set(people.keyOf(id) ?? `#${id}`, distinct.get(people.keyOf(id) ?? `#${id}`) ?? id);
  if (distinct.size < 3) return null;
  const toks = gathering.at.sentence.tokens;
  return {
    sentence: gathering.at.sentence.index,
    from: 0,
    to: toks.length,
    start: toks[0]!.start,
    end: toks[toks.length - 1]!.end,
    type: "Meeting",
    status: "held",
    agent: null,
    agentImplied: false,
    others: [...distinct.values()],
    hosts: [],
    joint: true,
    location: gathering.place,
    date: null,
    duration: null,
    mode: "in_person",
    topics: [],
  };
}

/** The first sentence where a group of leaders gathers ("the presidents of … convened in Astana"), with its place. */
function findGathering(sentences: readonly SummitSentence[], lex: EnglishLexicon): Gathering | null {
  for (const s of sentences) {
    const toks = s.sentence.tokens;
    const verb = toks.findIndex((t) => lex.gathering.verbs.has(t.base));
    const group = toks.findIndex((t, k) => k < verb && lex.pluralHeads.has(t.base));
    if (verb < 0 || group < 0) continue;
    const place = s.geos.find((g) => g.from > verb && g.kind === "place");
    if (place) return { at: s, place };
  }
  return null;
}

/** "X and Y attended the meeting": the people before an attending verb whose object is a gathering word. */
function attendees(s: SummitSentence, lex: EnglishLexicon): number[] {
  const toks = s.sentence.tokens;
  const verb = toks.findIndex(
    (t, k) =>
      lex.gathering.attend.has(t.base) &&
      toks.slice(k + 1, k + 4).some((x) => lex.gathering.nouns.has(x.base)),
  );
  return verb < 0 ? [] : s.persons.filter((p) => p.to <= verb).map((p) => p.id);
}

/** "Sydykov greeted his counterparts": a person of the summit's country who greets the others is its host. */
function hosts(
  sentences: readonly SummitSentence[],
  lex: EnglishLexicon,
  people: ArticlePeople,
  code: string,
): number[] {
  return sentences.flatMap((s) => {
    const toks = s.sentence.tokens;
    const verb = toks.findIndex(
      (t, k) =>
        lex.gathering.greet.has(t.base) &&
        toks.slice(k + 1, k + 3).some((x) => lex.gathering.guests.has(x.base)),
    );
    if (verb < 0) return [];
    const host = s.persons.filter((p) => p.to <= verb).pop();
    return host && people.country(host.id) === code ? [host.id] : [];
  });
}

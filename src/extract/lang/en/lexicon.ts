// The English lexicon (lexicon.json, given-names.txt, common-words.txt), validated and compiled once into sets and matchers.
import { z } from "zod";
import { ORGANIZATION_KINDS, type OrganizationKind } from "../../../domain/types.ts";
import { fold } from "../../text/fold.ts";
import { PhraseMatcher } from "../../text/phrase-matcher.ts";
import { coreLexiconSchema } from "../lexicon-schema.ts";
import { loadJson, loadList } from "../load.ts";
import { baseOf } from "./tokens.ts";

const words = z.array(z.string().min(1));

const lexiconSchema = coreLexiconSchema.extend({
  lowerParticles: words,
  pluralHeads: z.record(z.string()),
  roleEquivalents: z.record(words),
  meetingVerbs: words,
  videoWords: words,
  callLightVerbs: words,
  passiveAux: words,
  adverbs: words,
  plannedBefore: words,
  plannedAfter: words,
  negations: words,
  visitingWords: words,
  companionCues: words,
  listGlue: words,
  speechVerbs: words,
  duration: z.object({
    markers: words,
    units: z.record(z.enum(["H", "M", "D"])),
    numbers: z.record(z.number().positive()),
    hedges: words,
  }),
  topics: z.record(z.string().min(1)),
  gathering: z.object({ nouns: words, verbs: words, attend: words, greet: words, guests: words }),
  participationCues: words,
  attendanceCues: words,
  reportingVerbs: words,
  subjectPronouns: words,
  pluralPronouns: words,
  possessivePronouns: words,
  functionWords: words,
  orgHeads: z.record(z.enum(ORGANIZATION_KINDS)),
  facilityHeads: words,
  relativeMonths: z.record(z.number().int()),
  relativeWeeks: z.record(z.number().int()),
  weekdayPast: words,
  weekdayNext: words,
  abbreviations: words,
  capitalWords: words,
  originCues: words,
  internationalBodies: words,
});

export interface EnglishLexicon {
  titleHeads: PhraseMatcher<string>;
  titleWords: Set<string>;
  honorifics: PhraseMatcher<true>;
  particles: Set<string>;
  lowerParticles: Set<string>;
  counterpart: PhraseMatcher<true>;
  pluralHeads: PhraseMatcher<string>;
  roleEquivalents: PhraseMatcher<string[]>;
  meetingVerbs: Set<string>;
  meetingNouns: Set<string>;
  visitVerbs: Set<string>;
  visitNouns: Set<string>;
  callPhrases: PhraseMatcher<string>;
  videoWords: Set<string>;
  callLightVerbs: Set<string>;
  passiveAux: Set<string>;
  adverbs: Set<string>;
  plannedBefore: PhraseMatcher<true>;
  plannedAfter: PhraseMatcher<true>;
  /** Words that undo the event they stand before: "not", "called off", "postponed". */
  negations: PhraseMatcher<true>;
  /** "China's visiting leader": a word inside a title that says its holder is a guest. */
  visitingWords: Set<string>;
  /** "accompanied by": the people after it came with the traveller. */
  companionCues: PhraseMatcher<true>;
  /** What may stand between the names of one list ("A, B, and by C"). */
  listGlue: Set<string>;
  /** Verbs of a person speaking: a bare capitalised name opening a clause before one is a person ("Novak said"). */
  speechVerbs: Set<string>;
  /** "lasted about 4.5 hours", "a two-hour meeting": the words of an event's length. */
  duration: {
    markers: Set<string>;
    units: Map<string, string>;
    numbers: Map<string, number>;
    hedges: Set<string>;
  };
  /** Words of what was discussed ("trade", "energy") and the topic each names. */
  topics: Map<string, string>;
  /** A summit of several leaders: its words, who attends it, and how its host greets the others. */
  gathering: {
    nouns: Set<string>;
    verbs: Set<string>;
    attend: Set<string>;
    greet: Set<string>;
    guests: Set<string>;
  };
  invitation: PhraseMatcher<true>;
  between: Set<string>;
  participationCues: PhraseMatcher<true>;
  attendanceCues: PhraseMatcher<true>;
  reportingVerbs: Set<string>;
  clauseBreakers: Set<string>;
  subjectPronouns: Set<string>;
  pluralPronouns: Set<string>;
  possessivePronouns: Set<string>;
  functionWords: Set<string>;
  orgHeads: PhraseMatcher<OrganizationKind>;
  facilityHeads: Set<string>;
  months: Map<string, number>;
  weekdays: Map<string, number>;
  relativeDays: PhraseMatcher<number>;
  relativeMonths: PhraseMatcher<number>;
  relativeWeeks: PhraseMatcher<number>;
  weekdayPast: Set<string>;
  weekdayNext: Set<string>;
  abbreviations: Set<string>;
  geoBlocklist: Set<string>;
  capitalWords: Set<string>;
  originCues: Set<string>;
  /** Acronyms of bodies that serve no one state (UN, EU, GCC): their officials have no country. */
  internationalBodies: Set<string>;
  givenNames: Set<string>;
  commonWords: Set<string>;
}

/** An entry's words as tokens read them: folded, without possessive or trailing dots. */
export const entryWords = (entry: string): string[] =>
  fold(entry)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w === "." ? w : baseOf(w)));

function phrases<T>(entries: readonly string[], payload: (entry: string) => T): PhraseMatcher<T> {
  const matcher = new PhraseMatcher<T>();
  for (const entry of entries) matcher.add(entryWords(entry), payload(entry));
  return matcher;
}

const wordSet = (entries: readonly string[]): Set<string> => new Set(entries.flatMap((e) => entryWords(e)));

const recordPhrases = <T>(record: Record<string, T>): PhraseMatcher<T> => {
  const matcher = new PhraseMatcher<T>();
  for (const [k, v] of Object.entries(record)) matcher.add(entryWords(k), v);
  return matcher;
};

let cached: EnglishLexicon | null = null;

export function englishLexicon(): EnglishLexicon {
  if (cached) return cached;
  const raw = loadJson("en/lexicon.json", lexiconSchema);
  const heads = phrases(raw.titleHeads, (e) => entryWords(e).join(" "));
  cached = {
    titleHeads: heads,
    titleWords: wordSet(raw.titleWords),
    honorifics: phrases(raw.honorifics, () => true as const),
    particles: wordSet(raw.nameParticles),
    lowerParticles: wordSet(raw.lowerParticles),
    counterpart: phrases(raw.counterpart, () => true as const),
    pluralHeads: recordPhrases(raw.pluralHeads),
    roleEquivalents: recordPhrases(raw.roleEquivalents),
    meetingVerbs: wordSet(raw.meetingVerbs),
    meetingNouns: wordSet(raw.meetingNouns),
    visitVerbs: wordSet(raw.visitVerbs),
    visitNouns: wordSet(raw.visitNouns),
    callPhrases: phrases(raw.callPhrases, (e) => entryWords(e).join(" ")),
    videoWords: wordSet(raw.videoWords),
    callLightVerbs: wordSet(raw.callLightVerbs),
    passiveAux: wordSet(raw.passiveAux),
    adverbs: wordSet(raw.adverbs),
    plannedBefore: phrases(raw.plannedBefore, () => true as const),
    plannedAfter: phrases(raw.plannedAfter, () => true as const),
    negations: phrases(raw.negations, () => true as const),
    visitingWords: wordSet(raw.visitingWords),
    companionCues: phrases(raw.companionCues, () => true as const),
    listGlue: new Set(raw.listGlue.map((w) => fold(w))),
    speechVerbs: wordSet(raw.speechVerbs),
    duration: {
      markers: wordSet(raw.duration.markers),
      units: new Map(Object.entries(raw.duration.units).map(([k, v]) => [fold(k), v])),
      numbers: new Map(Object.entries(raw.duration.numbers).map(([k, v]) => [fold(k), v])),
      hedges: wordSet(raw.duration.hedges),
    },
    topics: new Map(Object.entries(raw.topics).map(([k, v]) => [fold(k), v])),
    gathering: {
      nouns: wordSet(raw.gathering.nouns),
      verbs: wordSet(raw.gathering.verbs),
      attend: wordSet(raw.gathering.attend),
      greet: wordSet(raw.gathering.greet),
      guests: wordSet(raw.gathering.guests),
    },
    invitation: phrases(raw.invitation, () => true as const),
    between: wordSet(raw.between),
    participationCues: phrases(raw.participationCues, () => true as const),
    attendanceCues: phrases(raw.attendanceCues, () => true as const),
    reportingVerbs: wordSet(raw.reportingVerbs),
    clauseBreakers: new Set(raw.clauseBreakers.map((w) => fold(w))),
    subjectPronouns: wordSet(raw.subjectPronouns),
    pluralPronouns: wordSet(raw.pluralPronouns),
    possessivePronouns: wordSet(raw.possessivePronouns),
    functionWords: wordSet(raw.functionWords),
    orgHeads: recordPhrases(raw.orgHeads),
    facilityHeads: wordSet(raw.facilityHeads),
    months: new Map(Object.entries(raw.months).map(([k, v]) => [fold(k), v])),
    weekdays: new Map(Object.entries(raw.weekdays).map(([k, v]) => [fold(k), v])),
    relativeDays: recordPhrases(raw.relativeDays),
    relativeMonths: recordPhrases(raw.relativeMonths),
    relativeWeeks: recordPhrases(raw.relativeWeeks),
    weekdayPast: wordSet(raw.weekdayPast),
    weekdayNext: wordSet(raw.weekdayNext),
    abbreviations: new Set(raw.abbreviations.map((w) => fold(w))),
    geoBlocklist: wordSet(raw.geoBlocklist),
    capitalWords: wordSet(raw.capitalWords),
    originCues: wordSet(raw.originCues),
    internationalBodies: wordSet(raw.internationalBodies),
    givenNames: new Set(loadList("en/given-names.txt").map((w) => fold(w))),
    commonWords: new Set(loadList("en/common-words.txt").map((w) => fold(w))),
  };
  return cached;
}

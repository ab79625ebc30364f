// The English lexicon (lexicon.json, given-names.txt, common-words.txt), validated and compiled once into sets and matchers.
import { z } from "zod/v4";
import { ORGANIZATION_KINDS } from "../../../domain/types.ts";
import { fold } from "../../text/fold.ts";
import { PhraseMatcher } from "../../text/phrase-matcher.ts";
import { coreLexiconSchema } from "../lexicon-schema.ts";
import { loadJson, loadList } from "../load.ts";
import { eventSchema, grammarSchema } from "./lexicon-schema.ts";
import type { EnglishLexicon } from "./lexicon-types.ts";
import { baseOf } from "./tokens.ts";

export type { EnglishLexicon } from "./lexicon-types.ts";

const words = z.array(z.string().min(1));

const lexiconSchema = coreLexiconSchema
  .extend({
    lowerParticles: words,
    /** Countries whose people English writes family name first ("Sun Weilin" is "Sun" later on). */
    familyFirstCountries: words,
    pluralHeads: z.record(z.string(), z.string()),
    roleEquivalents: z.record(z.string(), words),
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
    travelledWithCues: words,
    delegationListCues: words,
    travelledWithGlue: words,
    pluralAuxiliaries: words,
    listGlue: words,
    speechVerbs: words,
    spokespersonWords: words,
    pastEventVerbs: words,
    guestWords: words,
    duration: z.object({
      markers: words,
      units: z.record(z.string(), z.enum(["H", "M", "D"])),
      numbers: z.record(z.string(), z.number().positive()),
      hedges: words,
    }),
    topics: z.record(z.string(), z.string().min(1)),
    gathering: z.object({ nouns: words, verbs: words, attend: words, greet: words, guests: words }),
    participationCues: words,
    attendanceCues: words,
    reportingVerbs: words,
    subjectPronouns: words,
    pluralPronouns: words,
    possessivePronouns: words,
    /** "and", "&": what joins two people into one subject. */
    coordinators: words,
    /** "who": the relative pronoun that makes the person before it the subject of its clause. */
    subjectRelatives: words,
    functionWords: words,
    orgHeads: z.record(z.string(), z.enum(ORGANIZATION_KINDS)),
    facilityHeads: words,
    relativeMonths: z.record(z.string(), z.number().int()),
    relativeWeeks: z.record(z.string(), z.number().int()),
    weekdayPast: words,
    weekdayNext: words,
    abbreviations: words,
    capitalWords: words,
    originCues: words,
    internationalBodies: words,
  })
  .merge(grammarSchema)
  .merge(eventSchema);

type Raw = z.infer<typeof lexiconSchema>;

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

const flags = (entries: readonly string[]) => phrases(entries, () => true as const);

const wordSet = (entries: readonly string[]): Set<string> => new Set(entries.flatMap((e) => entryWords(e)));

const foldedSet = (entries: readonly string[]): Set<string> => new Set(entries.map((w) => fold(w)));

const foldedMap = <T>(record: Record<string, T>): Map<string, T> =>
  new Map(Object.entries(record).map(([k, v]) => [fold(k), v]));

const recordPhrases = <T>(record: Record<string, T>): PhraseMatcher<T> => {
  const matcher = new PhraseMatcher<T>();
  for (const [k, v] of Object.entries(record)) matcher.add(entryWords(k), v);
  return matcher;
};

/** A word as a literal inside a regular expression (unicode mode: no escaped hyphen outside a class). */
const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** Titles, honorifics, name particles, bodies: the words around people's names. */
function peopleWords(raw: Raw) {
  return {
    titleHeads: phrases(raw.titleHeads, (e) => entryWords(e).join(" ")),
    titleWords: wordSet(raw.titleWords),
    honorifics: flags(raw.honorifics),
    particles: wordSet(raw.nameParticles),
    lowerParticles: wordSet(raw.lowerParticles),
    familyFirstCountries: new Set(raw.familyFirstCountries),
    counterpart: flags(raw.counterpart),
    pluralHeads: recordPhrases(raw.pluralHeads),
    roleEquivalents: recordPhrases(raw.roleEquivalents),
    visitingWords: wordSet(raw.visitingWords),
    orgHeads: recordPhrases(raw.orgHeads),
    facilityHeads: wordSet(raw.facilityHeads),
    geoBlocklist: wordSet(raw.geoBlocklist),
    capitalWords: wordSet(raw.capitalWords),
    internationalBodies: wordSet(raw.internationalBodies),
    givenNames: foldedSet(loadList("en/given-names.txt")),
    commonWords: foldedSet(loadList("en/common-words.txt")),
  };
}

/** Meetings, visits, calls and summits: their words, and what tells their partners, plans and details. */
function eventWords(raw: Raw) {
  return {
    meetingVerbs: wordSet(raw.meetingVerbs),
    meetingNouns: wordSet(raw.meetingNouns),
    visitVerbs: wordSet(raw.visitVerbs),
    visitNouns: wordSet(raw.visitNouns),
    callPhrases: phrases(raw.callPhrases, (e) => entryWords(e).join(" ")),
    meetingPhrases: phrases(raw.meetingPhrases, () => true as const),
    videoWords: wordSet(raw.videoWords),
    callLightVerbs: wordSet(raw.callLightVerbs),
    plannedBefore: flags(raw.plannedBefore),
    plannedAfter: flags(raw.plannedAfter),
    negations: flags(raw.negations),
    companionCues: flags(raw.companionCues),
    travelledWithCues: flags(raw.travelledWithCues),
    delegationListCues: flags(raw.delegationListCues),
    travelledWithGlue: wordSet(raw.travelledWithGlue),
    pluralAuxiliaries: wordSet(raw.pluralAuxiliaries),
    duration: {
      markers: wordSet(raw.duration.markers),
      units: foldedMap(raw.duration.units),
      numbers: foldedMap(raw.duration.numbers),
      hedges: wordSet(raw.duration.hedges),
    },
    topics: foldedMap(raw.topics),
    gathering: {
      nouns: wordSet(raw.gathering.nouns),
      verbs: wordSet(raw.gathering.verbs),
      attend: wordSet(raw.gathering.attend),
      greet: wordSet(raw.gathering.greet),
      guests: wordSet(raw.gathering.guests),
    },
    invitation: flags(raw.invitation),
    participationCues: flags(raw.participationCues),
    attendanceCues: flags(raw.attendanceCues),
    courtesyCallVerbs: wordSet(raw.courtesyCallVerbs),
    hostParticiples: wordSet(raw.hostParticiples),
    eventAdjectives: wordSet(raw.eventAdjectives),
    adjectiveEnding: new RegExp(`(?:\\d|${raw.adjectiveEndings.map(escape).join("|")})$`, "u"),
    callModifiers: wordSet(raw.callModifiers),
    spouseWords: wordSet(raw.spouseWords),
    arrivalWords: wordSet(raw.arrivalWords),
    homeNouns: wordSet(raw.homeNouns),
    trilateralWords: wordSet(raw.trilateralWords),
    newsAgencies: wordSet(raw.newsAgencies),
  };
}

/** Months, weekdays and words of relative time. */
function timeWords(raw: Raw) {
  return {
    months: foldedMap(raw.months),
    weekdays: foldedMap(raw.weekdays),
    relativeDays: recordPhrases(raw.relativeDays),
    relativeMonths: recordPhrases(raw.relativeMonths),
    relativeWeeks: recordPhrases(raw.relativeWeeks),
    weekdayPast: wordSet(raw.weekdayPast),
    weekdayNext: wordSet(raw.weekdayNext),
    monthQualifiers: wordSet(raw.monthQualifiers),
  };
}

/** Function words, pronouns, prepositions and conjunctions: the grammar the passes read around the rest. */
function grammarWords(raw: Raw) {
  return {
    passiveAux: wordSet(raw.passiveAux),
    adverbs: wordSet(raw.adverbs),
    listGlue: foldedSet(raw.listGlue),
    speechVerbs: wordSet(raw.speechVerbs),
    spokespersonWords: wordSet(raw.spokespersonWords),
    pastEventVerbs: wordSet(raw.pastEventVerbs),
    guestWords: wordSet(raw.guestWords),
    between: wordSet(raw.between),
    reportingVerbs: wordSet(raw.reportingVerbs),
    clauseBreakers: foldedSet(raw.clauseBreakers),
    subjectPronouns: wordSet(raw.subjectPronouns),
    pluralPronouns: wordSet(raw.pluralPronouns),
    possessivePronouns: wordSet(raw.possessivePronouns),
    coordinators: wordSet(raw.coordinators),
    subjectRelatives: wordSet(raw.subjectRelatives),
    functionWords: wordSet(raw.functionWords),
    abbreviations: foldedSet(raw.abbreviations),
    originCues: wordSet(raw.originCues),
    articles: wordSet(raw.articles),
    determiners: wordSet(raw.determiners),
    definiteDeterminers: wordSet(raw.definiteDeterminers),
    copulas: wordSet(raw.copulas),
    timeConjunctions: wordSet(raw.timeConjunctions),
    lightVerbs: wordSet(raw.lightVerbs),
    scopeBreakers: wordSet(raw.scopeBreakers),
    destinationPrepositions: wordSet(raw.destinationPrepositions),
    adverbialPrepositions: wordSet(raw.adverbialPrepositions),
    titlePrepositions: wordSet(raw.titlePrepositions),
    awayPrepositions: wordSet(raw.awayPrepositions),
    nonFinalTitleWords: wordSet(raw.nonFinalTitleWords),
    nameJoiners: wordSet(raw.nameJoiners),
    gluedParticle: new RegExp(`^(?:${raw.gluedParticles.map(escape).join("|")})-\\p{Lu}`, "u"),
    nameCues: wordSet(raw.nameCues),
    bodyNouns: wordSet(raw.bodyNouns),
    pairAdverbs: wordSet(raw.pairAdverbs),
  };
}

let cached: EnglishLexicon | null = null;

export function englishLexicon(): EnglishLexicon {
  if (cached) return cached;
  const raw = loadJson("en/lexicon.json", lexiconSchema);
  cached = { ...peopleWords(raw), ...eventWords(raw), ...timeWords(raw), ...grammarWords(raw) };
  return cached;
}

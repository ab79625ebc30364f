// The Arabic lexicon (lexicon.json, given-names.txt, common-words.txt), validated and compiled once into matchers.
import { z } from "zod";
import { ORGANIZATION_KINDS, type OrganizationKind } from "../../../domain/types.ts";
import { fold } from "../../text/fold.ts";
import { PhraseMatcher } from "../../text/phrase-matcher.ts";
import { coreLexiconSchema } from "../lexicon-schema.ts";
import { loadJson, loadList } from "../load.ts";
import { entryKeys } from "./morphology.ts";

const words = z.array(z.string().min(1));

const lexiconSchema = coreLexiconSchema.extend({
  ourCountry: words,
  meetingVerbs: words,
  statementVerbs: words,
  agreementWords: words,
  plannedMarkers: words,
  durationUnits: z.record(z.string().regex(/^[HMD]\d*$/)),
  durationMarkers: words,
  relativeWeekdayPast: words,
  relativeWeekdayNext: words,
  placeCues: words,
  topics: z.record(z.string()),
  orgHeads: z.record(z.enum(ORGANIZATION_KINDS)),
  ordinals: words,
  ourCountryAfter: z.object({ words, after: words }),
  capitalWords: words,
  attendance: words,
  placeTitleWords: words,
  envoyHeads: words,
  subjectCues: words,
  regnalOrdinals: words,
  nameTails: words,
  summitNouns: words,
  countryTitles: z.record(z.string().regex(/^[A-Z]{2}$/)),
  prepositions: words,
  /** What follows the place that opens an article when it is a dateline ("أبوظبي في 20 فبراير", "باكو، …"). */
  datelineCues: words,
  companionCues: words,
  firstPersonMeetingVerbs: words,
  /** Object pronouns written on a verb ("استقبله", "استقبلها"): the one met is named elsewhere. */
  objectPronouns: words,
  receptionNouns: words,
});

export type RawArabicLexicon = z.infer<typeof lexiconSchema>;

export interface ArabicLexicon {
  titleHeads: PhraseMatcher<true>;
  titleWords: Set<string>;
  honorifics: PhraseMatcher<true>;
  particles: Set<string>;
  counterpart: Set<string>;
  ourCountry: Set<string>;
  meetingVerbs: Set<string>;
  meetingNouns: Set<string>;
  visitVerbs: Set<string>;
  visitNouns: Set<string>;
  statementVerbs: Set<string>;
  agreementWords: PhraseMatcher<true>;
  callPhrases: PhraseMatcher<true>;
  plannedMarkers: PhraseMatcher<true>;
  invitation: PhraseMatcher<true>;
  durationUnits: Map<string, string>;
  durationMarkers: Set<string>;
  months: PhraseMatcher<number>;
  weekdays: Map<string, number>;
  relativeDays: PhraseMatcher<number>;
  relativeWeekdayPast: Set<string>;
  relativeWeekdayNext: Set<string>;
  geoBlocklist: Set<string>;
  placeCues: Set<string>;
  clauseBreakers: Set<string>;
  between: Set<string>;
  topics: Map<string, string>;
  orgHeads: PhraseMatcher<OrganizationKind>;
  ordinals: Set<string>;
  /** "الدولة" is the outlet's country only after these words ("إلى الدولة", "رئيس الدولة"). */
  ourCountryAfter: { words: Set<string>; after: Set<string> };
  capitalWords: Set<string>;
  attendance: Set<string>;
  placeTitleWords: Set<string>;
  /** Heads whose title goes on with "إلى" and a country ("المبعوث الخاص … إلى سورية"). */
  envoyHeads: Set<string>;
  /** Words after which a verb keeps the subject of the clause before ("حيث التقى الرئيس كوزنتسوف"). */
  subjectCues: Set<string>;
  /** "عبدالله الثاني": ordinals that end a monarch's name. */
  regnalOrdinals: Set<string>;
  /** Words that complete the name word before them ("صلاح الدين", "نصر الله"). */
  nameTails: Set<string>;
  /** "قمة … بين X وY": a summit is a meeting of those it is between; elsewhere it is only a venue. */
  summitNouns: Set<string>;
  /** Titles that name their country by themselves ("خادم الحرمين الشريفين"): phrase -> ISO alpha-2. */
  countryTitles: PhraseMatcher<string>;
  /** Prepositions: the word after one is a noun ("في حل الأزمة" is no verb "حل"). */
  prepositions: Set<string>;
  datelineCues: Set<string>;
  /** Words of company on a journey ("برفقة", "يرافقه"): who is named after them travels too. */
  companionCues: Set<string>;
  /** Verbs of meeting in the first person ("التقيت"), said in a quotation by the one quoted. */
  firstPersonMeetingVerbs: Set<string>;
  objectPronouns: string[];
  /** "كان X في استقبال Y": nouns of reception whose subject stands before them. */
  receptionNouns: Set<string>;
  /** The most frequent words (function words), never part of a name. */
  functionWords: Set<string>;
  /** Less frequent words (ranks 4000-25000): not a name once a name is long, nor with a pronoun on it. */
  rarerWords: Set<string>;
  givenNames: Set<string>;
  commonWords: Set<string>;
}

/** How many of the most frequent words count as function words. */
const FUNCTION_WORDS = 400;

const splitWords = (entry: string): string[] => fold(entry).split(/\s+/).filter(Boolean);

/** Phrases matched with or without their article, unless `exact` ("اليوم" is today; "يوم" alone is not). */
function phrases<T>(
  entries: readonly string[],
  payload: (entry: string) => T,
  exact = false,
): PhraseMatcher<T> {
  const matcher = new PhraseMatcher<T>();
  for (const entry of entries) {
    const ws = splitWords(entry);
    const [first, ...rest] = ws;
    if (first === undefined) continue;
    for (const key of exact ? [first] : entryKeys(first)) matcher.add([key, ...rest], payload(entry));
  }
  return matcher;
}

function keySet(entries: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const entry of entries)
    for (const w of splitWords(entry)) for (const key of entryKeys(w)) set.add(key);
  return set;
}

const exactSet = (entries: readonly string[]): Set<string> => new Set(entries.map((e) => fold(e)));

let cached: ArabicLexicon | null = null;

export function arabicLexicon(): ArabicLexicon {
  if (cached) return cached;
  const raw = loadJson("ar/lexicon.json", lexiconSchema);
  const givenNames = exactSet(loadList("ar/given-names.txt"));
  const commonList = loadList("ar/common-words.txt");
  const commonWords = exactSet(commonList);
  cached = {
    titleHeads: phrases(raw.titleHeads, () => true as const),
    titleWords: keySet([...raw.titleWords, ...raw.titleHeads]),
    honorifics: phrases(raw.honorifics, () => true as const),
    particles: exactSet(raw.nameParticles),
    counterpart: exactSet(raw.counterpart),
    ourCountry: exactSet(raw.ourCountry),
    meetingVerbs: exactSet(raw.meetingVerbs),
    meetingNouns: exactSet(raw.meetingNouns),
    visitVerbs: exactSet(raw.visitVerbs),
    visitNouns: exactSet(raw.visitNouns),
    statementVerbs: exactSet(raw.statementVerbs),
    agreementWords: phrases(raw.agreementWords, () => true as const),
    callPhrases: phrases(raw.callPhrases, () => true as const),
    plannedMarkers: phrases(raw.plannedMarkers, () => true as const),
    invitation: phrases(raw.invitation, () => true as const),
    durationUnits: new Map(Object.entries(raw.durationUnits).map(([k, v]) => [fold(k), v])),
    durationMarkers: exactSet(raw.durationMarkers),
    months: phrases(Object.keys(raw.months), (k) => raw.months[k] ?? 0),
    weekdays: new Map(
      Object.entries(raw.weekdays).flatMap(([k, v]) => entryKeys(fold(k)).map((key) => [key, v])),
    ),
    relativeDays: phrases(Object.keys(raw.relativeDays), (k) => raw.relativeDays[k] ?? 0, true),
    relativeWeekdayPast: exactSet(raw.relativeWeekdayPast),
    relativeWeekdayNext: exactSet(raw.relativeWeekdayNext),
    geoBlocklist: exactSet(raw.geoBlocklist),
    placeCues: exactSet(raw.placeCues),
    clauseBreakers: exactSet(raw.clauseBreakers),
    between: exactSet(raw.between),
    orgHeads: phrases(Object.keys(raw.orgHeads), (k) => raw.orgHeads[k] ?? "other"),
    ordinals: keySet(raw.ordinals),
    ourCountryAfter: {
      words: exactSet(raw.ourCountryAfter.words),
      after: exactSet(raw.ourCountryAfter.after),
    },
    capitalWords: exactSet(raw.capitalWords),
    attendance: exactSet(raw.attendance),
    placeTitleWords: keySet(raw.placeTitleWords),
    envoyHeads: keySet(raw.envoyHeads),
    subjectCues: exactSet(raw.subjectCues),
    regnalOrdinals: exactSet(raw.regnalOrdinals),
    nameTails: exactSet(raw.nameTails),
    summitNouns: exactSet(raw.summitNouns),
    countryTitles: phrases(Object.keys(raw.countryTitles), (k) => raw.countryTitles[k] ?? ""),
    prepositions: exactSet(raw.prepositions),
    datelineCues: exactSet(raw.datelineCues),
    companionCues: exactSet(raw.companionCues),
    firstPersonMeetingVerbs: exactSet(raw.firstPersonMeetingVerbs),
    objectPronouns: raw.objectPronouns.map((p) => fold(p)),
    receptionNouns: exactSet(raw.receptionNouns),
    // The list is sorted by frequency: its head is the function words.
    functionWords: exactSet(commonList.slice(0, FUNCTION_WORDS)),
    rarerWords: exactSet(loadList("ar/common-words-extended.txt")),
    topics: new Map(
      Object.entries(raw.topics).flatMap(([k, v]) => entryKeys(fold(k)).map((key) => [key, v])),
    ),
    givenNames,
    commonWords,
  };
  return cached;
}

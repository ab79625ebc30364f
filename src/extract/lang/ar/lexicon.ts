// The Arabic lexicon (lexicon.json, given-names.txt, common-words.txt), validated and compiled once into matchers.
import { z } from "zod/v4";
import { ORGANIZATION_KINDS, type OrganizationKind } from "../../../domain/types.ts";
import { fold } from "../../text/fold.ts";
import { PhraseMatcher } from "../../text/phrase-matcher.ts";
import { coreLexiconSchema } from "../lexicon-schema.ts";
import { loadJson, loadList } from "../load.ts";
import { alternation, entryKeys } from "./morphology.ts";
import { morphologySchema } from "./morphology-data.ts";

const words = z.array(z.string().min(1));

const lexiconSchema = coreLexiconSchema.extend({
  morphology: morphologySchema,
  ourCountry: words,
  /** Family names that are also function words ("لي", "هو"): a name only right after a title, before an unknown word. */
  shortFamilyNames: words,
  /** "الضيف", "الوزير الضيف": words that make a role the one who visits, no word of a post. */
  guestWords: words,
  /** "X، وهو أيضا عضو …،": a pronoun after a name's comma, with the title that describes that person. */
  appositionCues: words,
  /** "وصل إلى مطار X": a facility of arrival, named by no place the gazetteer knows. */
  arrivalFacilities: words,
  facilityNouns: words,
  restatedOffices: z.record(z.string(), words),
  alsoWords: words,
  pluralTitles: z.object({ $comment: z.string().optional() }).catchall(z.string()),
  /** Beginnings of the words of a phone call ("اتصالا هاتفيا"), which may follow a name directly. */
  callWordStems: words,
  /** Prepositions that fold into a given name ("على" and "علي"): read by how they are written. */
  nameLikePrepositions: words,
  meetingVerbs: words,
  statementVerbs: words,
  agreementWords: words,
  plannedMarkers: words,
  durationUnits: z.record(z.string(), z.string().regex(/^[HMD]\d*$/)),
  durationMarkers: words,
  /** Numbers written as words before a unit of time ("ثلاث ساعات"). */
  durationNumbers: z.record(z.string(), z.number().int().min(1)),
  /** "مع": the one met follows it ("لقاء X مع Y"). */
  withPrepositions: words,
  /** "عرض X مع Y", "تداول مع": verbs that tell a meeting only with "مع" after them. */
  withMeetingVerbs: words,
  /** "زيارة أجراها X إلى", "المباحثات التي عقدها": a verb whose pronoun is the event noun before it carries that event. */
  lightVerbs: words,
  /** "ضمن الوفد المرافق": those named before it travelled in the delegation. */
  amongWords: words,
  /** "خلالها": "during it", after a verb in a relative clause on an event noun. */
  duringWords: words,
  /** "كتب", "بقلم": a line that opens with one is a byline. */
  bylineCues: words,
  /** What stands between a byline's places (or cue) and the writer's name. */
  bylineSeparators: z.array(z.string().min(1)),
  /** "قرينة", "عقيلة": a spouse's title only before what it is said of ("عقيلة الرئيس"); "عقيلة سالم" is a name. */
  spouseHeads: words,
  /** Words before a person that make them the one met, not the subject ("التقى مع X", "من X"). */
  objectMarkers: words,
  /** "هذه الزيارة": a noun after a demonstrative points back at an event already told. */
  demonstratives: words,
  /** "X الذي يقوم بزيارة": a relative pronoun hangs the clause on the person before it. */
  relativePronouns: words,
  /** "وكان X قد استقبل Y": the particle of the perfect, with the subject before it. */
  perfectParticles: words,
  relativeWeekdayPast: words,
  relativeWeekdayNext: words,
  /** "من 11 إلى 14 يونيو": words between the first and the last day of a span. */
  dateSpanWords: words,
  placeCues: words,
  topics: z.record(z.string(), z.string()),
  orgHeads: z.record(z.string(), z.enum(ORGANIZATION_KINDS)),
  ordinals: words,
  ourCountryAfter: z.object({ words, stateNouns: words, after: words }),
  capitalWords: words,
  attendance: words,
  attendanceLists: words,
  placeTitleWords: words,
  envoyHeads: words,
  subjectCues: words,
  regnalOrdinals: words,
  nameTails: words,
  summitNouns: words,
  countryTitles: z.record(z.string(), z.string().regex(/^[A-Z]{2}$/)),
  prepositions: words,
  /** "في": a place or title word after it goes on with what stands before. */
  locativePrepositions: words,
  /** "إلى", "لدى": where an envoy or ambassador is posted, which is not their country. */
  postingPrepositions: words,
  /** What follows the place that opens an article when it is a dateline ("أبوظبي في 20 فبراير", "باكو، …"). */
  datelineCues: words,
  /** Words of diplomatic prose too rare for the frequency list that are never names ("مأدبة غداء"). */
  notNames: words,
  /** Honorifics of courtesy ("السيد"): no rank, no post, nothing that tells two people apart. */
  courtesy: words,
  companionCues: words,
  companionVerbs: words,
  delegationVerbs: words,
  delegationNouns: words,
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
  courtesy: Set<string>;
  particles: Set<string>;
  nameLikePrepositions: Set<string>;
  counterpart: Set<string>;
  /** Plural and dual heads that open a list of officials -> the singular head of each one's title ("" for counterparts). */
  pluralTitles: Map<string, string>;
  shortFamilyNames: Set<string>;
  guestWords: Set<string>;
  appositionCues: Set<string>;
  arrivalFacilities: Set<string>;
  /** "مطار الملك عبدالعزيز", "جامعة الملك سعود": a place named after a title and a name, which are no person. */
  facilityNouns: Set<string>;
  /** "العاهل الأردني الملك …": a head, then the words that say its office again before the holder's name. */
  restatedOffices: Map<string, Set<string>>;
  alsoWords: Set<string>;
  ourCountry: Set<string>;
  meetingVerbs: Set<string>;
  meetingNouns: Set<string>;
  visitVerbs: Set<string>;
  visitNouns: Set<string>;
  statementVerbs: Set<string>;
  agreementWords: PhraseMatcher<true>;
  callPhrases: PhraseMatcher<true>;
  /** The start of a word of a phone call ("اتصال", "هاتفي"). */
  callWordStart: RegExp;
  plannedMarkers: PhraseMatcher<true>;
  invitation: PhraseMatcher<true>;
  durationUnits: Map<string, string>;
  durationMarkers: Set<string>;
  durationNumbers: Map<string, number>;
  withPrepositions: string[];
  withMeetingVerbs: Set<string>;
  lightVerbs: Set<string>;
  amongWords: Set<string>;
  duringWords: Set<string>;
  bylineCues: Set<string>;
  bylineSeparators: Set<string>;
  spouseHeads: Set<string>;
  objectMarkers: Set<string>;
  demonstratives: Set<string>;
  relativePronouns: Set<string>;
  perfectParticles: Set<string>;
  months: PhraseMatcher<number>;
  weekdays: Map<string, number>;
  relativeDays: PhraseMatcher<number>;
  relativeWeekdayPast: Set<string>;
  relativeWeekdayNext: Set<string>;
  dateSpanWords: Set<string>;
  geoBlocklist: Set<string>;
  placeCues: Set<string>;
  clauseBreakers: Set<string>;
  between: Set<string>;
  topics: Map<string, string>;
  orgHeads: PhraseMatcher<OrganizationKind>;
  ordinals: Set<string>;
  /**
   * "الدولة" is the outlet's country only after these words ("إلى الدولة", "رئيس الدولة"); so are the nouns of
   * state ("المملكة") when the outlet's country's own long name opens with one.
   */
  ourCountryAfter: { words: Set<string>; stateNouns: Set<string>; after: Set<string> };
  capitalWords: Set<string>;
  attendance: Set<string>;
  /** "بحضور X وY وZ": a cue after which everyone named in the clause only attended. */
  attendanceLists: Set<string>;
  placeTitleWords: Set<string>;
  /** Heads whose title goes on with "إلى" and a country ("المبعوث الخاص … إلى سورية"). */
  envoyHeads: Set<string>;
  /** Words after which a verb keeps the subject of the clause before ("حيث التقى الرئيس كوزنتسوف"). */
  subjectCues: Set<string>;
  /** "نايف الثاني": ordinals that end a monarch's name. */
  regnalOrdinals: Set<string>;
  /** Words that complete the name word before them ("صلاح الدين", "نصر الله"). */
  nameTails: Set<string>;
  /** "قمة … بين X وY": a summit is a meeting of those it is between; elsewhere it is only a venue. */
  summitNouns: Set<string>;
  /** Titles that name their country by themselves ("خادم الحرمين الشريفين"): phrase -> ISO alpha-2. */
  countryTitles: PhraseMatcher<string>;
  /** Prepositions: the word after one is a noun ("في حل الأزمة" is no verb "حل"). */
  prepositions: Set<string>;
  locativePrepositions: Set<string>;
  postingPrepositions: Set<string>;
  datelineCues: Set<string>;
  /** Words of company on a journey ("برفقة", "يرافقه"): who is named after them travels too. */
  companionCues: Set<string>;
  /** "ويرافق X في الزيارة Y": a verb of company whose subjects travel with the one it names first. */
  companionVerbs: Set<string>;
  /** "وضم الوفد الصومالي X": a verb of including and the word for a delegation, whose members travelled. */
  delegationVerbs: Set<string>;
  delegationNouns: Set<string>;
  /** Verbs of meeting in the first person ("التقيت"), said in a quotation by the one quoted. */
  firstPersonMeetingVerbs: Set<string>;
  /** The pronouns written on a word: the object of a verb ("استقبله"), the owner of a noun ("زيارته"). */
  objectPronouns: string[];
  /** "كان X في استقبال Y": nouns of reception whose subject stands before them. */
  receptionNouns: Set<string>;
  /** The most frequent words (function words), never part of a name. */
  functionWords: Set<string>;
  /** Less frequent words (ranks 4000-25000): not a name once a name is long, nor with a pronoun on it. */
  rarerWords: Set<string>;
  givenNames: Set<string>;
  commonWords: Set<string>;
  /** Nouns that stand after a title where a name would ("رسالة خطية", "مأدبة عشاء"): never a name, nor a bridge in one. */
  notNames: Set<string>;
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

/** Titles, honorifics and the words of names. */
function personWords(raw: RawArabicLexicon) {
  return {
    titleHeads: phrases(raw.titleHeads, () => true as const),
    titleWords: keySet([...raw.titleWords, ...raw.titleHeads]),
    honorifics: phrases(raw.honorifics, () => true as const),
    courtesy: exactSet(raw.courtesy),
    particles: exactSet(raw.nameParticles),
    nameLikePrepositions: exactSet(raw.nameLikePrepositions),
    counterpart: exactSet(raw.counterpart),
    shortFamilyNames: exactSet(raw.shortFamilyNames),
    guestWords: keySet(raw.guestWords),
    appositionCues: exactSet(raw.appositionCues),
    arrivalFacilities: exactSet(raw.arrivalFacilities),
    facilityNouns: exactSet(raw.facilityNouns),
    restatedOffices: new Map(
      Object.entries(raw.restatedOffices).map(([head, again]) => [fold(head), exactSet(again)]),
    ),
    alsoWords: exactSet(raw.alsoWords),
    pluralTitles: new Map(
      Object.entries(raw.pluralTitles)
        .filter(([k]) => k !== "$comment")
        .map(([k, v]) => [fold(k), v]),
    ),
    placeTitleWords: keySet(raw.placeTitleWords),
    envoyHeads: keySet(raw.envoyHeads),
    regnalOrdinals: exactSet(raw.regnalOrdinals),
    nameTails: exactSet(raw.nameTails),
    countryTitles: phrases(Object.keys(raw.countryTitles), (k) => raw.countryTitles[k] ?? ""),
  };
}

/** The words of events: triggers, their markers, and who takes part. */
function eventWords(raw: RawArabicLexicon) {
  return {
    meetingVerbs: exactSet(raw.meetingVerbs),
    meetingNouns: exactSet(raw.meetingNouns),
    visitVerbs: exactSet(raw.visitVerbs),
    visitNouns: exactSet(raw.visitNouns),
    statementVerbs: exactSet(raw.statementVerbs),
    agreementWords: phrases(raw.agreementWords, () => true as const),
    callPhrases: phrases(raw.callPhrases, () => true as const),
    callWordStart: new RegExp(`^(?:${alternation(raw.callWordStems.map((w) => fold(w)))})`),
    plannedMarkers: phrases(raw.plannedMarkers, () => true as const),
    invitation: phrases(raw.invitation, () => true as const),
    durationUnits: new Map(Object.entries(raw.durationUnits).map(([k, v]) => [fold(k), v])),
    durationMarkers: exactSet(raw.durationMarkers),
    durationNumbers: new Map(Object.entries(raw.durationNumbers).map(([k, v]) => [fold(k), v])),
    withPrepositions: raw.withPrepositions.map((w) => fold(w)),
    withMeetingVerbs: exactSet(raw.withMeetingVerbs),
    lightVerbs: exactSet(raw.lightVerbs),
    amongWords: exactSet(raw.amongWords),
    duringWords: exactSet(raw.duringWords),
    bylineCues: exactSet(raw.bylineCues),
    bylineSeparators: new Set(raw.bylineSeparators),
    spouseHeads: exactSet(raw.spouseHeads),
    objectMarkers: exactSet(raw.objectMarkers),
    demonstratives: exactSet(raw.demonstratives),
    relativePronouns: exactSet(raw.relativePronouns),
    perfectParticles: exactSet(raw.perfectParticles),
    clauseBreakers: exactSet(raw.clauseBreakers),
    between: exactSet(raw.between),
    attendance: exactSet(raw.attendance),
    attendanceLists: exactSet(raw.attendanceLists),
    subjectCues: exactSet(raw.subjectCues),
    summitNouns: exactSet(raw.summitNouns),
    prepositions: exactSet(raw.prepositions),
    locativePrepositions: exactSet(raw.locativePrepositions),
    postingPrepositions: exactSet(raw.postingPrepositions),
    companionCues: exactSet(raw.companionCues),
    companionVerbs: exactSet(raw.companionVerbs),
    delegationVerbs: exactSet(raw.delegationVerbs),
    delegationNouns: exactSet(raw.delegationNouns),
    firstPersonMeetingVerbs: exactSet(raw.firstPersonMeetingVerbs),
    objectPronouns: raw.objectPronouns.map((p) => fold(p)),
    receptionNouns: exactSet(raw.receptionNouns),
    topics: new Map(
      Object.entries(raw.topics).flatMap(([k, v]) => entryKeys(fold(k)).map((key) => [key, v])),
    ),
  };
}

/** Months, weekdays and days counted from today. */
function dateWords(raw: RawArabicLexicon) {
  return {
    months: phrases(Object.keys(raw.months), (k) => raw.months[k] ?? 0),
    weekdays: new Map(
      Object.entries(raw.weekdays).flatMap(([k, v]) => entryKeys(fold(k)).map((key) => [key, v])),
    ),
    relativeDays: phrases(Object.keys(raw.relativeDays), (k) => raw.relativeDays[k] ?? 0, true),
    relativeWeekdayPast: exactSet(raw.relativeWeekdayPast),
    relativeWeekdayNext: exactSet(raw.relativeWeekdayNext),
    dateSpanWords: exactSet(raw.dateSpanWords),
  };
}

/** Places, the outlet's own country, and the bodies of a state. */
function placeWords(raw: RawArabicLexicon) {
  return {
    ourCountry: exactSet(raw.ourCountry),
    geoBlocklist: exactSet(raw.geoBlocklist),
    placeCues: exactSet(raw.placeCues),
    orgHeads: phrases(Object.keys(raw.orgHeads), (k) => raw.orgHeads[k] ?? "other"),
    ordinals: keySet(raw.ordinals),
    ourCountryAfter: {
      words: exactSet(raw.ourCountryAfter.words),
      stateNouns: exactSet(raw.ourCountryAfter.stateNouns),
      after: exactSet(raw.ourCountryAfter.after),
    },
    capitalWords: exactSet(raw.capitalWords),
    datelineCues: exactSet(raw.datelineCues),
  };
}

/** The word lists: given names, and the most frequent words of the language (with those never names). */
function wordLists(notNames: readonly string[]) {
  const commonList = loadList("ar/common-words.txt");
  return {
    givenNames: exactSet(loadList("ar/given-names.txt")),
    commonWords: exactSet([...commonList, ...notNames]),
    // The list is sorted by frequency: its head is the function words.
    functionWords: exactSet(commonList.slice(0, FUNCTION_WORDS)),
    rarerWords: exactSet(loadList("ar/common-words-extended.txt")),
    notNames: exactSet(notNames),
  };
}

let cached: ArabicLexicon | null = null;

export function arabicLexicon(): ArabicLexicon {
  if (cached) return cached;
  const raw = loadJson("ar/lexicon.json", lexiconSchema);
  cached = {
    ...personWords(raw),
    ...eventWords(raw),
    ...dateWords(raw),
    ...placeWords(raw),
    ...wordLists(raw.notNames),
  };
  return cached;
}

// The Persian lexicon (lexicon.json, given-names.txt, function-words.txt, common-words.txt), validated and compiled once into matchers.
import { z } from "zod/v4";
import { fold } from "../../text/fold.ts";
import { PhraseMatcher } from "../../text/phrase-matcher.ts";
import { coreLexiconSchema } from "../lexicon-schema.ts";
import { loadJson, loadList } from "../load.ts";

const words = z.array(z.string().min(1));

/** The keys shared with the Arabic lexicon mean the same; the others are Persian word order and morphology. */
const lexiconSchema = coreLexiconSchema
  .extend({
    ourCountry: words,
    /** "از X استقبال کرد": the one received follows "از". */
    receptionNouns: words,
    /** "X، Y را پذیرفت": received Y; only with a person before "را" ("دعوت را پذیرفت" accepted it). */
    receptionVerbs: words,
    plannedMarkers: words,
    /** "برای سفر به …", "به منظور دیدار با …": a trigger right after these is an aim, not an act. */
    purposeMarkers: words,
    /** "با یکدیگر", "طرفین": everyone named in the clause took part together. */
    reciprocal: words,
    /** The postpositions of the other side ("با"), of the one received ("از"), of a destination ("به", "عازم"). */
    withWords: words,
    fromWords: words,
    /** "از سوی X", "از طرف X": the noun after "از" that makes X the one who acts ("by X"). */
    byNouns: words,
    /** "رئیس‌جمهور این کشور": the country last named before the title. */
    thisCountry: words,
    toWords: words,
    /** Light verbs of a finished act ("کرد", "کرده است"): with none and a future auxiliary, the event is planned. */
    heldVerbs: words,
    /** "این دیدار": a trigger after these words retells an event already told. */
    anaphora: words,
    /** "X که ... راهی قزاقستان شده است": the relative clause's subject is the name before it. */
    relativeMarkers: words,
    /** Month names that are also common words ("می", "مه"): read as months only right after a day. */
    monthsNeedDay: words,
    relativeWeekdayPast: words,
    relativeWeekdayNext: words,
    /** Seats and movements that stand for a state's government ("کرملین", "طالبان"). */
    authorities: z.record(z.string(), z.string().regex(/^[A-Z]{2}$/)),
    attendance: words,
    /** "به همراه X", "در رأس هیئتی شامل X و Y": those named after these travelled with the visitor. */
    companionCues: words,
    accompanyVerbs: words,
    /** "هیئتی به رهبری X": X heads the delegation, and so makes its journey. */
    delegationHeads: words,
    /** "هیئت همراه … شامل X": the noun of a travelling delegation, whose members make the visit. */
    delegationNouns: words,
    /** "شهر X چین": the words that name a city before its name, so an unknown name there is learned as one. */
    cityWords: words,
    /** "از جمله X از روسیه و Y از هند": a list of participants, each with the country after "از". */
    listOpeners: words,
    envoyHeads: words,
    /** "وزرای خارجه X و Y": a plural title shared by a list of people, and its singular. */
    pluralTitleHeads: z.record(z.string(), z.string().min(1)),
    /** Suffixes written on a word (plural, ezafe, possessives, the object marker), longest first when stripping. */
    suffixes: words,
    /** "به گزارش X،": an outlet named up to the comma, never a person. */
    attribution: words,
    /** "به شهر آستانه": words between a destination's preposition and its name. */
    placeCues: words,
    /** "همتای سعودی خود". */
    reflexives: words,
    eventAdjectives: words,
    notNames: words,
    countedWords: z.object({ numbers: words, units: words }),
    /** "فیلیپه ششم", "لوریس سوم": ordinals that end a monarch's name. */
    regnalOrdinals: words,
    /** "X نیز …": a word right after a clause's subject that says it too acts. */
    subjectEchoes: words,
    /** "وارد فرودگاه … شد": where an arrival may be told with no city. */
    arrivalFacilities: words,
    conjunctions: words,
    inWords: words,
    regionWords: words,
    /** Honorifics written onto the next name ("سیدعباس"): the name key leaves them out. */
    gluedPrefixes: words,
    /** A present verb: one of these, a stem, and a personal ending ("می‌کنند"). */
    verbPrefixes: words,
    verbEndings: words,
    pluralSuffixes: words,
    /** The written ezafe after a vowel ("هواپیمای"): a noun in construct, whose complement is no name. */
    ezafeEndings: words,
    /** "X و همسرش Y": a spouse, of the country of the one named before, with a name that needs no comma. */
    spouseWords: words,
    /** "دولت حسن شمیرانی", "دولت نوری‌زاده": the government named after its head, who is a person. */
    governmentOf: words,
    /** "شاهزاده X", "ملک X": heads always followed by their holder's name, whatever the lists know of it. */
    nameHeads: words,
    /** "X، Y را به حضور پذیرفت": the object marker after the one received. */
    objectMarkers: words,
  })
  .strict();

export type RawPersianLexicon = z.infer<typeof lexiconSchema>;

export interface PersianLexicon {
  titleHeads: PhraseMatcher<string>;
  titleWords: Set<string>;
  honorifics: PhraseMatcher<true>;
  /** Phrases that open with a given name and are no one ("حسن نیت", good faith). */
  notNames: PhraseMatcher<true>;
  particles: Set<string>;
  counterpart: Set<string>;
  ourCountry: PhraseMatcher<true>;
  meetingNouns: PhraseMatcher<true>;
  receptionNouns: PhraseMatcher<true>;
  receptionVerbs: Set<string>;
  visitNouns: Set<string>;
  visitVerbs: PhraseMatcher<true>;
  callPhrases: PhraseMatcher<true>;
  plannedMarkers: PhraseMatcher<true>;
  purposeMarkers: PhraseMatcher<true>;
  invitation: PhraseMatcher<true>;
  reciprocal: PhraseMatcher<true>;
  withWords: Set<string>;
  fromWords: Set<string>;
  byNouns: Set<string>;
  thisCountry: Set<string>;
  toWords: Set<string>;
  heldVerbs: Set<string>;
  anaphora: Set<string>;
  relativeMarkers: Set<string>;
  months: PhraseMatcher<number>;
  monthsNeedDay: Set<string>;
  weekdays: PhraseMatcher<number>;
  relativeDays: PhraseMatcher<number>;
  relativeWeekdayPast: Set<string>;
  relativeWeekdayNext: Set<string>;
  geoBlocklist: Set<string>;
  authorities: PhraseMatcher<string>;
  clauseBreakers: Set<string>;
  between: Set<string>;
  attendance: PhraseMatcher<true>;
  companionCues: PhraseMatcher<true>;
  /** "X، وزیر خارجه را در این سفر همراهی می‌کند": X travelled with the one accompanied. */
  accompanyVerbs: PhraseMatcher<true>;
  delegationHeads: PhraseMatcher<true>;
  delegationNouns: Set<string>;
  cityWords: Set<string>;
  listOpeners: PhraseMatcher<true>;
  envoyHeads: Set<string>;
  suffixes: string[];
  attribution: PhraseMatcher<true>;
  placeCues: Set<string>;
  reflexives: Set<string>;
  /** "مورد استقبال رسمی X": adjectives of an event noun, between it and the one named after it. */
  eventAdjectives: Set<string>;
  /** "دوروزه", "سه‌جانبه": a number and a unit written as one word, an adjective ("نشست دوروزه"). */
  countedWords: { numbers: readonly string[]; units: Set<string> };
  regnalOrdinals: Set<string>;
  subjectEchoes: Set<string>;
  arrivalFacilities: Set<string>;
  conjunctions: Set<string>;
  inWords: Set<string>;
  /** "در شمال برزیل": the part of a country a city is in. */
  regionWords: Set<string>;
  gluedPrefixes: string[];
  presentVerb: RegExp;
  pluralSuffixes: string[];
  ezafeEndings: string[];
  spouseWords: Set<string>;
  governmentOf: Set<string>;
  nameHeads: Set<string>;
  objectMarkers: Set<string>;
  givenNames: Set<string>;
  functionWords: Set<string>;
  /** Frequent words (common-words.txt, generated by tools/common-words.py): what an unknown foreign name is not. */
  commonWords: Set<string>;
}

const splitWords = (entry: string): string[] => fold(entry).split(/\s+/).filter(Boolean);
const exactSet = (entries: readonly string[]): Set<string> => new Set(entries.map((e) => fold(e)));

function phrases<T>(entries: readonly string[], payload: (entry: string) => T): PhraseMatcher<T> {
  const matcher = new PhraseMatcher<T>();
  for (const entry of entries) matcher.add(splitWords(entry), payload(entry));
  return matcher;
}

const record = <T>(r: Record<string, T>) => phrases(Object.keys(r), (k) => r[k] as T);

const alternatives = (entries: readonly string[]): string =>
  entries
    .map(fold)
    .sort((a, b) => b.length - a.length)
    .map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");

/** Who was there and with whom: attendees, companions, a delegation's head, a list of participants. */
function companyWords(raw: RawPersianLexicon) {
  return {
    attendance: phrases(raw.attendance, () => true as const),
    companionCues: phrases(raw.companionCues, () => true as const),
    accompanyVerbs: phrases(raw.accompanyVerbs, () => true as const),
    delegationHeads: phrases(raw.delegationHeads, () => true as const),
    delegationNouns: exactSet(raw.delegationNouns),
    listOpeners: phrases(raw.listOpeners, () => true as const),
  };
}

/** What Persian writes onto words: suffixes, glued honorifics, verb prefixes and endings, the written ezafe. */
function morphology(raw: RawPersianLexicon) {
  return {
    suffixes: [...raw.suffixes].map(fold).sort((a, b) => b.length - a.length),
    gluedPrefixes: raw.gluedPrefixes.map(fold),
    presentVerb: new RegExp(
      `^(?:${alternatives(raw.verbPrefixes)}).{2,}(?:${alternatives(raw.verbEndings)})$`,
      "u",
    ),
    pluralSuffixes: raw.pluralSuffixes.map(fold),
    ezafeEndings: raw.ezafeEndings.map(fold),
  };
}

let cached: PersianLexicon | null = null;

/** The small words that tell the sides of an event and the country a title names: "با", "از سوی", "این کشور". */
function sideWords(raw: RawPersianLexicon) {
  return {
    withWords: exactSet(raw.withWords),
    fromWords: exactSet(raw.fromWords),
    byNouns: exactSet(raw.byNouns),
    thisCountry: exactSet(raw.thisCountry),
    toWords: exactSet(raw.toWords),
  };
}

export function persianLexicon(): PersianLexicon {
  if (cached) return cached;
  const raw = loadJson("fa/lexicon.json", lexiconSchema);
  const conjunctions = exactSet(raw.conjunctions);
  // A plural title is matched as a title whose payload is its singular; a singular's payload is itself.
  const heads = phrases(raw.titleHeads, (t) => t);
  for (const [plural, singular] of Object.entries(raw.pluralTitleHeads))
    heads.add(splitWords(plural), singular);
  cached = {
    titleHeads: heads,
    titleWords: new Set(
      [...raw.titleWords, ...raw.titleHeads].flatMap(splitWords).filter((w) => !conjunctions.has(w)),
    ),
    ...nameWords(raw),
    ourCountry: phrases(raw.ourCountry, () => true as const),
    meetingNouns: phrases(raw.meetingNouns, () => true as const),
    receptionNouns: phrases(raw.receptionNouns, () => true as const),
    receptionVerbs: exactSet(raw.receptionVerbs),
    visitNouns: exactSet(raw.visitNouns),
    visitVerbs: phrases(raw.visitVerbs, () => true as const),
    callPhrases: phrases(raw.callPhrases, () => true as const),
    plannedMarkers: phrases(raw.plannedMarkers, () => true as const),
    purposeMarkers: phrases(raw.purposeMarkers, () => true as const),
    invitation: phrases(raw.invitation, () => true as const),
    reciprocal: phrases(raw.reciprocal, () => true as const),
    ...sideWords(raw),
    heldVerbs: exactSet(raw.heldVerbs),
    anaphora: exactSet(raw.anaphora),
    relativeMarkers: exactSet(raw.relativeMarkers),
    months: record(raw.months),
    monthsNeedDay: exactSet(raw.monthsNeedDay),
    weekdays: record(raw.weekdays),
    relativeDays: record(raw.relativeDays),
    relativeWeekdayPast: exactSet(raw.relativeWeekdayPast),
    relativeWeekdayNext: exactSet(raw.relativeWeekdayNext),
    geoBlocklist: exactSet(raw.geoBlocklist),
    authorities: record(raw.authorities),
    clauseBreakers: exactSet(raw.clauseBreakers),
    between: exactSet(raw.between),
    envoyHeads: exactSet(raw.envoyHeads),
    ...morphology(raw),
    ...companyWords(raw),
    attribution: phrases(raw.attribution, () => true as const),
    ...placeWords(raw),
    reflexives: exactSet(raw.reflexives),
    eventAdjectives: exactSet(raw.eventAdjectives),
    conjunctions,
    governmentOf: exactSet(raw.governmentOf),
    nameHeads: exactSet(raw.nameHeads),
    objectMarkers: exactSet(raw.objectMarkers),
    spouseWords: new Set(raw.spouseWords.map((w) => fold(w).replace(/\s+/g, ""))),
    ...wordLists(),
  };
  return cached;
}

/** What is and is not a word of a name: honorifics, particles, counterparts, phrases and counted words. */
function nameWords(raw: RawPersianLexicon) {
  return {
    honorifics: phrases(raw.honorifics, () => true as const),
    notNames: phrases(raw.notNames, () => true as const),
    particles: exactSet(raw.nameParticles),
    counterpart: exactSet(raw.counterpart),
    regnalOrdinals: exactSet(raw.regnalOrdinals),
    subjectEchoes: exactSet(raw.subjectEchoes),
    arrivalFacilities: exactSet(raw.arrivalFacilities),
    countedWords: {
      numbers: raw.countedWords.numbers.map((n) => fold(n)),
      units: exactSet(raw.countedWords.units),
    },
  };
}

/** Where a place is told: "شهر", "در", "در شمال …". */
function placeWords(raw: RawPersianLexicon) {
  return {
    placeCues: exactSet(raw.placeCues),
    cityWords: exactSet(raw.cityWords),
    inWords: exactSet(raw.inWords),
    regionWords: exactSet(raw.regionWords),
  };
}

/** The word lists kept in text files, one word a line. */
function wordLists() {
  return {
    givenNames: exactSet(loadList("fa/given-names.txt")),
    functionWords: exactSet(loadList("fa/function-words.txt")),
    commonWords: exactSet(loadList("fa/common-words.txt")),
  };
}

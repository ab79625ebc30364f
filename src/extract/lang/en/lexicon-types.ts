// What the English passes read of the lexicon: lexicon.json's word classes compiled into sets, maps and matchers.
import type { OrganizationKind } from "../../../domain/types.ts";
import type { PhraseMatcher } from "../../text/phrase-matcher.ts";

export interface EnglishLexicon {
  titleHeads: PhraseMatcher<string>;
  titleWords: Set<string>;
  honorifics: PhraseMatcher<true>;
  particles: Set<string>;
  lowerParticles: Set<string>;
  familyFirstCountries: Set<string>;
  counterpart: PhraseMatcher<true>;
  pluralHeads: PhraseMatcher<string>;
  roleEquivalents: PhraseMatcher<string[]>;
  meetingVerbs: Set<string>;
  meetingNouns: Set<string>;
  visitVerbs: Set<string>;
  visitNouns: Set<string>;
  callPhrases: PhraseMatcher<string>;
  meetingPhrases: PhraseMatcher<true>;
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
  /** "X, who accompanied her husband", "X, who is part of the visiting delegation": X travelled with the visitor. */
  travelledWithCues: PhraseMatcher<true>;
  /** "The Turkish delegation included A, B and C": the people listed made the journey of that country's visitor. */
  delegationListCues: PhraseMatcher<true>;
  /** What may stand between a person and such a cue (", who is also"). */
  travelledWithGlue: Set<string>;
  /** "who are accompanying": a relative clause of several, the whole list before it. */
  pluralAuxiliaries: Set<string>;
  /** What may stand between the names of one list ("A, B, and by C"). */
  listGlue: Set<string>;
  /** Verbs of a person speaking: a bare capitalised name opening a clause before one is a person ("Novak said"). */
  speechVerbs: Set<string>;
  /** "spokesman": whoever holds such a title speaks for others, so the verb of speech after him tells of no meeting of his. */
  spokespersonWords: Set<string>;
  /** Finite verbs of meeting and visiting: two capitalised words opening a clause before one are a person ("Orsat Ozdal met"). */
  pastEventVerbs: Set<string>;
  /** "the visiting secretary": a word before a title that makes the role the one who visits. */
  guestWords: Set<string>;
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
  coordinators: Set<string>;
  subjectRelatives: Set<string>;
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
  /** "the", "a", "an". */
  articles: Set<string>;
  determiners: Set<string>;
  /** "the call", "this visit": a back-reference. */
  definiteDeterminers: Set<string>;
  copulas: Set<string>;
  timeConjunctions: Set<string>;
  lightVerbs: Set<string>;
  scopeBreakers: Set<string>;
  destinationPrepositions: Set<string>;
  adverbialPrepositions: Set<string>;
  titlePrepositions: Set<string>;
  awayPrepositions: Set<string>;
  nonFinalTitleWords: Set<string>;
  monthQualifiers: Set<string>;
  nameJoiners: Set<string>;
  /** "al-Haddad": a glued particle and a capital, as one written word. */
  gluedParticle: RegExp;
  nameCues: Set<string>;
  bodyNouns: Set<string>;
  pairAdverbs: Set<string>;
  courtesyCallVerbs: Set<string>;
  hostParticiples: Set<string>;
  eventAdjectives: Set<string>;
  /** A word ending like an adjective ("bilateral", "three-day", "2nd"). */
  adjectiveEnding: RegExp;
  callModifiers: Set<string>;
  spouseWords: Set<string>;
  arrivalWords: Set<string>;
  homeNouns: Set<string>;
  trilateralWords: Set<string>;
  newsAgencies: Set<string>;
}

// Word classes of the English lexicon beyond the core schema: grammar words and the cues around event words,
// that lexicon.ts adds to its extension of the core schema.
import { z } from "zod/v4";

const words = z.array(z.string().min(1));

/** Words of grammar: determiners, prepositions, conjunctions the passes read around names and events. */
export const grammarSchema = z.object({
  /** "the", "a", "an". */
  articles: words,
  /** Determiners before a noun ("a visit", "his meeting", "whose talks"). */
  determiners: words,
  /** "the call", "this visit": determiners that refer back to something told. */
  definiteDeterminers: words,
  copulas: words,
  /** "after meeting", "during talks": conjunctions of time before a gerund or noun. */
  timeConjunctions: words,
  /** "hold talks", "pay a visit": verbs that carry the event noun after them. */
  lightVerbs: words,
  /** Words after which a place or date belongs to something else than the event ("since", "amid"). */
  scopeBreakers: words,
  /** "to", "in", "into": prepositions before where a journey goes. */
  destinationPrepositions: words,
  /** "in a phone call", "during talks": prepositions of an adverbial event noun. */
  adverbialPrepositions: words,
  /** "of", "to", "for": prepositions that go on inside a title ("Secretary of State", "envoy to"). */
  titlePrepositions: words,
  /** "ambassador to Qatar": prepositions after which the country is the post's, not the holder's. */
  awayPrepositions: words,
  /** Words that never end a title ("of", "and", "the"). */
  nonFinalTitleWords: words,
  /** "in February", "since March": words before a bare month that make it a date. */
  monthQualifiers: words,
  /** "the", "of", "de": lower-case words inside a capitalised place name ("Republic of Azerbaijan"). */
  nameJoiners: words,
  /** "al-Haddad", "ibn-Rashid": lower-case particles glued to a capitalised name by a hyphen. */
  gluedParticles: words,
  /** Words after which two capitalised words are a person's name ("met", "with", "by"). */
  nameCues: words,
  /** "the bloc's", "the alliance's": common nouns that stand for an international body. */
  bodyNouns: words,
  /** "the two also discussed": adverbs after "the two" that make it the pair's subject. */
  pairAdverbs: words,
});

/** Words of events beyond the core ones: forms, adjectives and cues around event words. */
export const eventSchema = z.object({
  /** "called on": forms of the verb of a courtesy call. */
  courtesyCallVerbs: words,
  /** "sat down with": phrases of several words that tell a meeting with whoever follows. */
  meetingPhrases: words,
  /** "was received by", "hosted by": participles whose agent follows "by". */
  hostParticiples: words,
  /** "an official visit", "his first meeting": adjectives between a determiner and an event noun. */
  eventAdjectives: words,
  /** Endings that mark an adjective ("bilateral", "historic", "productive"). */
  adjectiveEndings: words,
  /** "a brief phone call": words between a light verb and a call. */
  callModifiers: words,
  /** "X's wife, Y": the word that makes the name after it the spouse of the one before. */
  spouseWords: words,
  /** "arrived", "landed": words of arriving, which go to the dateline's place when none is named. */
  arrivalWords: words,
  /** "arrived in the country", "a visit to the Kingdom": nouns for the land the article is filed from. */
  homeNouns: words,
  /** "a trilateral meeting": a third side joins the pair that met. */
  trilateralWords: words,
  /** "…, Wam said", "Xinhua reported": news agencies named like people, lower case. */
  newsAgencies: words,
});

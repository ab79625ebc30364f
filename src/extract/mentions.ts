// What a language's tagger finds in one article, before any merging: mentions with their token spans.
import type {
  DatePrecision,
  EventMode,
  EventStatus,
  EventType,
  OrganizationKind,
  PlaceKind,
} from "../domain/types.ts";
import type { Sentence } from "./text/tokenize.ts";

/** Where a mention stands: sentence index, token range [from, to) in that sentence, and text offsets. */
export interface Span {
  sentence: number;
  from: number;
  to: number;
  start: number;
  end: number;
}

export interface GeoMention extends Span {
  /** ISO alpha-2 of the country named or implied. */
  code: string;
  /** How it was named: a country name, a demonym ("الأذربيجاني"), a place ("باكو"), "our country". */
  kind: "country" | "demonym" | "place" | "our";
  /** For places: the name as the gazetteer writes it, and what kind of place. */
  place?: { name: string; kind: PlaceKind; capital: boolean };
  surface: string;
  /**
   * A capital named with no cue that it is the place ("طهران" right after a name): kept out of the graph unless
   * an event takes it as its place ("زار X طهران"), since it may be a word of something else ("قوة القدس").
   */
  weak?: boolean;
}

export interface OrgMention extends Span {
  name: string;
  country: string | null;
  kind: OrganizationKind;
}

export interface PersonMention extends Span {
  id: number;
  /** The name as written (no title, clitic or honorific), or null for a role mention ("the Azeri president"). */
  name: string | null;
  /** The name's words, folded, for merging mentions. */
  nameKey: string[];
  /** Titles as written (with honorifics), in the order met. */
  titles: string[];
  /** Folded stems of the title's content words, for matching role mentions to people. */
  titleStems: string[];
  country: string | null;
  org: OrgMention | null;
  /** Whether the title called this person someone's counterpart ("نظيره", "his counterpart"). */
  counterpart: boolean;
  /** Whether the title calls this person the one who visits ("الوزير الضيف", "the visiting secretary"). */
  guest?: boolean;
}

export interface DateMention extends Span {
  value: string;
  precision: DatePrecision;
  text: string;
}

export interface EventMention extends Span {
  type: EventType;
  status: EventStatus;
  /** The one who acts (visits, receives, meets, calls, speaks); a person mention id. */
  agent: number | null;
  /** Whether the agent is only a pronoun or implied subject, to be read from the context. */
  agentImplied: boolean;
  /**
   * The one met is only a pronoun on the verb ("واستقبله الرئيس X": received him): the person the article
   * follows, read from the context when no one else is named.
   */
  objectImplied?: boolean;
  /** A companion's share of someone else's visit ("برفقة X", "a delegation including X"): never the topic. */
  accompanying?: boolean;
  /**
   * An arrival at a place the text names only as a facility ("وصل إلى مطار معيتيقة"): the visit is to where the
   * article was filed, when the visitor is foreign there, and is no visit otherwise.
   */
  atDateline?: boolean;
  /** The others: whom the agent met, called, was hosted by. */
  others: number[];
  /** Hosts and inviters of a visit. */
  hosts: number[];
  /** "A meeting between X and Y": everyone is a participant of one event. */
  joint: boolean;
  location: GeoMention | null;
  date: DateMention | null;
  duration: string | null;
  mode: EventMode | null;
  topics: string[];
}

export interface CounterpartMention {
  /** The person called the counterpart, and the person whose counterpart they are (or null: resolve from context). */
  person: number;
  of: number | null;
  sentence: number;
}

export interface ArticleMentions {
  sentences: Sentence[];
  persons: PersonMention[];
  geos: GeoMention[];
  orgs: OrgMention[];
  events: EventMention[];
  counterparts: CounterpartMention[];
  /** The place of the dateline ("باكو، 23 أبريل", "BAKU, July 17 (Reuters) -"), where the article was filed. */
  dateline: GeoMention | null;
}

/** A name met alone ("Karimi", "الكعبي"): a person mention with no title, country, body or counterpart. */
export function bareNameMention(
  fields: Pick<PersonMention, "id" | "sentence" | "from" | "to" | "start" | "end" | "name" | "nameKey">,
): PersonMention {
  return { ...fields, titles: [], titleStems: [], country: null, org: null, counterpart: false };
}

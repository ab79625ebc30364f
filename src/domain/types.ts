// The domain of diplograph: entities, roles over time, events as nodes, and the evidence behind each.

export const ENTITY_TYPES = ["Person", "Country", "Organization", "Place"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const EVENT_TYPES = ["Visit", "Meeting", "Call", "Statement", "Agreement"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** How the parties were together: PLOVER's CONSULT modes (visit / host / third-party / phone). */
export const EVENT_MODES = ["in_person", "phone", "video", "third_party_venue"] as const;
export type EventMode = (typeof EVENT_MODES)[number];

export const PARTICIPANT_ROLES = [
  "visitor",
  "host",
  "counterpart",
  "participant",
  "inviter",
  "mediator",
  "speaker",
  "signatory",
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Whether an event took place or was only announced. */
export const EVENT_STATUSES = ["held", "planned"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** How much of a date the text told us: "2022-07-16" may stand for a day, a month or only a weekday. */
export const DATE_PRECISIONS = ["day", "month", "year", "day_no_year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const ORGANIZATION_KINDS = [
  "ministry",
  "council",
  "agency",
  "parliament",
  "government",
  "party",
  "international",
  "military",
  "other",
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const PLACE_KINDS = ["city", "region", "other"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** The sentence that says a thing: where it stands in which article, and what it says. */
export interface Evidence {
  articleId: string;
  /** 0-based index of the sentence in the article. */
  sentence: number;
  /** Offsets (UTF-16 code units, as JavaScript strings count) of the mention in the article text; end is exclusive. */
  start: number;
  end: number;
  /** The sentence, as written. */
  text: string;
  /**
   * Offset of the sentence's first character in the article, so that start and end can be placed inside `text`
   * (a reader highlights the exact span). Absent from evidence written before it was kept.
   */
  sentenceStart?: number;
  extractorVersion: string;
}

interface EntityBase {
  id: string;
  name: string;
  /** Every other way the entity was written, in any script. */
  aliases: string[];
  /** ISO 3166 alpha-2: a person's or organisation's country; a country's own code; a place's country. */
  country: string | null;
  evidence: Evidence[];
}

export interface Person extends EntityBase {
  type: "Person";
  /** Titles as written in the articles ("Secretary of the Supreme National Security Council"). */
  titles: string[];
}

export interface Country extends EntityBase {
  type: "Country";
  country: string;
}

export interface Organization extends EntityBase {
  type: "Organization";
  kind: OrganizationKind;
}

export interface Place extends EntityBase {
  type: "Place";
  kind: PlaceKind;
}

export type Entity = Person | Country | Organization | Place;

export interface Participant {
  entityId: string;
  role: ParticipantRole;
}

export interface EventDate {
  /** ISO 8601 date (YYYY-MM-DD); with precision "day_no_year" the year is a placeholder (0000). */
  value: string;
  precision: DatePrecision;
  /** The words that gave the date ("يوم الخميس (16 يوليو)"). */
  text?: string;
}

export interface DiplomaticEvent {
  id: string;
  type: EventType;
  status: EventStatus;
  participants: Participant[];
  /** Entity id of the place or country where it happened (a Visit: the destination). */
  location: string | null;
  date: EventDate | null;
  mode: EventMode | null;
  /** ISO 8601 duration ("PT2H"). */
  duration: string | null;
  /** Free-form topics named by the text ("energy", "security"). */
  topics: string[];
  evidence: Evidence[];
}

/** A person's title in an organisation, observed on a date, with optional start and end (FollowTheMoney's Occupancy). */
export interface Occupancy {
  id: string;
  personId: string;
  title: string;
  organizationId: string | null;
  country: string | null;
  /** Dates on which an article said the person held the title. */
  observed: string[];
  start: string | null;
  end: string | null;
  evidence: Evidence[];
}

/**
 * MERGE_CANDIDATE: two persons that may be one, which the resolver would not merge on the evidence it had
 * (src/resolve/README.md); left for an analyst to confirm. Source and target in id order, like COUNTERPART_OF.
 */
export const RELATION_TYPES = [
  "COUNTERPART_OF",
  "MEMBER_OF",
  "LOCATED_IN",
  "INVITED",
  "MERGE_CANDIDATE",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** A direct tie between two entities that is not an event (counterparts, an organisation in its country). */
export interface Relation {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  evidence: Evidence[];
}

export interface Article {
  id: string;
  language: string;
  title: string | null;
  source: string | null;
  sourceCountry: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) or null when unknown. */
  publishedAt: string | null;
  /** sha256 of the text, hex. */
  contentHash: string;
}

/** Everything one article adds to the graph; applied with merge semantics. */
export interface GraphPatch {
  article: Article;
  entities: Entity[];
  events: DiplomaticEvent[];
  occupancies: Occupancy[];
  relations: Relation[];
}

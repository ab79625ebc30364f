// The GraphQL operations the dashboard sends, and the shapes of their answers (as schema/*.graphql defines them).
export interface SliceNode {
  id: string;
  kind: string;
  label: string;
  latin: string | null;
  names: string[];
  country: string | null;
  eventType: string | null;
  status: string | null;
  date: string | null;
  datePrecision: string | null;
}
export interface SliceEdge {
  source: string;
  target: string;
  kind: string;
  weight: number;
}
export interface EventSummary {
  id: string;
  type: string;
  status: string;
  date: string | null;
  datePrecision: string | null;
  participants: { role: string | null; entity: { id: string; name: string; type: string } }[];
}
export interface Slice {
  view: "EVENTS" | "PEOPLE";
  nodes: SliceNode[];
  edges: SliceEdge[];
  truncated: boolean;
  maxEvents: number;
  totalEvents: number;
  drawnEvents: number;
  withoutFullDate: EventSummary[];
}

const EVENT_SUMMARY = `id type status date datePrecision participants { role entity { id name type } }`;

export const SLICE = `query DashboardSlice($filter: SliceFilter, $view: SliceView, $max: Int) {
  graphSlice(filter: $filter, view: $view, maxEvents: $max) {
    view truncated maxEvents totalEvents drawnEvents
    nodes { id kind label latin names country eventType status date datePrecision }
    edges { source target kind weight }
    withoutFullDate { ${EVENT_SUMMARY} }
  }
}`;

export interface SearchHit {
  id: string;
  type: string;
  name: string;
  names: string[];
}
export const SEARCH = `query DashboardSearch($text: String!) {
  search(text: $text, first: 10) { id type name names }
}`;

export interface Position {
  title: string;
  organization: { name: string } | null;
  country: { code: string } | null;
  observed: string[];
  start: string | null;
  end: string | null;
}
export interface EntityDetails {
  id: string;
  type: string;
  name: string;
  names: string[];
  titles?: string[];
  code?: string;
  kind?: string;
  country?: { code: string; name: string } | null;
  positions?: Position[];
  peopleMet?: { count: number; person: { id: string; name: string; names: string[] } }[];
}
export interface EntityAnswer {
  entity: EntityDetails | null;
  asParticipant: { totalCount: number; nodes: EventSummary[] };
  asPlace: { totalCount: number; nodes: EventSummary[] };
}
export const ENTITY = `query DashboardEntity($id: ID!) {
  entity(id: $id) {
    id type name names
    ... on Person {
      titles
      country { code name }
      positions { title organization { name } country { code } observed start end }
      peopleMet(first: 20) { count person { id name names } }
    }
    ... on Country { code }
    ... on Organization { kind country { code name } }
    ... on Place { kind country { code name } }
  }
  asParticipant: events(filter: { participant: $id }, first: 100) { totalCount nodes { ${EVENT_SUMMARY} } }
  asPlace: events(filter: { place: $id }, first: 100) { totalCount nodes { ${EVENT_SUMMARY} } }
}`;

export interface EvidenceItem {
  text: string;
  sentence: number | null;
  start: number | null;
  end: number | null;
  sentenceStart: number | null;
  article: {
    id: string;
    title: string | null;
    source: string | null;
    publishedAt: string | null;
    url: string | null;
    language: string;
  } | null;
  articleId: string;
}
export interface EventDetails extends EventSummary {
  dateText: string | null;
  mode: string | null;
  duration: string | null;
  place: { id: string; name: string } | null;
  evidence: EvidenceItem[];
}
const EVIDENCE = `text sentence start end sentenceStart articleId
  article { id title source publishedAt url language }`;
export const EVENT = `query DashboardEvent($id: ID!) {
  event(id: $id) {
    ${EVENT_SUMMARY} dateText mode duration place { id name }
    evidence { ${EVIDENCE} }
  }
}`;

export interface Hop {
  from: { id: string; name: string };
  to: { id: string; name: string };
  kind: string;
  label: string;
  via: string;
}
export interface TiesAnswer {
  path: { length: number; nodes: { id: string; name: string; type: string }[]; hops: Hop[] } | null;
  meetingsBetween: EventSummary[];
}
export const TIES = `query DashboardTies($a: ID!, $b: ID!) {
  path(from: $a, to: $b, maxHops: 6) {
    length
    nodes { id name type }
    hops { from { id name } to { id name } kind label via }
  }
  meetingsBetween(a: $a, b: $b) { ${EVENT_SUMMARY} }
}`;

export interface BilateralAnswer {
  bilateral: {
    timeline: { date: string | null; datePrecision: string | null; event: EventSummary }[];
  };
}
export const BILATERAL = `query DashboardBilateral($a: String!, $b: String!) {
  bilateral(a: $a, b: $b) { timeline { date datePrecision event { ${EVENT_SUMMARY} } } }
}`;

export const NAME = `query DashboardName($id: ID!) { entity(id: $id) { name } }`;

// The shapes resolvers pass between each other where the schema has no domain type (codegen maps them).
import type { Country, DiplomaticEvent, Person } from "../domain/types.ts";
import type { Counts, Page } from "../store/graph-store.ts";

export type EventPage = Page<DiplomaticEvent>;

export interface StatsModel {
  store: string;
  counts: Counts;
}

export interface OfficialModel {
  person: Person;
  eventCount: number;
}

export interface BilateralModel {
  a: Country;
  b: Country;
  /** Ordered by date, undated last. */
  events: DiplomaticEvent[];
  officials: OfficialModel[];
}

export interface TimelineEntryModel {
  event: DiplomaticEvent;
}

export interface PersonMetModel {
  person: Person;
  /** Ordered by date, undated last. */
  events: DiplomaticEvent[];
}

/** What an article to ingest carries; the injected ingest function turns it into a patch and applies it. */
export interface IngestInput {
  text: string;
  language: string;
  title: string | null;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  sourceCountry: string | null;
  id: string | null;
}

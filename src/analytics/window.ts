// The time window and filters an analytic is asked over, checked once; its key names a cached projection.
import { InvalidInputError } from "../domain/errors.ts";
import {
  EVENT_STATUSES,
  EVENT_TYPES,
  type DiplomaticEvent,
  type EventStatus,
  type EventType,
} from "../domain/types.ts";
import { timelineDate } from "../store/event-order.ts";
import { countryCode, isoDate } from "../store/bounds.ts";

/** What callers give (all optional): inclusive ISO dates, ISO alpha-2 codes, event types, held/planned. */
export interface WindowInput {
  from?: string | null;
  to?: string | null;
  countries?: readonly string[] | null;
  types?: readonly string[] | null;
  status?: string | null;
}

/** A checked window: dates valid and in order, codes upper-cased and sorted, types sorted, no duplicates. */
export interface Window {
  from: string | null;
  to: string | null;
  /** Only entities of these countries are nodes; empty: every country. */
  countries: string[];
  /** Only events of these types count; empty: every type. */
  types: EventType[];
  status: EventStatus | null;
}

const WHERE = "analytics: window";

function eventTypeOf(value: string): EventType {
  const found = EVENT_TYPES.find((t) => t === value);
  if (found === undefined) throw new InvalidInputError(`${WHERE}: unknown event type "${value}"`);
  return found;
}

function statusOf(value: string): EventStatus {
  const found = EVENT_STATUSES.find((s) => s === value);
  if (found === undefined) {
    throw new InvalidInputError(`${WHERE}: status must be held or planned, got "${value}"`);
  }
  return found;
}

function realDate(value: string, name: string): string {
  isoDate(value, `${WHERE} ${name}`);
  // "2024-02-30" has the shape but is no day: Date.parse rolls it over, so compare the round trip.
  const parsed = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw new InvalidInputError(`${WHERE} ${name}: "${value}" is not a calendar date`);
  }
  return value;
}

export function parseWindow(input: WindowInput | null | undefined): Window {
  const from = input?.from == null ? null : realDate(input.from, "from");
  const to = input?.to == null ? null : realDate(input.to, "to");
  if (from !== null && to !== null && from > to) {
    throw new InvalidInputError(`${WHERE}: from (${from}) is after to (${to})`);
  }
  const countries = [...new Set((input?.countries ?? []).map((c) => countryCode(c, `${WHERE} countries`)))];
  const types = [...new Set((input?.types ?? []).map(eventTypeOf))];
  return {
    from,
    to,
    countries: countries.sort(),
    types: types.sort(),
    status: input?.status == null ? null : statusOf(input.status),
  };
}

/** The same window always gives the same key (inputs are normalised by parseWindow). */
export function windowKey(window: Window): string {
  return JSON.stringify([window.from, window.to, window.countries, window.types, window.status]);
}

/** Whether an entity of this country may be a node of the window's graphs. */
export function countryAllowed(window: Window, country: string | null): boolean {
  return window.countries.length === 0 || (country !== null && window.countries.includes(country));
}

/** Whether an event passes the window's dates, types and status (as the stores' findEvents filters read them). */
export function eventInWindow(window: Window, event: DiplomaticEvent): boolean {
  if (window.types.length > 0 && !window.types.includes(event.type)) return false;
  if (window.status !== null && event.status !== window.status) return false;
  if (window.from === null && window.to === null) return true;
  const date = timelineDate(event);
  if (date === null) return false;
  return (window.from === null || date >= window.from) && (window.to === null || date <= window.to);
}

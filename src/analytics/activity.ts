// Counts along time and between countries over a projected window: events per period for a country, a country
// pair or a person; the busiest country pairs; the first and last event of a pair.
import type { DiplomaticEvent } from "../domain/types.ts";
import { compareStrings } from "../domain/merge.ts";
import { timelineDate } from "../store/event-order.ts";
import { keptEntity } from "./graphs.ts";
import type { Projection } from "./projection.ts";

export const PERIODS = ["MONTH", "QUARTER", "YEAR"] as const;
export type Period = (typeof PERIODS)[number];

/** Whose events to count: one of the three. */
export type ActivitySubject =
  | { kind: "country"; country: string }
  | { kind: "pair"; a: string; b: string }
  | { kind: "person"; id: string };

export interface PeriodCount {
  /** "2024-03" (month), "2024-Q1" (quarter) or "2024" (year). */
  period: string;
  count: number;
}

export interface ActivitySeries {
  /** Periods with at least one event, oldest first. */
  periods: PeriodCount[];
  /** Events of the subject that have no date to place them by. */
  undated: number;
  total: number;
}

export interface Dyad {
  /** ISO alpha-2 codes, a < b. */
  a: string;
  b: string;
  events: DiplomaticEvent[];
}

export function periodOf(date: string, period: Period): string {
  const year = date.slice(0, 4);
  if (period === "YEAR") return year;
  const month = date.slice(5, 7);
  if (period === "MONTH") return `${year}-${month}`;
  return `${year}-Q${Math.floor((Number(month) - 1) / 3) + 1}`;
}

/** Countries of an event's kept participants, each once. */
export function participantCountries(projection: Projection, event: DiplomaticEvent): string[] {
  const out = new Set<string>();
  for (const p of event.participants) {
    const country = keptEntity(projection, p.entityId)?.country ?? null;
    if (country !== null) out.add(country);
  }
  return [...out].sort(compareStrings);
}

/** As the stores' filters read: a country's events have a participant of it or a location in it; a pair's
 * events a participant of each (two of one country for a == b); a person's events the person among participants. */
export function subjectEvents(projection: Projection, subject: ActivitySubject): DiplomaticEvent[] {
  return projection.events.filter((event) => {
    switch (subject.kind) {
      case "person":
        return (
          keptEntity(projection, subject.id) !== null &&
          event.participants.some((p) => p.entityId === subject.id)
        );
      case "country": {
        const location = event.location === null ? null : keptEntity(projection, event.location);
        return (
          location?.country === subject.country ||
          participantCountries(projection, event).includes(subject.country)
        );
      }
      case "pair": {
        const countries = event.participants.map((p) => keptEntity(projection, p.entityId)?.country);
        const ofA = countries.filter((c) => c === subject.a).length;
        if (subject.a === subject.b) return ofA >= 2;
        return ofA >= 1 && countries.includes(subject.b);
      }
    }
  });
}

export function activitySeries(events: readonly DiplomaticEvent[], period: Period): ActivitySeries {
  const counts = new Map<string, number>();
  let undated = 0;
  for (const event of events) {
    const date = timelineDate(event);
    if (date === null) undated += 1;
    else counts.set(periodOf(date, period), (counts.get(periodOf(date, period)) ?? 0) + 1);
  }
  const periods = [...counts]
    .map(([p, count]) => ({ period: p, count }))
    .sort((x, y) => compareStrings(x.period, y.period));
  return { periods, undated, total: events.length };
}

/** Pairs of different countries whose officials took part in the same events, busiest first (ties by codes). */
export function busiestDyads(projection: Projection): Dyad[] {
  const dyads = new Map<string, Dyad>();
  for (const event of projection.events) {
    const countries = participantCountries(projection, event);
    for (let i = 0; i < countries.length; i++) {
      for (let j = i + 1; j < countries.length; j++) {
        const a = countries[i];
        const b = countries[j];
        if (a === undefined || b === undefined) continue;
        const key = `${a}-${b}`;
        const dyad = dyads.get(key) ?? { a, b, events: [] };
        dyad.events.push(event);
        dyads.set(key, dyad);
      }
    }
  }
  return [...dyads.values()].sort(
    (x, y) => y.events.length - x.events.length || compareStrings(x.a, y.a) || compareStrings(x.b, y.b),
  );
}

/** The earliest and latest dated events (events come in event order: dated ones first, by date). */
export function firstAndLast(events: readonly DiplomaticEvent[]): {
  first: DiplomaticEvent | null;
  last: DiplomaticEvent | null;
} {
  const dated = events.filter((e) => timelineDate(e) !== null);
  return { first: dated[0] ?? null, last: dated[dated.length - 1] ?? null };
}

// When two reports are one event: same kind, same people, compatible dates and places; pure rules, no store.
import type { DiplomaticEvent, EventDate } from "../domain/types.ts";

/** Days between an article's date and an undated event it reports: wires report a meeting the same day or soon after. */
export const REPORT_WINDOW_DAYS = 3;
/** A visit dated by its arrival in one report and by its main meeting in another. */
export const VISIT_DAY_TOLERANCE = 1;

/** Who makes the event what it is: a visit's visitors (hosts vary between reports), everyone else's participants. */
export function coreParticipants(e: Pick<DiplomaticEvent, "type" | "participants">): string[] {
  const core = e.type === "Visit" ? e.participants.filter((p) => p.role === "visitor") : e.participants;
  return [...new Set(core.map((p) => p.entityId))].sort();
}

const DAY_MS = 86_400_000;
function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;
}

const dayOf = (d: EventDate | null): string | null => (d !== null && d.precision === "day" ? d.value : null);

/** A vague date (a month, a year, a day without year) that does not rule out a given day. */
function allowsDay(vague: EventDate | null, day: string): boolean {
  if (vague === null) return true;
  switch (vague.precision) {
    case "day":
      return vague.value === day;
    case "month":
      return vague.value.slice(0, 7) === day.slice(0, 7);
    case "year":
      return vague.value.slice(0, 4) === day.slice(0, 4);
    case "day_no_year": {
      // A day without its year comes from loose writing ("Thursday (16 July)" for the 14th): near is enough.
      const year = day.slice(0, 4);
      return [-1, 0, 1].some((k) => {
        const candidate = `${String(Number(year) + k).padStart(4, "0")}${vague.value.slice(4)}`;
        return (
          !Number.isNaN(Date.parse(`${candidate}T00:00:00Z`)) &&
          daysBetween(candidate, day) <= REPORT_WINDOW_DAYS
        );
      });
    }
  }
}

/** Two vague dates that may be the same day. */
function vagueAgree(a: EventDate | null, b: EventDate | null): boolean {
  if (a === null || b === null) return true;
  if (a.precision === "day_no_year" || b.precision === "day_no_year") {
    return a.precision === b.precision ? a.value === b.value : true;
  }
  const n = Math.min(a.precision === "year" ? 4 : 7, b.precision === "year" ? 4 : 7);
  return a.value.slice(0, n) === b.value.slice(0, n);
}

/** One report of an event: its date, and the publication dates of the articles that report it. */
export interface Report {
  date: EventDate | null;
  published: readonly string[];
}

/** Whether two reports' dates are one event's: yes, no, or cannot tell (a report with no time at all). */
export type DateVerdict = "yes" | "no" | "unknown";

/** A report with neither a date nor an article date: nothing places it in time. */
const timeless = (r: Report): boolean => r.date === null && r.published.length === 0;

/**
 * Dates of one event: the same day (a visit: a day apart at most); or one report without a day that allows the
 * other's day (a month, a day without year near it) and is anchored near it (its article out within
 * REPORT_WINDOW_DAYS, or its own day without year); or neither with a day, their anchors that close. "unknown" when
 * one report carries no time at all (an undated commentary): see matchEvents.
 */
export function datesAgree(type: DiplomaticEvent["type"], a: Report, b: Report): DateVerdict {
  if (timeless(a) || timeless(b)) return "unknown";
  const [da, db] = [dayOf(a.date), dayOf(b.date)];
  const yes = (ok: boolean): DateVerdict => (ok ? "yes" : "no");
  if (da !== null && db !== null)
    return yes(daysBetween(da, db) <= (type === "Visit" ? VISIT_DAY_TOLERANCE : 0));
  const near = (xs: readonly string[], ys: readonly string[]) =>
    xs.some((x) => ys.some((y) => daysBetween(x, y) <= REPORT_WINDOW_DAYS));
  // A day without year near the other's day already places the report; else its article's date must.
  const anchored = (r: Report, day: string) =>
    r.date?.precision === "day_no_year" || near([day], r.published);
  if (da !== null) return yes(allowsDay(b.date, da) && anchored(b, da));
  if (db !== null) return yes(allowsDay(a.date, db) && anchored(a, db));
  if (a.date?.precision === "day_no_year" && a.published.length === 0)
    return yes(b.published.some((p) => allowsDay(a.date, p) && allowsDay(b.date, p)));
  if (b.date?.precision === "day_no_year" && b.published.length === 0)
    return yes(a.published.some((p) => allowsDay(b.date, p) && allowsDay(a.date, p)));
  return yes(vagueAgree(a.date, b.date) && near(a.published, b.published));
}

/** The country of a location id: a country's own code, or the country a place is in (given by the caller). */
export type CountryOfLocation = (locationId: string) => string | null;

/** Places of one event: either unknown, the same, or a place and the country it is in (Baku and Azerbaijan). */
export function placesAgree(a: string | null, b: string | null, countryOf: CountryOfLocation): boolean {
  if (a === null || b === null || a === b) return true;
  const aCountry = a.startsWith("country:");
  const bCountry = b.startsWith("country:");
  if (aCountry === bCountry) return false;
  const ca = countryOf(a);
  return ca !== null && ca === countryOf(b);
}

/**
 * Whether an incoming event and a stored one are one real event: "same", "different", or "maybe" when kind, people
 * and place agree but one report cannot be placed in time.
 */
export function sameEvent(
  incoming: DiplomaticEvent,
  incomingReport: Report,
  stored: DiplomaticEvent,
  storedReport: Report,
  countryOf: CountryOfLocation,
): "same" | "different" | "maybe" {
  if (incoming.type !== stored.type) return "different";
  const [a, b] = [coreParticipants(incoming), coreParticipants(stored)];
  if (a.length === 0 || a.length !== b.length || a.some((id, i) => id !== b[i])) return "different";
  if (!placesAgree(incoming.location, stored.location, countryOf)) return "different";
  const dates = datesAgree(incoming.type, incomingReport, storedReport);
  return dates === "yes" ? "same" : dates === "no" ? "different" : "maybe";
}

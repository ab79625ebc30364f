// The one order of events (by date, undated last, then id) and its keyset cursor, shared by every store.
import { InvalidInputError } from "../domain/errors.ts";
import { compareStrings } from "../domain/merge.ts";
import type { DiplomaticEvent } from "../domain/types.ts";

/**
 * Where an event sorts: dated events by their date value, then the undated ones. A date without its year
 * (precision "day_no_year", year 0000) counts as undated: it cannot be placed on a timeline.
 */
export interface EventSortKey {
  dated: boolean;
  /** The date value, "" when undated. */
  value: string;
  id: string;
}

/** The date an event can be placed and filtered by, or null. */
export function timelineDate(event: DiplomaticEvent): string | null {
  const date = event.date;
  return date === null || date.precision === "day_no_year" ? null : date.value;
}

export function eventSortKey(event: DiplomaticEvent): EventSortKey {
  const value = timelineDate(event);
  return { dated: value !== null, value: value ?? "", id: event.id };
}

export function compareEventKeys(a: EventSortKey, b: EventSortKey): number {
  if (a.dated !== b.dated) return a.dated ? -1 : 1;
  return compareStrings(a.value, b.value) || compareStrings(a.id, b.id);
}

export function compareEvents(a: DiplomaticEvent, b: DiplomaticEvent): number {
  return compareEventKeys(eventSortKey(a), eventSortKey(b));
}

/** Opaque to clients: base64url of the sort key of the last event of a page. */
export function encodeCursor(key: EventSortKey): string {
  return Buffer.from(JSON.stringify([key.dated ? 1 : 0, key.value, key.id]), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, where: string): EventSortKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch (cause) {
    throw new InvalidInputError(`${where}: malformed cursor`, { cause });
  }
  // Only keys encodeCursor can make: a dated key holds a YYYY-MM-DD value, an undated one none. Stores may then
  // compare keys as fixed-width strings (the Neo4j store does), and every store refuses the same forged cursors.
  if (
    Array.isArray(parsed) &&
    parsed.length === 3 &&
    typeof parsed[1] === "string" &&
    typeof parsed[2] === "string" &&
    ((parsed[0] === 1 && /^\d{4}-\d{2}-\d{2}$/.test(parsed[1])) || (parsed[0] === 0 && parsed[1] === ""))
  ) {
    return { dated: parsed[0] === 1, value: parsed[1], id: parsed[2] };
  }
  throw new InvalidInputError(`${where}: malformed cursor`);
}

// Event queries over the memory state: filtered, ordered, keyset-paginated; events between entities or countries.
import type { DiplomaticEvent } from "../../domain/types.ts";
import { checkEventStatus, checkEventType, countryCode, isoDate, pageLimit } from "../bounds.ts";
import {
  compareEventKeys,
  compareEvents,
  decodeCursor,
  encodeCursor,
  eventSortKey,
  timelineDate,
} from "../event-order.ts";
import type { EventQuery, Page } from "../graph-store.ts";
import { adjacentTies, type MemoryState } from "./state.ts";

const WHERE = "store/memory: findEvents";

function eventsById(state: MemoryState, ids: Iterable<string>): DiplomaticEvent[] {
  const out: DiplomaticEvent[] = [];
  for (const id of ids) {
    const event = state.merged.event.get(id);
    if (event !== undefined) out.push(event);
  }
  return out;
}

/** The events an entity is in: as a participant or as the location. */
function eventsOf(state: MemoryState, entityId: string): DiplomaticEvent[] {
  return eventsById(state, adjacentTies(state, entityId, "event"));
}

function countryOf(state: MemoryState, entityId: string): string | null {
  return state.merged.entity.get(entityId)?.country ?? null;
}

export function findEvents(state: MemoryState, query: EventQuery): Page<DiplomaticEvent> {
  const limit = pageLimit(query.limit, WHERE);
  const after = query.after === undefined ? null : decodeCursor(query.after, WHERE);
  const country = query.country === undefined ? undefined : countryCode(query.country, WHERE);
  const from = query.from === undefined ? undefined : isoDate(query.from, `${WHERE} from`);
  const to = query.to === undefined ? undefined : isoDate(query.to, `${WHERE} to`);
  if (query.type !== undefined) checkEventType(query.type, WHERE);
  if (query.status !== undefined) checkEventStatus(query.status, WHERE);

  // Start from the smallest set an index gives: the events next to the participant or the place.
  const anchor = query.participant ?? query.place;
  const candidates = anchor === undefined ? state.merged.event.values() : eventsOf(state, anchor);
  const matches: DiplomaticEvent[] = [];
  for (const event of candidates) {
    if (
      query.participant !== undefined &&
      !event.participants.some((p) => p.entityId === query.participant)
    ) {
      continue;
    }
    if (query.place !== undefined && event.location !== query.place) continue;
    if (query.type !== undefined && event.type !== query.type) continue;
    if (query.status !== undefined && event.status !== query.status) continue;
    if (from !== undefined || to !== undefined) {
      const date = timelineDate(event);
      if (date === null || (from !== undefined && date < from) || (to !== undefined && date > to)) continue;
    }
    if (country !== undefined) {
      const located = event.location !== null && countryOf(state, event.location) === country;
      if (!located && !event.participants.some((p) => countryOf(state, p.entityId) === country)) continue;
    }
    matches.push(event);
  }
  matches.sort(compareEvents);
  const start = after === null ? 0 : firstAfter(matches, after);
  const items = matches.slice(start, start + limit);
  const last = items[items.length - 1];
  return {
    items,
    totalCount: matches.length,
    endCursor: last === undefined ? null : encodeCursor(eventSortKey(last)),
    hasNextPage: start + items.length < matches.length,
  };
}

/** Index of the first event that sorts after the cursor (binary search over the sorted matches). */
function firstAfter(sorted: readonly DiplomaticEvent[], cursor: ReturnType<typeof decodeCursor>): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const event = sorted[mid];
    if (event !== undefined && compareEventKeys(eventSortKey(event), cursor) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Events in which both entities appear, as participants or as the location, in event order. */
export function eventsBetween(state: MemoryState, a: string, b: string): DiplomaticEvent[] {
  const involves = (event: DiplomaticEvent, id: string): boolean =>
    event.location === id || event.participants.some((p) => p.entityId === id);
  return eventsOf(state, a)
    .filter((event) => involves(event, b))
    .sort(compareEvents);
}

/** Events with a participant of country a and another participant of country b, in event order. */
export function eventsBetweenCountries(state: MemoryState, a: string, b: string): DiplomaticEvent[] {
  const where = "store/memory: eventsBetweenCountries";
  const codeA = countryCode(a, where);
  const codeB = countryCode(b, where);
  const seen = new Set<string>();
  const out: DiplomaticEvent[] = [];
  for (const entity of state.merged.entity.values()) {
    if (entity.country !== codeA) continue;
    for (const event of eventsOf(state, entity.id)) {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
      // Each participant once: one person in two roles is not two people.
      const countries = [...new Set(event.participants.map((p) => p.entityId))].map((id) =>
        countryOf(state, id),
      );
      const hasPair = countries.some(
        (ca, i) => ca === codeA && countries.some((cb, j) => j !== i && cb === codeB),
      );
      if (hasPair) out.push(event);
    }
  }
  return out.sort(compareEvents);
}

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
import { adjacentTies, tieCount, type MemoryState } from "./state.ts";
import { cachedList } from "./read-cache.ts";

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

  const key = JSON.stringify([query.participant, query.place, country, query.type, query.status, from, to]);
  const matches = cachedList(state, `events:${key}`, () => matching(state, query, country, from, to));
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

/** The events next to any entity of a country (as participant or location): a superset of the country's events. */
function eventsNearCountry(state: MemoryState, code: string): DiplomaticEvent[] {
  const ids = new Set<string>();
  for (const entityId of state.byCountry.get(code) ?? []) {
    for (const id of adjacentTies(state, entityId, "event")) ids.add(id);
  }
  return eventsById(state, ids);
}

/** Every event matching the query's filters, in event order. */
function matching(
  state: MemoryState,
  query: EventQuery,
  country: string | undefined,
  from: string | undefined,
  to: string | undefined,
): DiplomaticEvent[] {
  // Start from the smallest set an index gives: the events next to the participant, the place, or the country.
  const anchor = query.participant ?? query.place;
  const candidates =
    anchor !== undefined
      ? eventsOf(state, anchor)
      : country !== undefined
        ? eventsNearCountry(state, country)
        : state.merged.event.values();
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
  return matches.sort(compareEvents);
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
  // From the side with fewer ties: a hub official meeting someone seldom seen costs the latter's events only.
  const [from, other] = tieCount(state, a) <= tieCount(state, b) ? [a, b] : [b, a];
  return eventsOf(state, from)
    .filter((event) => involves(event, other))
    .sort(compareEvents);
}

/** Events with a participant of country a and another participant of country b, in event order. */
export function eventsBetweenCountries(state: MemoryState, a: string, b: string): DiplomaticEvent[] {
  const where = "store/memory: eventsBetweenCountries";
  const codeA = countryCode(a, where);
  const codeB = countryCode(b, where);
  return [...cachedList(state, `countries:${codeA}:${codeB}`, () => betweenCountries(state, codeA, codeB))];
}

function betweenCountries(state: MemoryState, codeA: string, codeB: string): DiplomaticEvent[] {
  const seen = new Set<string>();
  const out: DiplomaticEvent[] = [];
  for (const entityId of state.byCountry.get(codeA) ?? []) {
    for (const event of eventsOf(state, entityId)) {
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

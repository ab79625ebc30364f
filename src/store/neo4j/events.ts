// Event queries: filtered, in event order, keyset-paginated; events between two entities or two countries.
import type { DiplomaticEvent } from "../../domain/types.ts";
import { checkEventStatus, checkEventType, countryCode, isoDate, pageLimit } from "../bounds.ts";
import { decodeCursor, encodeCursor, eventSortKey } from "../event-order.ts";
import type { EventQuery, Page } from "../graph-store.ts";
import { decodeItem } from "./codec.ts";
import * as R from "./cypher/reads.ts";
import { eventOrderKey } from "./order-key.ts";
import { rows, type Params, type Statements } from "./session.ts";
import { intParam, numberField, stringField, stringListField } from "./values.ts";

export interface EventSearch {
  participant: boolean;
  filters: R.EventFilter[];
  params: Params;
  limit: number;
  /** Set when a cursor was given. */
  after: string | null;
}

/** Checks the query before any transaction, with the memory store's checks in its order. */
export function eventSearch(query: EventQuery, where: string): EventSearch {
  const limit = pageLimit(query.limit, where);
  const cursor = query.after === undefined ? null : decodeCursor(query.after, where);
  const country = query.country === undefined ? undefined : countryCode(query.country, where);
  const from = query.from === undefined ? undefined : isoDate(query.from, `${where} from`);
  const to = query.to === undefined ? undefined : isoDate(query.to, `${where} to`);
  if (query.type !== undefined) checkEventType(query.type, where);
  if (query.status !== undefined) checkEventStatus(query.status, where);
  const filters: R.EventFilter[] = [];
  const params: Params = {};
  const add = (filter: R.EventFilter, value: unknown) => {
    filters.push(filter);
    params[filter] = value;
  };
  if (query.participant !== undefined) params.participant = query.participant;
  if (query.place !== undefined) add("place", query.place);
  if (query.type !== undefined) add("type", query.type);
  if (query.status !== undefined) add("status", query.status);
  if (from !== undefined) add("from", from);
  if (to !== undefined) add("to", to);
  if (country !== undefined) add("country", country);
  return {
    participant: query.participant !== undefined,
    filters,
    params,
    limit,
    after: cursor === null ? null : eventOrderKey(cursor),
  };
}

const decodeEvents = (records: Awaited<ReturnType<typeof rows>>, where: string): DiplomaticEvent[] =>
  records.map((r) => decodeItem("event", stringField(r, "json", where), where));

export async function findEvents(
  tx: Statements,
  search: EventSearch,
  where: string,
): Promise<Page<DiplomaticEvent>> {
  const pageFilters: R.EventFilter[] = search.after === null ? search.filters : [...search.filters, "after"];
  // One more than the page tells whether another page follows.
  const params: Params = { ...search.params, limit: intParam(search.limit + 1) };
  if (search.after !== null) params.after = search.after;
  const [record] = await rows(tx, R.eventsPageQuery(search.participant, search.filters, pageFilters), params);
  const totalCount = record === undefined ? 0 : numberField(record, "total", where);
  const jsons = record === undefined ? [] : stringListField(record, "jsons", where);
  const page = jsons.map((json) => decodeItem("event", json, where));
  const items = page.slice(0, search.limit);
  const last = items[items.length - 1];
  return {
    items,
    totalCount,
    endCursor: last === undefined ? null : encodeCursor(eventSortKey(last)),
    hasNextPage: page.length > search.limit,
  };
}

export async function eventsBetween(
  tx: Statements,
  a: string,
  b: string,
  where: string,
): Promise<DiplomaticEvent[]> {
  return decodeEvents(await rows(tx, R.EVENTS_BETWEEN, { a, b }), where);
}

export async function eventsBetweenCountries(
  tx: Statements,
  a: string,
  b: string,
  where: string,
): Promise<DiplomaticEvent[]> {
  return decodeEvents(await rows(tx, R.EVENTS_BETWEEN_COUNTRIES, { a, b }), where);
}

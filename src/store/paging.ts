// Reads every page of a store query: for exports and checks that need the whole set, not for request paths.
import type { DiplomaticEvent, Entity } from "../domain/types.ts";
import { LIMITS, type EntityQuery, type EventQuery, type GraphStore } from "./graph-store.ts";

export async function allEntities(
  store: GraphStore,
  query: Omit<EntityQuery, "limit" | "offset"> = {},
): Promise<Entity[]> {
  const out: Entity[] = [];
  for (let offset = 0; ; offset += LIMITS.maxPage) {
    const page = await store.findEntities({ ...query, limit: LIMITS.maxPage, offset });
    out.push(...page);
    if (page.length < LIMITS.maxPage) return out;
  }
}

export async function allEvents(
  store: GraphStore,
  query: Omit<EventQuery, "limit" | "after"> = {},
): Promise<DiplomaticEvent[]> {
  return (await eventsUpTo(store, query, Number.POSITIVE_INFINITY)).items;
}

/** The first `max` events of a query (in event order), its total count, and whether more were left unread. */
export async function eventsUpTo(
  store: GraphStore,
  query: Omit<EventQuery, "limit">,
  max: number,
): Promise<{ items: DiplomaticEvent[]; totalCount: number; truncated: boolean }> {
  const out: DiplomaticEvent[] = [];
  let after = query.after;
  for (;;) {
    const limit = Math.min(LIMITS.maxPage, max - out.length);
    const page = await store.findEvents({ ...query, limit, ...(after === undefined ? {} : { after }) });
    out.push(...page.items);
    const more = page.hasNextPage && page.endCursor !== null;
    if (!more || out.length >= max) return { items: out, totalCount: page.totalCount, truncated: more };
    after = page.endCursor ?? undefined;
  }
}

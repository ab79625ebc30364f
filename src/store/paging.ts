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
  const out: DiplomaticEvent[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.findEvents({
      ...query,
      limit: LIMITS.maxPage,
      ...(after === undefined ? {} : { after }),
    });
    out.push(...page.items);
    if (!page.hasNextPage || page.endCursor === null) return out;
    after = page.endCursor;
  }
}

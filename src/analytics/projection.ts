// The window's events and the entities they name, read through the GraphStore interface (so every store
// projects alike), refused before reading when the window holds more events than the cost limit.
import type { DiplomaticEvent, Entity, EventType } from "../domain/types.ts";
import { compareEvents } from "../store/event-order.ts";
import { LIMITS, type EventQuery, type GraphStore } from "../store/graph-store.ts";
import { allEvents } from "../store/paging.ts";
import { WindowTooLargeError } from "./errors.ts";
import type { Window } from "./window.ts";

export interface Projection {
  window: Window;
  /** In event order (by date, undated last, then id). */
  events: DiplomaticEvent[];
  /** Every participant and location of those events, by id. */
  entities: Map<string, Entity>;
}

/** One store query per asked type (the store filters one type at a time); one query when no type is asked. */
function queriesOf(window: Window): Omit<EventQuery, "limit" | "after">[] {
  const base = {
    ...(window.from === null ? {} : { from: window.from }),
    ...(window.to === null ? {} : { to: window.to }),
    ...(window.status === null ? {} : { status: window.status }),
  };
  const types: (EventType | undefined)[] = window.types.length === 0 ? [undefined] : window.types;
  return types.map((type) => (type === undefined ? base : { ...base, type }));
}

/** Events the window holds, counted by the store without reading them. */
export async function windowSize(store: GraphStore, window: Window): Promise<number> {
  const pages = await Promise.all(queriesOf(window).map((q) => store.findEvents({ ...q, limit: 1 })));
  return pages.reduce((sum, page) => sum + page.totalCount, 0);
}

async function entitiesById(store: GraphStore, ids: readonly string[]): Promise<Map<string, Entity>> {
  const out = new Map<string, Entity>();
  for (let i = 0; i < ids.length; i += LIMITS.maxPage) {
    for (const entity of await store.getEntities(ids.slice(i, i + LIMITS.maxPage))) {
      if (entity !== null) out.set(entity.id, entity);
    }
  }
  return out;
}

export async function projectWindow(
  store: GraphStore,
  window: Window,
  maxEvents: number,
): Promise<Projection> {
  const size = await windowSize(store, window);
  if (size > maxEvents) throw new WindowTooLargeError(size, maxEvents);
  const events = (await Promise.all(queriesOf(window).map((q) => allEvents(store, q)))).flat();
  events.sort(compareEvents);
  const ids = new Set<string>();
  for (const event of events) {
    for (const p of event.participants) ids.add(p.entityId);
    if (event.location !== null) ids.add(event.location);
  }
  return { window, events, entities: await entitiesById(store, [...ids].sort()) };
}

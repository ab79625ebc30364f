// The test's own reading of a window, built straight from the store's public reads (not through src/analytics):
// graphology is then run on it directly, and every analytic must agree with that.
import { UndirectedGraph } from "graphology";
import type { DiplomaticEvent, Entity } from "../../src/domain/types.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { allEvents } from "../../src/store/paging.ts";

export interface ReferenceWindow {
  from?: string;
  to?: string;
}

export interface Reference {
  events: DiplomaticEvent[];
  entities: Map<string, Entity>;
  /** Persons joined by the number of events they shared, nodes and edges inserted in id order. */
  persons: UndirectedGraph<{ country: string | null }, { weight: number }>;
}

export async function referenceOf(store: GraphStore, window: ReferenceWindow): Promise<Reference> {
  const events = await allEvents(store, window);
  const ids = [...new Set(events.flatMap((e) => e.participants.map((p) => p.entityId)))];
  const entities = new Map<string, Entity>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const e of await store.getEntities(ids.slice(i, i + 500))) if (e) entities.set(e.id, e);
  }
  const pairs = new Map<string, number>();
  const nodes = new Set<string>();
  for (const event of events) {
    const persons = [...new Set(event.participants.map((p) => p.entityId))]
      .filter((id) => entities.get(id)?.type === "Person")
      .sort();
    persons.forEach((p) => nodes.add(p));
    for (const [i, a] of persons.entries()) {
      for (const b of persons.slice(i + 1))
        pairs.set(`${a}\u0000${b}`, (pairs.get(`${a}\u0000${b}`) ?? 0) + 1);
    }
  }
  const persons = new UndirectedGraph<{ country: string | null }, { weight: number }>();
  for (const id of [...nodes].sort()) persons.addNode(id, { country: entities.get(id)?.country ?? null });
  for (const key of [...pairs.keys()].sort()) {
    const [a = "", b = ""] = key.split("\u0000");
    persons.addEdge(a, b, { weight: pairs.get(key) ?? 0 });
  }
  return { events, entities, persons };
}

/** Events per period key, as the test counts them. */
export function countByPeriod(
  events: readonly DiplomaticEvent[],
  key: (date: string) => string,
): { periods: { period: string; count: number }[]; undated: number; total: number } {
  const counts = new Map<string, number>();
  let undated = 0;
  for (const e of events) {
    if (e.date === null || e.date.precision === "day_no_year") undated += 1;
    else counts.set(key(e.date.value), (counts.get(key(e.date.value)) ?? 0) + 1);
  }
  const periods = [...counts]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([period, count]) => ({ period, count }));
  return { periods, undated, total: events.length };
}

// `diplograph export`: writes the whole graph (articles, entities, events, relations, occupancies) as one JSON document.
import type { DiplomaticEvent, Entity } from "../domain/types.ts";
import type { GraphStore } from "../store/graph-store.ts";
import { LIMITS } from "../store/graph-store.ts";

export async function exportGraph(store: GraphStore) {
  const entities: Entity[] = [];
  for (let offset = 0; ; offset += LIMITS.maxPage) {
    const page = await store.findEntities({ limit: LIMITS.maxPage, offset });
    entities.push(...page);
    if (page.length < LIMITS.maxPage) break;
  }
  const events: DiplomaticEvent[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.findEvents({ limit: LIMITS.maxPage, ...(after ? { after } : {}) });
    events.push(...page.items);
    if (!page.hasNextPage || !page.endCursor) break;
    after = page.endCursor;
  }
  const persons = entities.filter((e) => e.type === "Person");
  const occupancies = (await Promise.all(persons.map((p) => store.occupanciesOf(p.id)))).flat();
  const relations = new Map(
    (await Promise.all(entities.map((e) => store.relationsOf(e.id)))).flat().map((r) => [r.id, r]),
  );
  return {
    articles: await store.listArticles(),
    entities,
    events,
    relations: [...relations.values()],
    occupancies,
  };
}

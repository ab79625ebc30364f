// `diplograph export`: writes the whole graph (articles, entities, events, relations, occupancies) as one JSON document.
import type { GraphStore } from "../store/graph-store.ts";
import { allEntities, allEvents } from "../store/paging.ts";

export async function exportGraph(store: GraphStore) {
  const entities = await allEntities(store);
  const events = await allEvents(store);
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

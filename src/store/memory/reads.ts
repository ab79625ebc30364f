// Lookups by id, entity search, article listing and counts over the memory state.
import { foldName } from "../../domain/fold.ts";
import { compareStrings } from "../../domain/merge.ts";
import type { Article, Entity, EntityType, EventType } from "../../domain/types.ts";
import { countryCode, entityType, pageLimit, pageOffset } from "../bounds.ts";
import type { Counts, EntityQuery } from "../graph-store.ts";
import type { MemoryState } from "./state.ts";
import { cachedList } from "./read-cache.ts";

const WHERE = "store/memory: findEntities";

/** Entities matching every given filter, ordered by id. */
export function findEntities(state: MemoryState, query: EntityQuery): Entity[] {
  const limit = pageLimit(query.limit, WHERE);
  const offset = pageOffset(query.offset, WHERE);
  const type = query.type === undefined ? undefined : entityType(query.type, WHERE);
  const country = query.country === undefined ? undefined : countryCode(query.country, WHERE);
  const name = query.name === undefined ? undefined : foldName(query.name);
  const key = JSON.stringify([type, country, name]);
  return cachedList(state, `entities:${key}`, () => matching(state, type, country, name)).slice(
    offset,
    offset + limit,
  );
}

function matching(
  state: MemoryState,
  type: EntityType | undefined,
  country: string | undefined,
  name: string | undefined,
): Entity[] {
  const matches: Entity[] = [];
  const ids = country === undefined ? state.merged.entity.keys() : (state.byCountry.get(country) ?? []);
  for (const id of ids) {
    const entity = state.merged.entity.get(id);
    if (entity === undefined) continue;
    if (type !== undefined && entity.type !== type) continue;
    if (country !== undefined && entity.country !== country) continue;
    if (name !== undefined && !(state.searchKeys.get(entity.id) ?? []).some((key) => key.includes(name)))
      continue;
    matches.push(entity);
  }
  return matches.sort((a, b) => compareStrings(a.id, b.id));
}

export function listArticles(state: MemoryState): Article[] {
  return [...state.patches.values()].map((p) => p.article).sort((a, b) => compareStrings(a.id, b.id));
}

export function counts(state: MemoryState): Counts {
  const entities: Record<EntityType, number> = { Person: 0, Country: 0, Organization: 0, Place: 0 };
  const events: Record<EventType, number> = { Visit: 0, Meeting: 0, Call: 0, Statement: 0, Agreement: 0 };
  for (const e of state.merged.entity.values()) entities[e.type] += 1;
  for (const e of state.merged.event.values()) events[e.type] += 1;
  return {
    entities,
    events,
    articles: state.patches.size,
    occupancies: state.merged.occupancy.size,
    relations: state.merged.relation.size,
  };
}

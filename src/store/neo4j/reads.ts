// Lookups by id, entity search, articles, ties of an entity and counts: one statement each, so each can run alone
// (Runner.once) or inside a traversal's transaction.
import { foldName } from "../../domain/fold.ts";
import {
  ENTITY_TYPES,
  EVENT_TYPES,
  type Article,
  type DiplomaticEvent,
  type Entity,
  type EntityType,
  type EventType,
  type Occupancy,
  type Relation,
} from "../../domain/types.ts";
import { countryCode, entityType, pageLimit, pageOffset } from "../bounds.ts";
import type { Counts, EntityQuery } from "../graph-store.ts";
import { decodeArticle, decodeItem } from "./codec.ts";
import * as R from "./cypher/reads.ts";
import { rows, type Params, type Statements } from "./session.ts";
import { heldItems, holdItem } from "./decoded-cache.ts";
import type { ItemOf } from "./items.ts";
import { intParam, listField, numberField, stringField, stringListField } from "./values.ts";

/** The `json` column of every record, decoded as items of one kind. */
async function items<K extends "entity" | "event" | "occupancy" | "relation">(
  tx: Statements,
  kind: K,
  query: string,
  params: Params,
  where: string,
) {
  return (await rows(tx, query, params)).map((r) => decodeItem(kind, stringField(r, "json", where), where));
}

export async function getArticle(tx: Statements, id: string, where: string): Promise<Article | null> {
  const record = (await rows(tx, R.GET_ARTICLE, { id }))[0];
  return record === undefined ? null : decodeArticle(stringField(record, "json", where), where);
}

export async function listArticles(tx: Statements, where: string): Promise<Article[]> {
  return (await rows(tx, R.LIST_ARTICLES)).map((r) => decodeArticle(stringField(r, "json", where), where));
}

/**
 * Items by id, in the order asked, null where unknown. Neo4j leaves out the JSON of those held here at the
 * revision it has (decoded-cache.ts); the held items are taken before the statement is sent, so an eviction
 * meanwhile cannot lose one.
 */
async function itemsById<K extends "entity" | "event">(
  tx: Statements,
  kind: K,
  statement: string,
  ids: readonly string[],
  where: string,
): Promise<(ItemOf[K] | null)[]> {
  if (ids.length === 0) return [];
  const unique = [...new Set(ids)];
  const held = heldItems(kind, unique);
  const have: Record<string, string> = {};
  for (const [id, h] of held) have[id] = h.rev;
  const found = new Map<string, ItemOf[K]>();
  const [record] = await rows(tx, statement, { ids: unique, have });
  if (record === undefined) return ids.map(() => null);
  for (const id of stringListField(record, "same", where)) {
    const h = held.get(id);
    if (h === undefined) throw new Error(`${where}: Neo4j sent no JSON for "${id}"`);
    found.set(id, h.item);
  }
  for (const sent of listField(record, "sent", where)) {
    const [id, rev, json] = Array.isArray(sent) ? (sent as unknown[]) : [];
    if (typeof id !== "string" || typeof json !== "string" || (rev !== null && typeof rev !== "string")) {
      throw new Error(`${where}: malformed item by id`);
    }
    const item = decodeItem(kind, json, where);
    if (rev !== null) holdItem(kind, id, rev, item, json.length);
    found.set(id, item);
  }
  return ids.map((id) => found.get(id) ?? null);
}

/** Entities by id, in the order asked, null where unknown. */
export function getEntities(
  tx: Statements,
  ids: readonly string[],
  where: string,
): Promise<(Entity | null)[]> {
  return itemsById(tx, "entity", R.GET_ENTITIES, ids, where);
}

export function getEvents(
  tx: Statements,
  ids: readonly string[],
  where: string,
): Promise<(DiplomaticEvent | null)[]> {
  return itemsById(tx, "event", R.GET_EVENTS, ids, where);
}

/** Checks the query before any transaction, so bad bounds fail the same way whether Neo4j is up or not. */
export function entitySearch(
  query: EntityQuery,
  where: string,
): { filters: R.EntityFilter[]; params: Params } {
  const limit = pageLimit(query.limit, where);
  const offset = pageOffset(query.offset, where);
  const filters: R.EntityFilter[] = [];
  const params: Params = { limit: intParam(limit), offset: intParam(offset) };
  if (query.type !== undefined) {
    filters.push("type");
    params.type = entityType(query.type, where);
  }
  if (query.country !== undefined) {
    filters.push("country");
    params.country = countryCode(query.country, where);
  }
  if (query.name !== undefined) {
    filters.push("name");
    params.name = foldName(query.name);
  }
  return { filters, params };
}

export async function findEntities(
  tx: Statements,
  search: { filters: R.EntityFilter[]; params: Params },
  where: string,
): Promise<Entity[]> {
  return items(tx, "entity", R.findEntitiesQuery(search.filters), search.params, where);
}

export async function occupanciesOf(tx: Statements, id: string, where: string): Promise<Occupancy[]> {
  return items(tx, "occupancy", R.OCCUPANCIES_OF, { id }, where);
}

export async function relationsOf(tx: Statements, id: string, where: string): Promise<Relation[]> {
  return items(tx, "relation", R.RELATIONS_OF, { id }, where);
}

export async function counts(tx: Statements, where: string): Promise<Counts> {
  const entities: Record<EntityType, number> = { Person: 0, Country: 0, Organization: 0, Place: 0 };
  const events: Record<EventType, number> = { Visit: 0, Meeting: 0, Call: 0, Statement: 0, Agreement: 0 };
  const out: Counts = { entities, events, articles: 0, occupancies: 0, relations: 0 };
  for (const r of await rows(tx, R.COUNTS)) {
    const what = stringField(r, "what", where);
    const type = stringField(r, "type", where);
    const n = numberField(r, "n", where);
    const entity = ENTITY_TYPES.find((t) => t === type);
    const event = EVENT_TYPES.find((t) => t === type);
    if (what === "entity" && entity !== undefined) entities[entity] = n;
    else if (what === "event" && event !== undefined) events[event] = n;
    else if (what === "articles" || what === "occupancies" || what === "relations") out[what] = n;
  }
  return out;
}

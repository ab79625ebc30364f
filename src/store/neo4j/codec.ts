// Items to node properties and back. A node keeps its merged item as JSON (read back through the domain's zod
// schemas, so nothing unchecked leaves the store) beside the plain properties that indexes and Cypher filter on.
import type { ZodType } from "zod/v4";
import { foldName } from "../../domain/fold.ts";
import {
  articleSchema,
  entitySchema,
  eventSchema,
  occupancySchema,
  parsePatch,
  relationSchema,
} from "../../domain/schema.ts";
import type { Article, GraphPatch } from "../../domain/types.ts";
import { eventSortKey, timelineDate } from "../event-order.ts";
import { cachedItem, cacheItem, holdItem, revisionOf } from "./decoded-cache.ts";
import type { ItemKind, ItemOf } from "./items.ts";
import { codeUnitKey, eventOrderKey } from "./order-key.ts";

type Schema<T> = ZodType<T, unknown>;

const SCHEMAS: { [K in ItemKind]: Schema<ItemOf[K]> } = {
  entity: entitySchema,
  event: eventSchema,
  occupancy: occupancySchema,
  relation: relationSchema,
};

function parseJson(json: string, where: string): unknown {
  try {
    const value: unknown = JSON.parse(json);
    return value;
  } catch (cause) {
    throw new Error(`${where}: stored JSON is unreadable`, { cause });
  }
}

function decode<T>(schema: Schema<T>, json: string, where: string, what: string): T {
  const parsed = schema.safeParse(parseJson(json, where));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${where}: stored ${what} is malformed at ${issue?.path.join(".") ?? "?"}: ${issue?.message}`,
    );
  }
  return parsed.data;
}

/** A stored item, checked against the domain's schema the first time this exact JSON is read. */
export function decodeItem<K extends ItemKind>(kind: K, json: string, where: string): ItemOf[K] {
  return cachedItem(kind, json) ?? cacheItem(kind, json, decode(SCHEMAS[kind], json, where, kind));
}

export function decodeArticle(json: string, where: string): Article {
  return decode(articleSchema, json, where, "article");
}

/** The patch an article was applied with; stored as we checked it, so parsePatch accepts it again. */
export function decodePatch(json: string, where: string): GraphPatch {
  return parsePatch(parseJson(json, where), `${where}: stored patch`);
}

/**
 * The JSON a merged item is stored as, and its revision (`decoded-cache.ts: revisionOf`). The item is remembered
 * under both: the next write that extends it (a hub official, told by every article) reads it back without
 * checking again what this process just made, and a lookup by id need not be sent it.
 */
function stored<K extends ItemKind>(kind: K, item: ItemOf[K]): { json: string; rev: string } {
  const json = JSON.stringify(item);
  const rev = revisionOf(json);
  cacheItem(kind, json, item);
  holdItem(kind, item.id, rev, item, json.length);
  return { json, rev };
}

/** What every item node carries: its kind, its merged form and revision, and the last article (in id order) that told of it. */
interface Common {
  id: string;
  kind: ItemKind;
  json: string;
  rev: string;
  lastArticle: string;
}

/** Entity node: the type also as a label (for counts and for Cypher users), folded names for search. */
export function entityProps(entity: ItemOf["entity"], lastArticle: string): Common & Record<string, unknown> {
  return {
    id: entity.id,
    kind: "entity",
    ...stored("entity", entity),
    lastArticle,
    sortId: codeUnitKey(entity.id),
    type: entity.type,
    name: entity.name,
    country: entity.country,
    // Folded names never hold a newline (foldName turns every space into " "), nor does a folded query:
    // CONTAINS on the joined keys is CONTAINS on some key, and one TEXT index serves it.
    searchText: [entity.name, ...entity.aliases].map(foldName).join("\n"),
  };
}

export function eventProps(event: ItemOf["event"], lastArticle: string): Common & Record<string, unknown> {
  return {
    id: event.id,
    kind: "event",
    ...stored("event", event),
    lastArticle,
    sortKey: eventOrderKey(eventSortKey(event)),
    type: event.type,
    status: event.status,
    date: timelineDate(event),
    location: event.location,
  };
}

export function relationProps(
  relation: ItemOf["relation"],
  lastArticle: string,
): Common & Record<string, unknown> {
  return {
    id: relation.id,
    kind: "relation",
    ...stored("relation", relation),
    lastArticle,
    sortId: codeUnitKey(relation.id),
    type: relation.type,
    source: relation.source,
    target: relation.target,
  };
}

export function occupancyProps(
  occupancy: ItemOf["occupancy"],
  lastArticle: string,
): Common & Record<string, unknown> {
  return {
    id: occupancy.id,
    kind: "occupancy",
    ...stored("occupancy", occupancy),
    lastArticle,
    sortId: codeUnitKey(occupancy.id),
    personId: occupancy.personId,
    title: occupancy.title,
    organizationId: occupancy.organizationId,
  };
}

export function articleProps(patch: GraphPatch, patchJson: string): Record<string, unknown> {
  return {
    id: patch.article.id,
    sortId: codeUnitKey(patch.article.id),
    json: JSON.stringify(patch.article),
    patch: patchJson,
    language: patch.article.language,
    publishedAt: patch.article.publishedAt,
  };
}

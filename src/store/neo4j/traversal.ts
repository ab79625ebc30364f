// Neighbourhoods and shortest paths in entity hops, in Cypher: a neighbourhood grows one breadth-first layer per
// statement (inside one read transaction) and keeps the nearest entities, ties broken by id, as the memory
// store does; a path is one shortestPath() match bounded by the hop limit.
import type { ManagedTransaction } from "neo4j-driver";
import { NotFoundError } from "../../domain/errors.ts";
import { compareStrings } from "../../domain/merge.ts";
import type { Entity } from "../../domain/types.ts";
import type { GraphPath, Link, Subgraph } from "../graph-store.ts";
import { linksOfTie, linkThrough, type Tie } from "../links.ts";
import { decodeItem } from "./codec.ts";
import * as T from "./cypher/traversal.ts";
import { getEntities } from "./reads.ts";
import { rows } from "./session.ts";
import { intParam, numberField, stringField, stringListField } from "./values.ts";

async function entitiesOrThrow(
  tx: ManagedTransaction,
  ids: readonly string[],
  where: string,
): Promise<Entity[]> {
  const found = await getEntities(tx, ids, where);
  return found.map((entity, i) => {
    if (entity === null) throw new NotFoundError(`${where}: unknown entity "${ids[i] ?? ""}"`);
    return entity;
  });
}

export function decodeTie(kind: string, json: string, where: string): Tie {
  switch (kind) {
    case "event":
      return { kind, item: decodeItem(kind, json, where) };
    case "relation":
      return { kind, item: decodeItem(kind, json, where) };
    case "occupancy":
      return { kind, item: decodeItem(kind, json, where) };
    default:
      throw new Error(`${where}: node of kind "${kind}" is not a tie`);
  }
}

/**
 * The memory store's rule, layer by layer: a layer that would take the count past `limit` is the last one
 * looked at (truncated), and only its first entities by id are kept; links come from the ties next to the
 * entities nearer than that layer (or than `depth`), between kept entities.
 */
export async function neighborhood(
  tx: ManagedTransaction,
  id: string,
  depth: number,
  limit: number,
  where: string,
): Promise<Subgraph> {
  const [centre] = await entitiesOrThrow(tx, [id], where);
  const kept: string[] = [id];
  const seen: string[] = [id];
  let frontier: string[] = [id];
  let inner: string[] = [];
  let truncated = false;
  for (let hop = 1; hop <= depth && frontier.length > 0; hop++) {
    // Links come from ties next to entities nearer than the outermost layer looked at (memory: graph depth < cut).
    inner = inner.concat(frontier);
    const take = limit - kept.length;
    const record = (await rows(tx, T.NEXT_LAYER, { frontier, seen, take: intParam(take) }))[0];
    const total = record === undefined ? 0 : numberField(record, "total", where);
    const first = record === undefined ? [] : stringListField(record, "first", where);
    if (kept.length + total > limit) {
      kept.push(...first.slice(0, take));
      truncated = true;
      break;
    }
    kept.push(...first);
    seen.push(...first);
    frontier = first;
  }
  const keep = new Set(kept);
  const edges: Link[] = [];
  if (kept.length >= 2) {
    for (const r of await rows(tx, T.LINKING_TIES, { inner, kept })) {
      const tie = decodeTie(stringField(r, "kind", where), stringField(r, "json", where), where);
      edges.push(...linksOfTie(tie, (e) => keep.has(e)));
    }
  }
  edges.sort(
    (a, b) =>
      compareStrings(a.via, b.via) ||
      compareStrings(a.source, b.source) ||
      compareStrings(a.target, b.target),
  );
  const nodes = centre === undefined ? [] : [centre, ...(await entitiesOrThrow(tx, kept.slice(1), where))];
  return { nodes, edges, truncated };
}

export async function shortestPath(
  tx: ManagedTransaction,
  from: string,
  to: string,
  maxHops: number,
  where: string,
): Promise<GraphPath | null> {
  const ends = await entitiesOrThrow(tx, from === to ? [from] : [from, to], where);
  if (from === to) return { length: 0, nodes: ends, hops: [] };
  const query = T.SHORTEST_PATH[maxHops];
  if (query === undefined) throw new Error(`${where}: no statement for ${maxHops} hops`);
  const record = (await rows(tx, query, { from, to }))[0];
  if (record === undefined) return null;
  const ids = stringListField(record, "ids", where);
  const kinds = stringListField(record, "kinds", where);
  const jsons = stringListField(record, "jsons", where);
  const nodes: Entity[] = [];
  const hops: Link[] = [];
  for (let i = 0; i < ids.length; i += 2) {
    const entityJson = jsons[i];
    if (entityJson === undefined || kinds[i] !== "entity") throw new Error(`${where}: malformed path`);
    nodes.push(decodeItem("entity", entityJson, where));
    const tieKind = kinds[i + 1];
    const tieJson = jsons[i + 1];
    const source = ids[i];
    const target = ids[i + 2];
    if (tieKind === undefined || tieJson === undefined || source === undefined || target === undefined)
      continue;
    hops.push(linkThrough(decodeTie(tieKind, tieJson, where), source, target));
  }
  return { length: hops.length, nodes, hops };
}

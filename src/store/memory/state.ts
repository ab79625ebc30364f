// The memory store's state: the applied patches, each item's contributions and merged form, and the graph.
import { MultiUndirectedGraph } from "graphology";
import type { Tie } from "../links.ts";
import { StringPool } from "./compact.ts";
import { ContributionMap } from "./contribution-map.ts";
import type { StoredPatch } from "./stored.ts";
import { createReadCache, type ReadCache } from "./read-cache.ts";

import type { ItemKind, ItemOf } from "../../domain/items.ts";

export { ITEM_KINDS, patchItems, type ItemKind, type ItemOf } from "../../domain/items.ts";

/** What a graph node stands for; the merged item itself lives in the maps, keyed by the same id. */
export interface NodeAttributes {
  kind: ItemKind;
}

// One frozen object per kind: graphology keeps the attributes object it is given, and a million copies add up.
export const NODE_ATTRIBUTES: Readonly<Record<ItemKind, NodeAttributes>> = {
  entity: Object.freeze({ kind: "entity" }),
  event: Object.freeze({ kind: "event" }),
  occupancy: Object.freeze({ kind: "occupancy" }),
  relation: Object.freeze({ kind: "relation" }),
};

export interface EdgeAttributes {
  /** A participant's role, "location", or the end of a relation/occupancy. */
  role: string;
}

const EDGE_ATTRIBUTES = new Map<string, EdgeAttributes>();

/** One frozen attributes object per role, shared by every edge with that role (millions of edges, a dozen roles). */
export function edgeAttributes(role: string): EdgeAttributes {
  let attributes = EDGE_ATTRIBUTES.get(role);
  if (attributes === undefined) {
    attributes = Object.freeze({ role });
    EDGE_ATTRIBUTES.set(role, attributes);
  }
  return attributes;
}

export type ContributionMaps = { [K in ItemKind]: ContributionMap<ItemOf[K]> };
export type MergedMaps = { [K in ItemKind]: Map<string, ItemOf[K]> };

/**
 * The graph is undirected and bipartite: entity nodes on one side; ties (events, and also relations and
 * occupancies) on the other. Every entity-to-entity hop is then exactly two graph edges, so a plain BFS
 * counts hops in entity terms whichever kind of tie a hop goes through.
 */
export interface MemoryState {
  readonly graph: MultiUndirectedGraph<NodeAttributes, EdgeAttributes>;
  /** Each applied article and the ids it told (its items live in `contributions`). */
  readonly patches: Map<string, StoredPatch>;
  /** Entity contributions are kept compact (EntityContribution); tie contributions hold the patch's items. */
  readonly contributions: ContributionMaps;
  readonly merged: MergedMaps;
  /** Folded name and aliases of each entity, for name search. */
  readonly searchKeys: Map<string, string[]>;
  /** One copy of each id, name and code that patches repeat. */
  readonly strings: StringPool;
  /** The ids of the entities of each country (ISO code), kept up to date on write. */
  readonly byCountry: Map<string, Set<string>>;
  /**
   * The ties next to each entity, in the order graphology attached them: what traversals walk. graphology keeps a
   * node's neighbours as the keys of an object, and a for-in over an entity's keys (a hub's thousands, sorted on
   * every walk once the object is a dictionary) was most of the time of a path search.
   */
  readonly tiesOf: Map<string, string[]>;
  /** Scanned answers, until the next write. */
  readonly readCache: ReadCache;
}

export function createState(): MemoryState {
  return {
    graph: new MultiUndirectedGraph<NodeAttributes, EdgeAttributes>(),
    patches: new Map(),
    contributions: {
      entity: new ContributionMap(false),
      event: new ContributionMap(true),
      occupancy: new ContributionMap(true),
      relation: new ContributionMap(true),
    },
    merged: { entity: new Map(), event: new Map(), occupancy: new Map(), relation: new Map() },
    searchKeys: new Map(),
    strings: new StringPool(),
    byCountry: new Map(),
    tiesOf: new Map(),
    readCache: createReadCache(),
  };
}

/** The merged tie behind a graph node, or null for an entity or unknown node. */
export function tieOf(state: MemoryState, id: string): Tie | null {
  const event = state.merged.event.get(id);
  if (event !== undefined) return { kind: "event", item: event };
  const relation = state.merged.relation.get(id);
  if (relation !== undefined) return { kind: "relation", item: relation };
  const occupancy = state.merged.occupancy.get(id);
  if (occupancy !== undefined) return { kind: "occupancy", item: occupancy };
  return null;
}

/** Ids of the ties of one kind next to an entity. */
export function adjacentTies(
  state: MemoryState,
  entityId: string,
  kind: Exclude<ItemKind, "entity">,
): string[] {
  const merged = state.merged[kind];
  return (state.tiesOf.get(entityId) ?? []).filter((id) => merged.has(id));
}

/** How many ties an entity is next to: the work of walking out of it. */
export function tieCount(state: MemoryState, entityId: string): number {
  return state.tiesOf.get(entityId)?.length ?? 0;
}

/**
 * Records a tie next to one of its ends, called with each edge as it is added: an end the tie names twice (a
 * participant that is also the location) gets it once, as graphology keeps one neighbour key per pair.
 */
export function attachTie(state: MemoryState, tieId: string, end: string): void {
  const list = state.tiesOf.get(end);
  if (list === undefined) state.tiesOf.set(end, [tieId]);
  else if (list[list.length - 1] !== tieId) list.push(tieId);
}

/** Forgets a tie that leaves the graph; `ends` are its graph neighbours. */
export function detachTie(state: MemoryState, tieId: string, ends: readonly string[]): void {
  for (const end of ends) {
    const list = state.tiesOf.get(end);
    const at = list?.lastIndexOf(tieId) ?? -1;
    if (list === undefined || at < 0) continue;
    list.splice(at, 1);
    if (list.length === 0) state.tiesOf.delete(end);
  }
}

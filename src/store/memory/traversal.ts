// Neighbourhoods and shortest paths in entity terms, over the bipartite entity/tie graph (graphology's standard library).
import { bidirectional } from "graphology-shortest-path/unweighted.js";
import { bfsFromNode } from "graphology-traversal";
import { NotFoundError } from "../../domain/errors.ts";
import { compareStrings } from "../../domain/merge.ts";
import type { Entity } from "../../domain/types.ts";
import { maxHopsBound, neighborhoodBounds } from "../bounds.ts";
import type { GraphPath, Link, Subgraph } from "../graph-store.ts";
import { linksOfTie, linkThrough } from "../links.ts";
import { tieOf, type MemoryState } from "./state.ts";

function entityOrThrow(state: MemoryState, id: string, where: string): Entity {
  const entity = state.merged.entity.get(id);
  if (entity === undefined) throw new NotFoundError(`${where}: unknown entity "${id}"`);
  return entity;
}

/**
 * Entities within `depth` hops, the nearest first (ties broken by id) and at most `limit` of them.
 * A graph depth of 2 is one entity hop. The BFS stops expanding once the limit is passed, but only after
 * the layer that passed it is complete, so which entities make the cut depends on the graph, not on
 * the order the graph was built in.
 */
export function neighborhood(
  state: MemoryState,
  id: string,
  options: { depth?: number; limit?: number } | undefined,
): Subgraph {
  const where = "store/memory: neighborhood";
  const { depth, limit } = neighborhoodBounds(options, where);
  entityOrThrow(state, id, where);
  const maxGraphDepth = 2 * depth;
  let cutDepth = maxGraphDepth;
  const found: { id: string; hops: number }[] = [];
  const ties: string[] = [];
  bfsFromNode(state.graph, id, (node, attributes, graphDepth) => {
    if (graphDepth > cutDepth) return true;
    if (attributes.kind !== "entity") {
      ties.push(node);
      return false;
    }
    found.push({ id: node, hops: graphDepth / 2 });
    // Every entity of this layer is already queued (BFS expanded the ties before it): finish the layer, go no deeper.
    if (found.length > limit) cutDepth = graphDepth;
    return graphDepth >= cutDepth;
  });
  found.sort((a, b) => a.hops - b.hops || compareStrings(a.id, b.id));
  const kept = found.slice(0, limit);
  const keep = new Set(kept.map((f) => f.id));
  const edges: Link[] = [];
  for (const tieId of ties) {
    const tie = tieOf(state, tieId);
    if (tie !== null) edges.push(...linksOfTie(tie, (e) => keep.has(e)));
  }
  edges.sort(
    (a, b) =>
      compareStrings(a.via, b.via) ||
      compareStrings(a.source, b.source) ||
      compareStrings(a.target, b.target),
  );
  return {
    nodes: kept.map((f) => entityOrThrow(state, f.id, where)),
    edges,
    truncated: found.length > limit,
  };
}

/** The shortest chain of hops between two entities, hops oriented along the path; null when none within maxHops. */
export function shortestPath(
  state: MemoryState,
  from: string,
  to: string,
  options: { maxHops?: number } | undefined,
): GraphPath | null {
  const where = "store/memory: shortestPath";
  const maxHops = maxHopsBound(options, where);
  entityOrThrow(state, from, where);
  entityOrThrow(state, to, where);
  const route = bidirectional(state.graph, from, to);
  if (route === null) return null;
  const length = (route.length - 1) / 2;
  if (length > maxHops) return null;
  const nodes: Entity[] = [];
  const hops: Link[] = [];
  for (let i = 0; i < route.length; i += 2) {
    const entityId = route[i];
    if (entityId === undefined) continue;
    nodes.push(entityOrThrow(state, entityId, where));
    const tieId = route[i + 1];
    const next = route[i + 2];
    if (tieId === undefined || next === undefined) continue;
    const tie = tieOf(state, tieId);
    if (tie === null) throw new Error(`${where}: node "${tieId}" on a path is not a tie`);
    hops.push(linkThrough(tie, entityId, next));
  }
  return { length, nodes, hops };
}

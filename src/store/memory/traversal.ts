// Neighbourhoods and shortest paths in entity terms, over the bipartite entity/tie graph (graphology's standard library).
import { bidirectional } from "graphology-shortest-path/unweighted.js";
import { bfsFromNode } from "graphology-traversal";
import { NotFoundError } from "../../domain/errors.ts";
import { compareStrings } from "../../domain/merge.ts";
import type { Entity } from "../../domain/types.ts";
import { maxHopsBound, neighborhoodBounds } from "../bounds.ts";
import type { GraphPath, Link, Subgraph } from "../graph-store.ts";
import { linksOfTie, linkThrough, type Tie } from "../links.ts";
import { tieOf, tieOfKind, type MemoryState } from "./state.ts";

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
  let cutDepth = 2 * depth;
  // layers[h]: the entities h hops away, in the order found; only the layer the limit falls in gets sorted.
  const layers: string[][] = [];
  let found = 0;
  const ties: Tie[] = [];
  bfsFromNode(state.graph, id, (node, attributes, graphDepth) => {
    if (graphDepth > cutDepth) return true;
    if (attributes.kind !== "entity") {
      const tie = tieOfKind(state, attributes.kind, node);
      if (tie !== null) ties.push(tie);
      return false;
    }
    const hops = graphDepth / 2;
    (layers[hops] ??= []).push(node);
    found += 1;
    // Every entity of this layer is already queued (BFS expanded the ties before it): finish the layer, go no deeper.
    if (found > limit) cutDepth = graphDepth;
    return graphDepth >= cutDepth;
  });
  const kept: string[] = [];
  for (const layer of layers) {
    if (kept.length >= limit) break;
    // The default sort compares strings by UTF-16 code units, as compareStrings does, without a callback.
    kept.push(...layer.sort().slice(0, limit - kept.length));
  }
  const keep = new Set(kept);
  const edges: Link[] = [];
  for (const tie of ties) {
    if (countKept(tie, keep) >= 2) edges.push(...linksOfTie(tie, (e) => keep.has(e)));
  }
  edges.sort(
    (a, b) =>
      compareStrings(a.via, b.via) ||
      compareStrings(a.source, b.source) ||
      compareStrings(a.target, b.target),
  );
  return { nodes: kept.map((n) => entityOrThrow(state, n, where)), edges, truncated: found > limit };
}

/** How many of a tie's endpoints are kept (an endpoint named twice may count twice: only "fewer than 2" matters). */
function countKept(tie: Tie, keep: ReadonlySet<string>): number {
  switch (tie.kind) {
    case "event": {
      let n = tie.item.location !== null && keep.has(tie.item.location) ? 1 : 0;
      for (const p of tie.item.participants) if (keep.has(p.entityId)) n += 1;
      return n;
    }
    case "relation":
      return (keep.has(tie.item.source) ? 1 : 0) + (keep.has(tie.item.target) ? 1 : 0);
    case "occupancy":
      return (
        (keep.has(tie.item.personId) ? 1 : 0) +
        (tie.item.organizationId !== null && keep.has(tie.item.organizationId) ? 1 : 0)
      );
  }
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

// Neighbourhoods in entity terms over the bipartite entity/tie graph: a BFS by entity hops that reads a tie's
// ends from the merged item (a handful of ids) instead of the graph, and stops at the layer the limit falls in.
import { NotFoundError } from "../../domain/errors.ts";
import { compareStrings } from "../../domain/merge.ts";
import type { Entity } from "../../domain/types.ts";
import { neighborhoodBounds } from "../bounds.ts";
import type { Link, Subgraph } from "../graph-store.ts";
import { linksOfTie, type Tie } from "../links.ts";
import { tieOf, type MemoryState } from "./state.ts";

export { shortestPath } from "./shortest-path.ts";

export function entityOrThrow(state: MemoryState, id: string, where: string): Entity {
  const entity = state.merged.entity.get(id);
  if (entity === undefined) throw new NotFoundError(`${where}: unknown entity "${id}"`);
  return entity;
}

/** Calls `visit` with each entity a tie touches (an id named twice may come twice: callers keep a seen set). */
export function forEachEnd(tie: Tie, visit: (id: string) => void): void {
  switch (tie.kind) {
    case "event":
      for (const p of tie.item.participants) visit(p.entityId);
      if (tie.item.location !== null) visit(tie.item.location);
      return;
    case "relation":
      visit(tie.item.source);
      visit(tie.item.target);
      return;
    case "occupancy":
      visit(tie.item.personId);
      if (tie.item.organizationId !== null) visit(tie.item.organizationId);
  }
}

/**
 * Calls `visit` with each tie next to an entity that `skip` does not rule out; the merged tie is looked up
 * only then (a hub's ties are mostly ones a search has crossed already).
 */
export function forEachTie(
  state: MemoryState,
  entityId: string,
  skip: (tieId: string) => boolean,
  visit: (tie: Tie, tieId: string) => void,
): void {
  for (const tieId of state.tiesOf.get(entityId) ?? []) {
    if (skip(tieId)) continue;
    const tie = tieOf(state, tieId);
    if (tie !== null) visit(tie, tieId);
  }
}

/** The `count` smallest strings of `list` in code-unit order, without sorting all of it (a hub's layer has thousands). */
export function smallest(list: readonly string[], count: number): string[] {
  if (list.length <= 2 * count) return [...list].sort().slice(0, count);
  // A sorted window of the best `count` so far; most candidates fail the comparison with its last element.
  const best = list.slice(0, count).sort();
  let worst = best[count - 1] ?? "";
  for (let i = count; i < list.length; i++) {
    const id = list[i] ?? "";
    if (id >= worst) continue;
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((best[mid] ?? "") < id) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, id);
    best.pop();
    worst = best[count - 1] ?? "";
  }
  return best;
}

/**
 * Entities within `depth` hops, the nearest first (ties broken by id) and at most `limit` of them. Expansion
 * stops after the layer in which the limit is passed, that layer complete, so which entities make the cut
 * depends on the graph, not on the order it was built in. Links are drawn through the ties crossed on the
 * way out (those next to an entity of an earlier layer than the last), between kept entities.
 */
export function neighborhood(
  state: MemoryState,
  id: string,
  options: { depth?: number; limit?: number } | undefined,
): Subgraph {
  const where = "store/memory: neighborhood";
  const { depth, limit } = neighborhoodBounds(options, where);
  entityOrThrow(state, id, where);
  const layers: string[][] = [[id]];
  const seen = new Set<string>([id]);
  const seenTies = new Set<string>();
  const ties: Tie[] = [];
  let found = 1;
  for (let hop = 0; hop < depth && found <= limit; hop++) {
    const next: string[] = [];
    const crossed = (tieId: string) => seenTies.has(tieId);
    const reach = (end: string) => {
      if (seen.has(end)) return;
      seen.add(end);
      next.push(end);
    };
    for (const entityId of layers[hop] ?? []) {
      forEachTie(state, entityId, crossed, (tie, tieId) => {
        seenTies.add(tieId);
        ties.push(tie);
        forEachEnd(tie, reach);
      });
    }
    if (next.length === 0) break;
    layers.push(next);
    found += next.length;
  }
  const kept: string[] = [];
  for (const layer of layers) {
    if (kept.length >= limit) break;
    kept.push(...smallest(layer, limit - kept.length));
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

/** How many of a tie's ends are kept (an end named twice may count twice: only "fewer than 2" matters). */
function countKept(tie: Tie, keep: ReadonlySet<string>): number {
  let n = 0;
  forEachEnd(tie, (end) => {
    if (keep.has(end)) n += 1;
  });
  return n;
}

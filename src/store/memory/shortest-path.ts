// Shortest paths in entity hops: a bidirectional BFS that expands the side with fewer ties to cross, one
// entity hop at a time, and gives up once the two sides together have gone maxHops (graphology's
// bidirectional search has no hop limit, so a pair with no short path made it walk the whole component).
import { maxHopsBound } from "../bounds.ts";
import type { GraphPath, Link } from "../graph-store.ts";
import { linkThrough, type Tie } from "../links.ts";
import { tieCount, type MemoryState } from "./state.ts";
import { entityOrThrow, forEachEnd, forEachTie } from "./traversal.ts";

/** How each reached entity was reached: from which entity, through which tie (null for the side's start). */
type Reached = Map<string, { from: string; tie: Tie } | null>;

interface Side {
  reached: Reached;
  frontier: string[];
}

function side(start: string): Side {
  return { reached: new Map([[start, null]]), frontier: [start] };
}

/** Ties next to a frontier: the work of expanding it. */
function cost(state: MemoryState, frontier: readonly string[]): number {
  let n = 0;
  for (const id of frontier) n += tieCount(state, id);
  return n;
}

/**
 * Expands one side by one hop; returns the first entity the other side has reached, or null. A tie met again
 * (from a second entity of the frontier, or back from the layer it led to) costs one lookup per end: cheaper
 * than remembering every tie crossed, which a hub's side would fill with thousands of ids.
 */
function expand(state: MemoryState, s: Side, other: Side): string | null {
  const next: string[] = [];
  let meet: string | null = null;
  const skip = () => meet !== null;
  for (const entityId of s.frontier) {
    forEachTie(state, entityId, skip, (tie) => {
      forEachEnd(tie, (end) => {
        if (meet !== null || s.reached.has(end)) return;
        s.reached.set(end, { from: entityId, tie });
        next.push(end);
        if (other.reached.has(end)) meet = end;
      });
    });
    if (meet !== null) return meet;
  }
  s.frontier = next;
  return null;
}

/** The chain from a side's start to `id`, as [entity, tie, entity, …] steps walking back. */
function walkBack(reached: Reached, id: string): { ids: string[]; ties: Tie[] } {
  const ids = [id];
  const ties: Tie[] = [];
  for (let step = reached.get(id); step !== null && step !== undefined; step = reached.get(step.from)) {
    ids.push(step.from);
    ties.push(step.tie);
  }
  return { ids, ties };
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
  const start = entityOrThrow(state, from, where);
  entityOrThrow(state, to, where);
  if (from === to) return { length: 0, nodes: [start], hops: [] };
  const forward = side(from);
  const backward = side(to);
  let meet: string | null = null;
  for (let hops = 0; hops < maxHops && meet === null; hops++) {
    if (forward.frontier.length === 0 || backward.frontier.length === 0) return null;
    meet =
      cost(state, forward.frontier) <= cost(state, backward.frontier)
        ? expand(state, forward, backward)
        : expand(state, backward, forward);
  }
  if (meet === null) return null;
  const head = walkBack(forward.reached, meet);
  const tail = walkBack(backward.reached, meet);
  const ids = [...head.ids.reverse(), ...tail.ids.slice(1)];
  const ties = [...head.ties.reverse(), ...tail.ties];
  const hops: Link[] = ties.map((tie, i) => linkThrough(tie, ids[i] ?? "", ids[i + 1] ?? ""));
  return { length: hops.length, nodes: ids.map((id) => entityOrThrow(state, id, where)), hops };
}

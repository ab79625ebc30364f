// An entity's network within a window: entities within `depth` hops through the window's events, the nearest
// `limit` kept (ties by id), and the event links between kept entities; `truncated` when the cap cut some off.
import { bfsFromNode } from "graphology-traversal";
import { compareStrings } from "../domain/merge.ts";
import type { Entity } from "../domain/types.ts";
import type { Link } from "../store/graph-store.ts";
import { linksOfTie } from "../store/links.ts";
import { keptEntity, type EntityEventGraph } from "./graphs.ts";
import type { Projection } from "./projection.ts";

export interface EgoNetwork {
  /** The centre first, then by distance, then id. */
  nodes: Entity[];
  /** Links between kept entities through the window's events, by via, source, target. */
  edges: Link[];
  truncated: boolean;
}

export function egoNetwork(
  projection: Projection,
  graph: EntityEventGraph,
  centre: Entity,
  depth: number,
  limit: number,
): EgoNetwork {
  if (!graph.hasNode(centre.id)) return { nodes: [centre], edges: [], truncated: false };
  const layers: string[][] = [];
  const events = new Set<string>();
  let found = 0;
  // A graph hop joins an entity and an event: entity hop h is graph depth 2h.
  let cutDepth = 2 * depth;
  bfsFromNode(graph, centre.id, (node, attributes, graphDepth) => {
    if (graphDepth > cutDepth) return true;
    if (attributes.kind === "event") {
      events.add(node);
      return false;
    }
    (layers[graphDepth / 2] ??= []).push(node);
    found += 1;
    // Finish the layer the cap falls in (it is queued already) so the cut does not depend on insertion order.
    if (found > limit) cutDepth = graphDepth;
    return graphDepth >= cutDepth;
  });
  const kept: string[] = [];
  for (const layer of layers) {
    if (kept.length >= limit) break;
    kept.push(...layer.sort(compareStrings).slice(0, limit - kept.length));
  }
  const keep = new Set(kept);
  const edges: Link[] = [];
  for (const event of projection.events) {
    if (!events.has(event.id)) continue;
    edges.push(...linksOfTie({ kind: "event", item: event }, (id) => keep.has(id)));
  }
  edges.sort(
    (a, b) =>
      compareStrings(a.via, b.via) ||
      compareStrings(a.source, b.source) ||
      compareStrings(a.target, b.target),
  );
  const nodes = kept.map((id) => keptEntity(projection, id)).filter((e): e is Entity => e !== null);
  return { nodes, edges, truncated: found > limit };
}

// Cross-article resolution: maps an article's entities and events onto those the graph already holds.
import type { GraphPatch } from "../domain/types.ts";
import type { GraphStore } from "../store/graph-store.ts";

/**
 * For now an article's own ids stand: persons are keyed by country and full name, events by participants and
 * day, so the same person or meeting written the same way in two articles already meets in the store.
 */
export async function resolvePatch(patch: GraphPatch, _store: GraphStore): Promise<GraphPatch> {
  return patch;
}

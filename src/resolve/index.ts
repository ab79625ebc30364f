// Cross-article resolution: maps an article's persons and events onto those the graph already holds.
import type { GraphPatch } from "../domain/types.ts";
import type { GraphStore } from "../store/graph-store.ts";
import { candidateRelations } from "./candidates.ts";
import { matchEvents } from "./events.ts";
import { graphIndexFor, type IndexOptions } from "./graph-index.ts";
import { resolvePersons } from "./persons.ts";
import { resolvePlaces } from "./places.ts";
import { rewriteEntityIds } from "./rewrite.ts";

/** Options of resolvePatch, with their defaults. */
export type ResolveOptions = IndexOptions;

/**
 * The patch as the graph should take it: persons and places the graph knows under their graph ids (so their names
 * become aliases of one node), events under the id of the same event from other articles, and a MERGE_CANDIDATE relation
 * for every match too weak to merge. Deterministic: the same patch against the same graph gives the same result,
 * and an article ingested again gives the patch it gave the first time. See src/resolve/README.md.
 */
export async function resolvePatch(
  patch: GraphPatch,
  store: GraphStore,
  options: ResolveOptions = {},
): Promise<GraphPatch> {
  const index = await graphIndexFor(store, options);
  const persons = await resolvePersons(patch, store, index);
  const places = await resolvePlaces(patch, index);
  const rewritten = rewriteEntityIds(patch, new Map([...persons.idMap, ...places]));
  const matched = await matchEvents(rewritten, store);
  const candidates = await candidateRelations(matched, persons.candidates, store);
  return candidates.length === 0 ? matched : { ...matched, relations: [...matched.relations, ...candidates] };
}

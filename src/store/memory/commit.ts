// Commits a planned change: contributions, merged items, search keys and the graph's nodes and edges.
import { foldName } from "../../domain/fold.ts";
import { EXTENDERS, MERGERS } from "../../domain/items.ts";
import type { Change } from "./plan.ts";
import { freezeMerged } from "./freeze.ts";
import { shareWith } from "./compact.ts";
import { clearReadCache } from "./read-cache.ts";
import { compactEntityContribution, indexOfArticle, storedPatch } from "./stored.ts";
import type { Contribution } from "../../domain/merge.ts";
import type { Entity } from "../../domain/types.ts";
import { ITEM_KINDS, NODE_ATTRIBUTES, edgeAttributes, type ItemKind, type MemoryState } from "./state.ts";

/** Replaces, in place, the contribution the changing article just made to an entity by its compact form. */
function compactNew(contribs: Contribution<Entity>[], articleId: string): void {
  const index = indexOfArticle(contribs, articleId);
  if (index >= 0) contribs[index] = compactEntityContribution(contribs, index);
}

function commitKind<K extends ItemKind>(state: MemoryState, change: Change, kind: K): void {
  const contributions = state.contributions[kind];
  const merged = state.merged[kind];
  for (const [id, contribs] of change.next[kind]) {
    if (contribs.length === 0) {
      if (kind === "entity") indexCountry(state, id, merged.get(id) as Entity | undefined, undefined);
      contributions.delete(id);
      merged.delete(id);
      continue;
    }
    // An article new to this item that sorts after all its others only adds to the merged item: extending it
    // is the same fold without redoing the earlier steps (an official named in a thousand articles).
    const before = contributions.get(id);
    const previous = merged.get(id);
    const last = contribs[contribs.length - 1];
    const appended =
      before !== undefined &&
      previous !== undefined &&
      last !== undefined &&
      contribs.length === before.length + 1 &&
      last.articleId === change.articleId;
    if (kind === "entity") compactNew(contribs as Contribution<Entity>[], change.articleId);
    // Trimmed: the list planning grew by splice keeps spare room, and most items have one contribution.
    contributions.set(id, contribs.length === 1 ? contribs.slice() : contribs);
    const item = appended ? EXTENDERS[kind](previous, last.item) : MERGERS[kind](contribs);
    // Told by one article (most events): the merged item is that article's item, or shares its arrays.
    const only = contribs.length === 1 ? contribs[0] : undefined;
    const next = freezeMerged(only === undefined ? item : shareWith(item, only.item));
    if (kind === "entity") indexCountry(state, id, previous as Entity | undefined, next as Entity);
    merged.set(id, next);
  }
}

export function addTieEdges(state: MemoryState, kind: Exclude<ItemKind, "entity">, id: string): void {
  const graph = state.graph;
  graph.addNode(id, NODE_ATTRIBUTES[kind]);
  if (kind === "event") {
    const event = state.merged.event.get(id);
    if (event === undefined) return;
    for (const p of event.participants) graph.addEdge(p.entityId, id, edgeAttributes(p.role));
    if (event.location !== null) graph.addEdge(event.location, id, edgeAttributes("location"));
  } else if (kind === "relation") {
    const relation = state.merged.relation.get(id);
    if (relation === undefined) return;
    graph.addEdge(relation.source, id, edgeAttributes("source"));
    graph.addEdge(relation.target, id, edgeAttributes("target"));
  } else {
    const occupancy = state.merged.occupancy.get(id);
    if (occupancy === undefined) return;
    graph.addEdge(occupancy.personId, id, edgeAttributes("person"));
    if (occupancy.organizationId !== null)
      graph.addEdge(occupancy.organizationId, id, edgeAttributes("organization"));
  }
}

/** Keeps `byCountry` in step with an entity's merged country. */
export function indexCountry(
  state: MemoryState,
  id: string,
  before: Entity | undefined,
  after: Entity | undefined,
): void {
  const was = before?.country ?? null;
  const is = after?.country ?? null;
  if (was === is) return;
  if (was !== null) {
    const set = state.byCountry.get(was);
    set?.delete(id);
    if (set?.size === 0) state.byCountry.delete(was);
  }
  if (is !== null) {
    let set = state.byCountry.get(is);
    if (set === undefined) state.byCountry.set(is, (set = new Set()));
    set.add(id);
  }
}

/** Applies a change that planChange accepted; it cannot fail half-way on a valid plan. */
export function commitChange(state: MemoryState, change: Change): void {
  clearReadCache(state);
  for (const kind of ITEM_KINDS) commitKind(state, change, kind);
  const graph = state.graph;
  // Ties first come off the graph, then the entities that went, so no edge is left dangling; then the
  // entities that stay go in before the ties that point at them. A tie is rebuilt whole: cheaper to reason about.
  const ties = (["event", "relation", "occupancy"] as const).flatMap((kind) =>
    [...change.next[kind]].map(([id, contribs]) => ({ kind, id, stays: contribs.length > 0 })),
  );
  for (const tie of ties) if (graph.hasNode(tie.id)) graph.dropNode(tie.id);
  for (const [id, contribs] of change.next.entity) {
    if (contribs.length > 0) continue;
    if (graph.hasNode(id)) graph.dropNode(id);
    state.searchKeys.delete(id);
  }
  for (const [id, contribs] of change.next.entity) {
    const entity = state.merged.entity.get(id);
    if (contribs.length === 0 || entity === undefined) continue;
    if (!graph.hasNode(id)) graph.addNode(id, NODE_ATTRIBUTES.entity);
    state.searchKeys.set(id, [entity.name, ...entity.aliases].map(foldName));
  }
  for (const tie of ties) if (tie.stays) addTieEdges(state, tie.kind, tie.id);
  if (change.patch === null) state.patches.delete(change.articleId);
  else state.patches.set(change.articleId, storedPatch(change.patch));
}

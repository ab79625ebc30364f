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
import {
  ITEM_KINDS,
  NODE_ATTRIBUTES,
  attachTie,
  detachTie,
  edgeAttributes,
  type ItemKind,
  type MemoryState,
} from "./state.ts";

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
      if (kind === "entity") indexEntity(state, id, merged.get(id) as Entity | undefined, undefined);
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
    contributions.set(id, contribs);
    const item = appended ? EXTENDERS[kind](previous, last.item) : MERGERS[kind](contribs);
    // Told by one article (most events): the merged item is that article's item, or shares its arrays.
    const only = contribs.length === 1 ? contribs[0] : undefined;
    const next = freezeMerged(only === undefined ? item : shareWith(item, only.item));
    if (kind === "entity") indexEntity(state, id, previous as Entity | undefined, next as Entity);
    merged.set(id, next);
  }
}

export function addTieEdges(state: MemoryState, kind: Exclude<ItemKind, "entity">, id: string): void {
  const graph = state.graph;
  graph.addNode(id, NODE_ATTRIBUTES[kind]);
  const edge = (end: string, role: string) => {
    graph.addEdge(end, id, edgeAttributes(role));
    attachTie(state, id, end);
  };
  if (kind === "event") {
    const event = state.merged.event.get(id);
    if (event === undefined) return;
    for (const p of event.participants) edge(p.entityId, p.role);
    if (event.location !== null) edge(event.location, "location");
  } else if (kind === "relation") {
    const relation = state.merged.relation.get(id);
    if (relation === undefined) return;
    edge(relation.source, "source");
    edge(relation.target, "target");
  } else {
    const occupancy = state.merged.occupancy.get(id);
    if (occupancy === undefined) return;
    edge(occupancy.personId, "person");
    if (occupancy.organizationId !== null) edge(occupancy.organizationId, "organization");
  }
}

/**
 * Keeps the entity indexes in step with its merged form: `byCountry`, and the search keys, folded again only
 * when the name or the aliases changed (most articles that name an official add only evidence).
 */
export function indexEntity(
  state: MemoryState,
  id: string,
  before: Entity | undefined,
  after: Entity | undefined,
): void {
  indexCountry(state, id, before, after);
  if (after === undefined) state.searchKeys.delete(id);
  else if (before === undefined || !sameSpellings(before, after)) {
    state.searchKeys.set(id, [after.name, ...after.aliases].map(foldName));
  }
}

function sameSpellings(a: Entity, b: Entity): boolean {
  return (
    a.name === b.name &&
    a.aliases.length === b.aliases.length &&
    a.aliases.every((alias, i) => alias === b.aliases[i])
  );
}

/** Keeps `byCountry` in step with an entity's merged country. */
function indexCountry(
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
  for (const tie of ties) {
    if (!graph.hasNode(tie.id)) continue;
    detachTie(state, tie.id, graph.neighbors(tie.id));
    graph.dropNode(tie.id);
  }
  for (const [id, contribs] of change.next.entity) {
    if (contribs.length > 0) continue;
    if (graph.hasNode(id)) graph.dropNode(id);
    state.tiesOf.delete(id);
  }
  for (const [id, contribs] of change.next.entity) {
    const entity = state.merged.entity.get(id);
    if (contribs.length === 0 || entity === undefined) continue;
    if (!graph.hasNode(id)) graph.addNode(id, NODE_ATTRIBUTES.entity);
  }
  for (const tie of ties) if (tie.stays) addTieEdges(state, tie.kind, tie.id);
  if (change.patch === null) state.patches.delete(change.articleId);
  else state.patches.set(change.articleId, storedPatch(change.patch));
}

// Plans one change (apply or retract an article) against the state without touching it: the contributions
// every touched item will have, checked so that no reference dangles and no id changes kind.
import { ConflictError, InvalidInputError } from "../../domain/errors.ts";
import { withContribution, type Contribution } from "../../domain/merge.ts";
import type { GraphPatch } from "../../domain/types.ts";
import type { ApplyResult, RetractResult } from "../graph-store.ts";
import {
  ITEM_KINDS,
  TIE_KINDS,
  patchItems,
  referencesOf,
  type ItemKind,
  type ItemOf,
} from "../../domain/items.ts";
import type { MemoryState } from "./state.ts";
import type { StoredPatch } from "./stored.ts";

export type NextContributions = { [K in ItemKind]: Map<string, Contribution<ItemOf[K]>[]> };

export interface Change {
  articleId: string;
  /** The article's new patch, or null when it is retracted. */
  patch: GraphPatch | null;
  /** Every touched item's contributions after the change; an empty list means the item disappears. */
  next: NextContributions;
}

type IdLists = { entities: string[]; events: string[]; occupancies: string[]; relations: string[] };
const LIST_OF: Record<ItemKind, keyof IdLists> = {
  entity: "entities",
  event: "events",
  occupancy: "occupancies",
  relation: "relations",
};

function planKind<K extends ItemKind>(
  state: MemoryState,
  kind: K,
  articleId: string,
  before: StoredPatch | undefined,
  after: GraphPatch | null,
): Map<string, Contribution<ItemOf[K]>[]> {
  const next = new Map<string, Contribution<ItemOf[K]>[]>();
  const current = state.contributions[kind];
  for (const id of before === undefined ? [] : before.ids[kind]) {
    next.set(id, withContribution(current.get(id) ?? [], articleId, null));
  }
  for (const item of after === null ? [] : patchItems(after, kind)) {
    next.set(item.id, withContribution(current.get(item.id) ?? [], articleId, item));
  }
  return next;
}

function contributionsAfter<K extends ItemKind>(
  state: MemoryState,
  next: NextContributions,
  kind: K,
  id: string,
): readonly Contribution<ItemOf[K]>[] {
  return next[kind].get(id) ?? state.contributions[kind].get(id) ?? [];
}

export function planChange(
  state: MemoryState,
  articleId: string,
  patch: GraphPatch | null,
  where: string,
  /** False when replaying our own journal: those changes were checked when first written. */
  check = true,
): Change {
  const before = state.patches.get(articleId);
  const next: NextContributions = {
    entity: planKind(state, "entity", articleId, before, patch),
    event: planKind(state, "event", articleId, before, patch),
    occupancy: planKind(state, "occupancy", articleId, before, patch),
    relation: planKind(state, "relation", articleId, before, patch),
  };
  const exists = (kind: ItemKind, id: string): boolean =>
    contributionsAfter(state, next, kind, id).length > 0;

  if (!check) return { articleId, patch, next };
  if (patch !== null) {
    // An id names one thing: an entity here cannot be an event of another article.
    for (const kind of ITEM_KINDS) {
      for (const item of patchItems(patch, kind)) {
        const other = ITEM_KINDS.find((k) => k !== kind && exists(k, item.id));
        if (other !== undefined) {
          throw new InvalidInputError(
            `${where}: id "${item.id}" is a ${kind} here but a ${other} in the graph`,
          );
        }
      }
    }
    for (const kind of TIE_KINDS) {
      for (const item of patchItems(patch, kind)) {
        const missing = referencesOf(kind, item).find((ref) => !exists("entity", ref));
        if (missing !== undefined) {
          throw new InvalidInputError(`${where}: ${kind} "${item.id}" refers to unknown entity "${missing}"`);
        }
      }
    }
  }

  // An entity that loses its last contribution must not be left under another article's tie.
  for (const [entityId, contribs] of next.entity) {
    if (contribs.length > 0 || !state.graph.hasNode(entityId)) continue;
    state.graph.forEachNeighbor(entityId, (tieId, attributes) => {
      if (attributes.kind === "entity") return;
      const kind = attributes.kind;
      const holder = contributionsAfter(state, next, kind, tieId).find((c) =>
        referencesOf(kind, c.item).includes(entityId),
      );
      if (holder !== undefined) {
        throw new ConflictError(
          `${where}: entity "${entityId}" would disappear with article "${articleId}", ` +
            `but ${kind} "${tieId}" of article "${holder.articleId}" still refers to it`,
        );
      }
    });
  }
  return { articleId, patch, next };
}

/** Ids that appear and disappear with a change, and the ids of the article's items that stay. */
export function describeChange(
  state: MemoryState,
  change: Change,
): { created: IdLists; removed: IdLists; kept: string[] } {
  const created: IdLists = { entities: [], events: [], occupancies: [], relations: [] };
  const removed: IdLists = { entities: [], events: [], occupancies: [], relations: [] };
  const kept: string[] = [];
  for (const kind of ITEM_KINDS) {
    for (const [id, contribs] of change.next[kind]) {
      const existed = state.contributions[kind].has(id);
      if (contribs.length === 0 && existed) removed[LIST_OF[kind]].push(id);
      else if (contribs.length > 0 && !existed) created[LIST_OF[kind]].push(id);
      else if (contribs.length > 0) kept.push(id);
    }
  }
  return { created, removed, kept };
}

export function applyResult(state: MemoryState, change: Change): ApplyResult {
  return { articleId: change.articleId, created: describeChange(state, change).created, unchanged: false };
}

export function retractResult(state: MemoryState, change: Change): RetractResult {
  const { removed, kept } = describeChange(state, change);
  return { articleId: change.articleId, removed, kept };
}

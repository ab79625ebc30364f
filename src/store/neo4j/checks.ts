// The checks that make a planned change bad input or a conflict (the memory store's, with its errors), and the
// ids a change creates, removes and keeps.
import { ConflictError, InvalidInputError } from "../../domain/errors.ts";
import { byArticle, withContribution, type Contribution } from "../../domain/merge.ts";
import type { GraphPatch } from "../../domain/types.ts";
import type { ApplyResult, RetractResult } from "../graph-store.ts";
import { ITEM_KINDS, patchItems, referencesOf, type ItemKind, type ItemOf, type TieKind } from "./items.ts";
import type { AnyResult, StoredItem } from "./plan.ts";

const keyOf = (kind: ItemKind, id: string): string => `${kind}\u0000${id}`;

/** Whether an item of this kind and id exists after the change (the memory store's `exists`). */
function existsAfter(
  results: ReadonlyMap<string, AnyResult>,
  stored: ReadonlyMap<string, StoredItem>,
  kind: ItemKind,
  id: string,
): boolean {
  const result = results.get(keyOf(kind, id));
  return result === undefined ? stored.get(id)?.kind === kind : result.merged !== null;
}

const TIE_KINDS: readonly TieKind[] = ["event", "occupancy", "relation"];

function missingReference<K extends TieKind>(
  kind: K,
  after: GraphPatch,
  exists: (id: string) => boolean,
): { id: string; ref: string } | null {
  for (const item of patchItems(after, kind)) {
    const ref = referencesOf(kind, item).find((r) => !exists(r));
    if (ref !== undefined) return { id: item.id, ref };
  }
  return null;
}

/** The checks that make a patch bad input: an id that names something else in the graph, a reference to nothing. */
export function checkPatch(
  after: GraphPatch,
  results: readonly AnyResult[],
  stored: ReadonlyMap<string, StoredItem>,
  where: string,
): void {
  const byKey = new Map(results.map((r) => [keyOf(r.kind, r.id), r]));
  for (const kind of ITEM_KINDS) {
    for (const item of patchItems(after, kind)) {
      const other = ITEM_KINDS.find((k) => k !== kind && existsAfter(byKey, stored, k, item.id));
      if (other !== undefined) {
        throw new InvalidInputError(
          `${where}: id "${item.id}" is a ${kind} here but a ${other} in the graph`,
        );
      }
    }
  }
  for (const kind of TIE_KINDS) {
    const missing = missingReference(kind, after, (ref) => existsAfter(byKey, stored, "entity", ref));
    if (missing !== null) {
      throw new InvalidInputError(
        `${where}: ${kind} "${missing.id}" refers to unknown entity "${missing.ref}"`,
      );
    }
  }
}

/** Entities that lose their last contribution. */
export function vanishingEntities(results: readonly AnyResult[]): string[] {
  return results.filter((r) => r.kind === "entity" && r.existed && r.merged === null).map((r) => r.id);
}

/** A tie next to a vanishing entity, with its contributions before the change. */
export interface NeighbourTie<K extends TieKind> {
  entityId: string;
  kind: K;
  tieId: string;
  contributions: Contribution<ItemOf[K]>[];
}
export type AnyNeighbourTie = { [K in TieKind]: NeighbourTie<K> }[TieKind];

/** The article (other than this one) whose say about the tie still names the entity after the change, if any. */
function holderOf<K extends TieKind>(
  tie: NeighbourTie<K>,
  articleId: string,
  after: GraphPatch | null,
): string | null {
  const said = after === null ? undefined : patchItems(after, tie.kind).find((i) => i.id === tie.tieId);
  const next = withContribution(byArticle(tie.contributions), articleId, said ?? null);
  return next.find((c) => referencesOf(tie.kind, c.item).includes(tie.entityId))?.articleId ?? null;
}

/** Refuses (ConflictError) a change that would leave another article's tie pointing at a vanished entity. */
export function checkStranded(
  articleId: string,
  after: GraphPatch | null,
  neighbours: readonly AnyNeighbourTie[],
  where: string,
): void {
  for (const tie of neighbours) {
    const holder = holderOf(tie, articleId, after);
    if (holder !== null) {
      throw new ConflictError(
        `${where}: entity "${tie.entityId}" would disappear with article "${articleId}", ` +
          `but ${tie.kind} "${tie.tieId}" of article "${holder}" still refers to it`,
      );
    }
  }
}

type IdLists = ApplyResult["created"];

/** Ids that appear and disappear with a change, and the ids of the article's items that stay (memory's describeChange). */
export function describeResults(results: readonly AnyResult[]): {
  created: IdLists;
  removed: RetractResult["removed"];
  kept: string[];
} {
  const lists = (): IdLists => ({ entities: [], events: [], occupancies: [], relations: [] });
  const listOf = {
    entity: "entities",
    event: "events",
    occupancy: "occupancies",
    relation: "relations",
  } as const;
  const created = lists();
  const removed = lists();
  const kept: string[] = [];
  for (const r of results) {
    if (r.merged === null && r.existed) removed[listOf[r.kind]].push(r.id);
    else if (r.merged !== null && !r.existed) created[listOf[r.kind]].push(r.id);
    else if (r.merged !== null) kept.push(r.id);
  }
  return { created, removed, kept };
}

// Plans one change (apply or retract an article) from what the transaction read: which items it touches, how
// each one's merged form is computed, and the checks the memory store makes (ids changing kind, dangling
// references, entities stranded under another article's tie), with the same errors.
import { ConflictError, InvalidInputError } from "../../domain/errors.ts";
import { byArticle, compareStrings, withContribution, type Contribution } from "../../domain/merge.ts";
import type { GraphPatch } from "../../domain/types.ts";
import type { ApplyResult, RetractResult } from "../graph-store.ts";
import {
  EXTENDERS,
  ITEM_KINDS,
  MERGERS,
  patchItems,
  referencesOf,
  type ItemKind,
  type ItemOf,
  type TieKind,
} from "./items.ts";

/** An item as the graph holds it before the change. */
export interface StoredItem {
  kind: ItemKind;
  /** The greatest article id (code-unit order) among its contributions. */
  lastArticle: string;
}

/**
 * How an item's next merged form is found: `create` from this article's say alone; `extend` the stored merged
 * item with it (the article is new to the item and sorts after its others: the fold's next step, as the memory
 * store does); `merge` all contributions again (they must be read); `none` when nothing is left to say.
 */
export type Mode = "create" | "extend" | "merge" | "none";

export interface Plan<K extends ItemKind> {
  kind: K;
  id: string;
  /** Stored before the change, as this kind. */
  existed: boolean;
  /** What this article now says about it; null when it says nothing any more. */
  said: ItemOf[K] | null;
  mode: Mode;
}
export type AnyPlan = { [K in ItemKind]: Plan<K> }[ItemKind];

export interface Result<K extends ItemKind> extends Plan<K> {
  /** The merged item after the change; null when it disappears (or never was). */
  merged: ItemOf[K] | null;
  lastArticle: string | null;
}
export type AnyResult = { [K in ItemKind]: Result<K> }[ItemKind];

/** What the transaction read for the plans that need it: merged items (extend) and contributions (merge). */
export interface Loaded {
  merged: { [K in ItemKind]: Map<string, ItemOf[K]> };
  contributions: { [K in ItemKind]: Map<string, Contribution<ItemOf[K]>[]> };
}

export function emptyLoaded(): Loaded {
  return {
    merged: { entity: new Map(), event: new Map(), occupancy: new Map(), relation: new Map() },
    contributions: { entity: new Map(), event: new Map(), occupancy: new Map(), relation: new Map() },
  };
}

function planKind<K extends ItemKind>(
  kind: K,
  articleId: string,
  before: GraphPatch | null,
  after: GraphPatch | null,
  stored: ReadonlyMap<string, StoredItem>,
): Plan<K>[] {
  const said = new Map<string, ItemOf[K]>();
  for (const item of after === null ? [] : patchItems(after, kind)) said.set(item.id, item);
  const oldIds = new Set((before === null ? [] : patchItems(before, kind)).map((i) => i.id));
  const ids = [...oldIds, ...[...said.keys()].filter((id) => !oldIds.has(id))];
  return ids.map((id) => {
    const existed = stored.get(id)?.kind === kind;
    const item = said.get(id) ?? null;
    const last = stored.get(id)?.lastArticle ?? "";
    let mode: Mode;
    if (!existed) mode = item === null ? "none" : "create";
    else if (item !== null && !oldIds.has(id) && compareStrings(last, articleId) < 0) mode = "extend";
    else mode = "merge";
    return { kind, id, existed, said: item, mode };
  });
}

/** The items a change touches, per kind in the memory store's order: the old version's items, then the new one's. */
export function planItems(
  articleId: string,
  before: GraphPatch | null,
  after: GraphPatch | null,
  stored: ReadonlyMap<string, StoredItem>,
): AnyPlan[] {
  const plans: AnyPlan[] = [];
  plans.push(...planKind("entity", articleId, before, after, stored));
  plans.push(...planKind("event", articleId, before, after, stored));
  plans.push(...planKind("occupancy", articleId, before, after, stored));
  plans.push(...planKind("relation", articleId, before, after, stored));
  return plans;
}

function resolveOne<K extends ItemKind>(plan: Plan<K>, articleId: string, loaded: Loaded): Result<K> {
  const { kind, said } = plan;
  const done = (merged: ItemOf[K] | null, lastArticle: string | null): Result<K> => ({
    ...plan,
    merged,
    lastArticle,
  });
  switch (plan.mode) {
    case "none":
      return done(null, null);
    case "create":
      return said === null ? done(null, null) : done(MERGERS[kind]([{ articleId, item: said }]), articleId);
    case "extend": {
      const previous = loaded.merged[kind].get(plan.id);
      if (previous === undefined || said === null) {
        throw new Error(`store/neo4j: the merged ${kind} "${plan.id}" was not read`);
      }
      return done(EXTENDERS[kind](previous, said), articleId);
    }
    case "merge": {
      const next = withContribution(
        byArticle(loaded.contributions[kind].get(plan.id) ?? []),
        articleId,
        said,
      );
      const last = next[next.length - 1];
      return last === undefined ? done(null, null) : done(MERGERS[kind](next), last.articleId);
    }
  }
}

export function resolvePlan(plan: AnyPlan, articleId: string, loaded: Loaded): AnyResult {
  switch (plan.kind) {
    case "entity":
      return resolveOne(plan, articleId, loaded);
    case "event":
      return resolveOne(plan, articleId, loaded);
    case "occupancy":
      return resolveOne(plan, articleId, loaded);
    case "relation":
      return resolveOne(plan, articleId, loaded);
  }
}

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

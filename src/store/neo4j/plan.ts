// Plans one change (apply or retract an article) from what the transaction read: which items it touches, and
// how each one's merged form is computed, with the memory store's merge functions (checks.ts then checks it).
import { byArticle, compareStrings, withContribution, type Contribution } from "../../domain/merge.ts";
import type { GraphPatch } from "../../domain/types.ts";
import { EXTENDERS, MERGERS, patchItems, type ItemKind, type ItemOf } from "./items.ts";

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

// Snapshot format 2: the merged state itself, so that opening a store reads it back instead of replaying every
// patch through the merge. Records hold up to BATCH items each: first every graph node's item (its
// contributions, and its merged form when that is not simply its one contribution), in the graph's own node
// order so every adjacency list comes back in the same order; then the articles and the ids each told.
// Read back by state-restore.ts.
import { MERGE_RULES_VERSION, type Contribution } from "../../domain/merge.ts";
import type { Article, Entity } from "../../domain/types.ts";
import { STATE_FORMAT, type SnapshotContent } from "./snapshot.ts";
import { ITEM_KINDS, type ItemKind, type MemoryState } from "./state.ts";
import { EntityContribution } from "./stored.ts";

const BATCH = 1000;
/** Stands for "the merged item is its one contribution's item itself". */
export const SAME_AS_CONTRIBUTION = 0;
/** Stands for "merge the one contribution again" (an entity, or an item whose merge differs from what was told). */
export const MERGE_ONE = 1;

export type ItemTuple = [kind: number, contributions: unknown[], merged: unknown];
export type ArticleTuple = [article: Article, ...ids: string[][]];

function* batches<T>(items: Iterable<T>, key: string): Generator<string> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === BATCH) {
      yield JSON.stringify({ [key]: batch });
      batch = [];
    }
  }
  if (batch.length > 0) yield JSON.stringify({ [key]: batch });
}

/** An item's contributions, flat: [articleId, item, …]; an entity's as [articleId, fields or 0 (the previous one's), evidence, …]. */
function encodeContributions(kind: ItemKind, contribs: readonly Contribution<unknown>[]): unknown[] {
  const out: unknown[] = [];
  let previous: unknown = null;
  for (const c of contribs) {
    if (kind !== "entity") {
      out.push(c.articleId, c.item);
    } else if (c instanceof EntityContribution) {
      out.push(c.articleId, c.fields === previous ? 0 : c.fields, c.evidence);
      previous = c.fields;
    } else {
      const entity = c.item as Entity;
      out.push(c.articleId, { ...entity, evidence: [] }, entity.evidence);
      previous = null;
    }
  }
  return out;
}

function encodeMerged(kind: ItemKind, contribs: readonly Contribution<unknown>[], merged: object): unknown {
  if (contribs.length === 1) {
    return kind !== "entity" && contribs[0]?.item === merged ? SAME_AS_CONTRIBUTION : MERGE_ONE;
  }
  // The evidence is the contributions' own, folded again on read (foldedEvidence): written once, shared in memory.
  return { ...merged, evidence: [] };
}

function* itemTuples(state: MemoryState): Generator<ItemTuple> {
  for (const { node, attributes } of state.graph.nodeEntries()) {
    const kind = attributes.kind;
    const contribs = state.contributions[kind].get(node);
    const merged = state.merged[kind].get(node);
    if (contribs === undefined || merged === undefined) {
      throw new Error(`store/memory: graph node "${node}" has no ${kind} behind it`);
    }
    yield [
      ITEM_KINDS.indexOf(kind),
      encodeContributions(kind, contribs),
      encodeMerged(kind, contribs, merged),
    ];
  }
}

function* articleTuples(state: MemoryState): Generator<ArticleTuple> {
  for (const stored of state.patches.values()) {
    yield [stored.article, ...ITEM_KINDS.map((kind) => stored.ids[kind] as string[])];
  }
}

/** The state as snapshot content, produced batch by batch while it is written. */
export function stateSnapshot(state: MemoryState): SnapshotContent {
  const nodes = state.graph.order;
  const articles = state.patches.size;
  return {
    format: STATE_FORMAT,
    header: { mergeRules: MERGE_RULES_VERSION, nodes, articles },
    records: Math.ceil(nodes / BATCH) + Math.ceil(articles / BATCH),
    payloads: (function* () {
      yield* batches(itemTuples(state), "items");
      yield* batches(articleTuples(state), "articles");
    })(),
  };
}

// Snapshot format 2: the merged state itself, so that opening a store reads it back instead of replaying every
// patch through the merge. Records hold up to BATCH items each: first every graph node's item (its
// contributions, and its merged form when that is not simply its one contribution), in the graph's own node
// order so every adjacency list comes back in the same order; then the articles and the ids each told.
import { messageOf } from "../../domain/errors.ts";
import { foldName } from "../../domain/fold.ts";
import { MERGERS } from "../../domain/items.ts";
import { MERGE_RULES_VERSION, foldedEvidence, type Contribution } from "../../domain/merge.ts";
import type { Article, Entity, Evidence } from "../../domain/types.ts";
import { addTieEdges, indexCountry } from "./commit.ts";
import { internItem, shareWith } from "./compact.ts";
import { damagedStore } from "./files.ts";
import { deepFreeze, freezeMerged } from "./freeze.ts";
import { STATE_FORMAT, isRecord, type SnapshotContent } from "./snapshot.ts";
import { ITEM_KINDS, NODE_ATTRIBUTES, type ItemKind, type MemoryState } from "./state.ts";
import { EntityContribution, type StoredPatch } from "./stored.ts";

const BATCH = 1000;
/** Stands for "the merged item is its one contribution's item itself". */
const SAME_AS_CONTRIBUTION = 0;
/** Stands for "merge the one contribution again" (an entity, or an item whose merge differs from what was told). */
const MERGE_ONE = 1;

type ItemTuple = [kind: number, contributions: unknown[], merged: unknown];
type ArticleTuple = [article: Article, ...ids: string[][]];

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

export interface StateLoader {
  header(header: Record<string, unknown>): void;
  record(record: unknown): void;
  /** Checks that the snapshot held what its header announced. */
  finish(): void;
}

/** Reads a format-2 snapshot into an empty state. `where` names the file in errors. */
export function stateLoader(state: MemoryState, where: string, warn: (message: string) => void): StateLoader {
  let trustMerged = true;
  let expected = { nodes: -1, articles: -1 };
  let articles = 0;
  const damaged = (what: string) => damagedStore(`store/memory: snapshot ${where}: ${what}`);
  const restore = (tuple: unknown): void => {
    if (!Array.isArray(tuple) || tuple.length !== 3 || !Array.isArray(tuple[1])) throw damaged("bad item");
    const [code, flat, merged] = tuple as ItemTuple;
    const kind = ITEM_KINDS[code];
    if (kind === undefined || flat.length === 0) throw damaged("bad item");
    try {
      restoreItem(state, kind, flat, merged, trustMerged);
    } catch (error) {
      // The CRC held, so this is not torn bytes: a snapshot we cannot have written. Name it, do not guess.
      throw damaged(`an item of kind ${kind} cannot be read back (${messageOf(error)})`);
    }
  };
  const restoreArticle = (tuple: unknown): void => {
    if (!Array.isArray(tuple) || tuple.length !== 1 + ITEM_KINDS.length || !isRecord(tuple[0])) {
      throw damaged("bad article");
    }
    const [article, ...lists] = tuple as ArticleTuple;
    internItem(article, state.strings, false);
    // The ids share the strings of the items they name (read before the articles).
    const ids = Object.fromEntries(
      ITEM_KINDS.map((kind, i) => [
        kind,
        (lists[i] ?? []).map((id) => {
          const item = state.merged[kind].get(id);
          if (item === undefined) throw damaged(`article "${article.id}" names a missing ${kind} "${id}"`);
          return item.id;
        }),
      ]),
    ) as unknown as StoredPatch["ids"];
    state.patches.set(article.id, { article: deepFreeze(article), ids });
    articles += 1;
  };
  return {
    header(header) {
      expected = { nodes: Number(header.nodes), articles: Number(header.articles) };
      if (header.mergeRules !== MERGE_RULES_VERSION) {
        trustMerged = false;
        warn(
          `store/memory: snapshot ${where} was merged under other merge rules (${String(header.mergeRules)}, ` +
            `now ${MERGE_RULES_VERSION}): merging every item again from its contributions`,
        );
      }
    },
    record(record) {
      if (isRecord(record) && Array.isArray(record.items)) for (const t of record.items) restore(t);
      else if (isRecord(record) && Array.isArray(record.articles))
        for (const t of record.articles) restoreArticle(t);
      else throw damaged("a record that is neither items nor articles");
    },
    finish() {
      if (state.graph.order !== expected.nodes || articles !== expected.articles) {
        throw damaged(
          `holds ${state.graph.order} nodes and ${articles} articles, its header says ` +
            `${expected.nodes} and ${expected.articles}`,
        );
      }
    },
  };
}

function evidenceOf(c: Contribution<unknown>): readonly Evidence[] {
  return c instanceof EntityContribution ? c.evidence : (c.item as { evidence: Evidence[] }).evidence;
}

function decodeContributions(state: MemoryState, kind: ItemKind, flat: unknown[]): Contribution<unknown>[] {
  const out: Contribution<unknown>[] = [];
  const pool = state.strings;
  if (kind !== "entity") {
    for (let i = 0; i < flat.length; i += 2) {
      const item = flat[i + 1] as object;
      internItem(item, pool, true);
      out.push({ articleId: pool.intern(String(flat[i])), item: deepFreeze(item) });
    }
    return out;
  }
  let fields: Readonly<Entity> | null = null;
  for (let i = 0; i < flat.length; i += 3) {
    const own = flat[i + 1];
    if (own !== 0) {
      internItem(own as object, pool, false);
      fields = deepFreeze(own as Entity);
    }
    const evidence = flat[i + 2] as Evidence[];
    if (fields === null || !Array.isArray(evidence)) throw new TypeError("entity contribution");
    internItem(evidence, pool, false);
    out.push(new EntityContribution(pool.intern(String(flat[i])), fields, deepFreeze(evidence)));
  }
  return out;
}

function restoreItem(
  state: MemoryState,
  kind: ItemKind,
  flat: unknown[],
  stored: unknown,
  trustMerged: boolean,
): void {
  const contribs = decodeContributions(state, kind, flat);
  const first = contribs[0];
  if (first === undefined) throw new TypeError("no contribution");
  const told = (kind === "entity" ? (first as EntityContribution).fields : first.item) as { id: string };
  const id = told.id;
  const merge = MERGERS[kind] as (c: readonly Contribution<unknown>[]) => object;
  let merged: object;
  if (trustMerged && stored === SAME_AS_CONTRIBUTION && contribs.length === 1) {
    merged = first.item as object;
  } else if (!trustMerged || stored === MERGE_ONE) {
    // The same steps as commitChange: merge, then share what the merged item has in common with the one contribution.
    merged = merge(contribs);
    if (contribs.length === 1) merged = shareWith(merged, first.item as object);
  } else if (isRecord(stored)) {
    internItem(stored, state.strings, kind !== "entity");
    stored.id = id;
    stored.evidence = foldedEvidence(contribs.map(evidenceOf));
    merged = stored;
  } else {
    throw new TypeError(`item "${id}" has no merged form`);
  }
  merged = freezeMerged(merged);
  // Checked above by kind; the maps are typed per kind, which a loop over kinds cannot name.
  (state.contributions[kind] as Map<string, Contribution<unknown>[]>).set(id, contribs);
  (state.merged[kind] as Map<string, object>).set(id, merged);
  if (kind === "entity") {
    const entity = merged as Entity;
    indexCountry(state, id, undefined, entity);
    state.searchKeys.set(id, [entity.name, ...entity.aliases].map(foldName));
    state.graph.addNode(id, NODE_ATTRIBUTES.entity);
  } else {
    addTieEdges(state, kind, id);
  }
}

// Reads a format-2 snapshot (state-snapshot.ts) into an empty state: strings interned and items frozen as a
// load does, the country index, search keys and graph rebuilt, and nothing merged again unless the merge rules
// changed since it was written.
import { messageOf } from "../../domain/errors.ts";
import { MERGERS } from "../../domain/items.ts";
import { MERGE_RULES_VERSION, foldedEvidence, type Contribution } from "../../domain/merge.ts";
import type { Entity, Evidence } from "../../domain/types.ts";
import { addTieEdges, indexEntity } from "./commit.ts";
import { internItem, shareWith } from "./compact.ts";
import type { ContributionMap } from "./contribution-map.ts";
import { damagedStore } from "./files.ts";
import { deepFreeze, freezeMerged } from "./freeze.ts";
import { isRecord } from "./snapshot.ts";
import { MERGE_ONE, SAME_AS_CONTRIBUTION, type ArticleTuple, type ItemTuple } from "./state-snapshot.ts";
import { ITEM_KINDS, NODE_ATTRIBUTES, type ItemKind, type MemoryState } from "./state.ts";
import { EntityContribution, type StoredPatch } from "./stored.ts";

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
  (state.contributions[kind] as ContributionMap<unknown>).set(id, contribs);
  (state.merged[kind] as Map<string, object>).set(id, merged);
  if (kind === "entity") {
    const entity = merged as Entity;
    indexEntity(state, id, undefined, entity);
    state.graph.addNode(id, NODE_ATTRIBUTES.entity);
  } else {
    addTieEdges(state, kind, id);
  }
}

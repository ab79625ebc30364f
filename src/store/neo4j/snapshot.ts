// What a write transaction reads before it plans: the touched and referenced items, the merged items to
// extend, the contributions to fold again, and the ties next to entities about to vanish.
import type { ManagedTransaction } from "neo4j-driver";
import type { Contribution } from "../../domain/merge.ts";
import { decodeItem } from "./codec.ts";
import * as W from "./cypher/writes.ts";
import { isItemKind, type ItemKind, type ItemOf } from "./items.ts";
import type { AnyNeighbourTie } from "./checks.ts";
import { emptyLoaded, type Loaded, type StoredItem } from "./plan.ts";
import { rows } from "./session.ts";
import { nullableStringField, stringField } from "./values.ts";

export async function readStored(
  tx: ManagedTransaction,
  ids: string[],
  where: string,
): Promise<Map<string, StoredItem>> {
  const stored = new Map<string, StoredItem>();
  for (const record of await rows(tx, W.READ_STORED, { ids })) {
    const kind = stringField(record, "kind", where);
    if (!isItemKind(kind)) throw new Error(`${where}: stored item of unknown kind "${kind}"`);
    stored.set(stringField(record, "id", where), {
      kind,
      lastArticle: nullableStringField(record, "lastArticle", where) ?? "",
    });
  }
  return stored;
}

function addContribution<K extends ItemKind>(
  loaded: Loaded,
  kind: K,
  id: string,
  contribution: Contribution<ItemOf[K]>,
): void {
  const list = loaded.contributions[kind].get(id);
  if (list === undefined) loaded.contributions[kind].set(id, [contribution]);
  else list.push(contribution);
}

/** Merged items for the plans that extend them, contributions for those that merge again. */
export async function load(
  tx: ManagedTransaction,
  results: readonly { kind: ItemKind; id: string; mode: string }[],
  where: string,
): Promise<Loaded> {
  const loaded = emptyLoaded();
  const kindOf = new Map(results.map((r) => [r.id, r.kind]));
  const extend = results.filter((r) => r.mode === "extend").map((r) => r.id);
  const merge = results.filter((r) => r.mode === "merge").map((r) => r.id);
  if (extend.length > 0) {
    for (const record of await rows(tx, W.READ_MERGED, { ids: extend })) {
      const id = stringField(record, "id", where);
      const kind = kindOf.get(id);
      if (kind !== undefined) setMerged(loaded, kind, id, stringField(record, "json", where), where);
    }
  }
  if (merge.length > 0) {
    for (const record of await rows(tx, W.READ_CONTRIBUTIONS, { ids: merge })) {
      const id = stringField(record, "id", where);
      const kind = kindOf.get(id);
      if (kind === undefined) continue;
      const articleId = stringField(record, "articleId", where);
      const json = stringField(record, "json", where);
      loadContribution(loaded, kind, id, articleId, json, where);
    }
  }
  return loaded;
}

function setMerged(loaded: Loaded, kind: ItemKind, id: string, json: string, where: string): void {
  switch (kind) {
    case "entity":
      return void loaded.merged.entity.set(id, decodeItem(kind, json, where));
    case "event":
      return void loaded.merged.event.set(id, decodeItem(kind, json, where));
    case "occupancy":
      return void loaded.merged.occupancy.set(id, decodeItem(kind, json, where));
    case "relation":
      return void loaded.merged.relation.set(id, decodeItem(kind, json, where));
  }
}

function loadContribution(
  loaded: Loaded,
  kind: ItemKind,
  id: string,
  articleId: string,
  json: string,
  where: string,
): void {
  switch (kind) {
    case "entity":
      return addContribution(loaded, kind, id, { articleId, item: decodeItem(kind, json, where) });
    case "event":
      return addContribution(loaded, kind, id, { articleId, item: decodeItem(kind, json, where) });
    case "occupancy":
      return addContribution(loaded, kind, id, { articleId, item: decodeItem(kind, json, where) });
    case "relation":
      return addContribution(loaded, kind, id, { articleId, item: decodeItem(kind, json, where) });
  }
}

export async function readNeighbourTies(
  tx: ManagedTransaction,
  entityIds: string[],
  where: string,
): Promise<AnyNeighbourTie[]> {
  const ties = new Map<string, AnyNeighbourTie>();
  for (const record of await rows(tx, W.READ_NEIGHBOUR_TIES, { ids: entityIds })) {
    const entityId = stringField(record, "entityId", where);
    const tieId = stringField(record, "tieId", where);
    const kind = stringField(record, "kind", where);
    const articleId = stringField(record, "articleId", where);
    const json = stringField(record, "json", where);
    const key = `${entityId}\u0000${tieId}`;
    const tie = ties.get(key);
    switch (kind) {
      case "event": {
        const item = decodeItem(kind, json, where);
        if (tie?.kind === kind) tie.contributions.push({ articleId, item });
        else ties.set(key, { entityId, tieId, kind, contributions: [{ articleId, item }] });
        break;
      }
      case "occupancy": {
        const item = decodeItem(kind, json, where);
        if (tie?.kind === kind) tie.contributions.push({ articleId, item });
        else ties.set(key, { entityId, tieId, kind, contributions: [{ articleId, item }] });
        break;
      }
      case "relation": {
        const item = decodeItem(kind, json, where);
        if (tie?.kind === kind) tie.contributions.push({ articleId, item });
        else ties.set(key, { entityId, tieId, kind, contributions: [{ articleId, item }] });
        break;
      }
      default:
        throw new Error(`${where}: tie "${tieId}" of unknown kind "${kind}"`);
    }
  }
  return [...ties.values()];
}

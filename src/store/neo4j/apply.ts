// One change in one write transaction: lock, read what the plan needs, check, then write in batches.
// Throwing anywhere before the commit rolls everything back, so a refused patch leaves the graph as it was.
import type { ManagedTransaction } from "neo4j-driver";
import { NotFoundError } from "../../domain/errors.ts";
import type { Contribution } from "../../domain/merge.ts";
import { referencedEntityIds } from "../../domain/schema.ts";
import type { GraphPatch } from "../../domain/types.ts";
import {
  articleProps,
  decodeItem,
  decodePatch,
  entityProps,
  eventProps,
  occupancyProps,
  relationProps,
} from "./codec.ts";
import * as W from "./cypher/writes.ts";
import { isItemKind, tieEdges, type ItemKind, type ItemOf } from "./items.ts";
import {
  checkPatch,
  checkStranded,
  emptyLoaded,
  planItems,
  resolvePlan,
  vanishingEntities,
  type AnyNeighbourTie,
  type AnyResult,
  type Loaded,
  type StoredItem,
} from "./plan.ts";
import { rows, type Params } from "./session.ts";
import { nullableStringField, stringField } from "./values.ts";

export interface ChangeRequest {
  articleId: string;
  /** The checked patch, or null to retract the article. */
  patch: GraphPatch | null;
  /** JSON.stringify(patch): stored, and compared to tell an unchanged re-apply. */
  patchJson: string | null;
  where: string;
}

export type ChangeOutcome = { unchanged: true } | { unchanged: false; results: AnyResult[] };

async function run(tx: ManagedTransaction, query: string, params: Params): Promise<void> {
  await tx.run(query, params);
}

async function readStored(
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
async function load(
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

async function readNeighbourTies(
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

/** Node properties and tie edges of everything that stays, grouped for one UNWIND per kind. */
function writeBatches(results: readonly AnyResult[]) {
  const rowsOf = {
    entity: [] as Record<string, unknown>[],
    event: [] as Record<string, unknown>[],
    occupancy: [] as Record<string, unknown>[],
    relation: [] as Record<string, unknown>[],
  };
  const edges: { entity: string; tie: string; role: string }[] = [];
  const rehung: string[] = [];
  for (const r of results) {
    if (r.merged === null || r.lastArticle === null) continue;
    switch (r.kind) {
      case "entity":
        rowsOf.entity.push(entityProps(r.merged, r.lastArticle));
        continue;
      case "event":
        rowsOf.event.push(eventProps(r.merged, r.lastArticle));
        for (const e of tieEdges({ kind: "event", item: r.merged })) edges.push({ ...e, tie: r.id });
        break;
      case "occupancy":
        rowsOf.occupancy.push(occupancyProps(r.merged, r.lastArticle));
        for (const e of tieEdges({ kind: "occupancy", item: r.merged })) edges.push({ ...e, tie: r.id });
        break;
      case "relation":
        rowsOf.relation.push(relationProps(r.merged, r.lastArticle));
        for (const e of tieEdges({ kind: "relation", item: r.merged })) edges.push({ ...e, tie: r.id });
        break;
    }
    if (r.existed) rehung.push(r.id);
  }
  return { rowsOf, edges, rehung };
}

async function write(
  tx: ManagedTransaction,
  request: ChangeRequest,
  hadPatch: boolean,
  results: readonly AnyResult[],
): Promise<void> {
  const { articleId, patch, patchJson } = request;
  // Sent without waiting for each answer: the statements run in order within the transaction, and one round
  // trip for the batch beats one per statement.
  const sent: Promise<unknown>[] = [];
  const send = (query: string, params: Params) => sent.push(tx.run(query, params));
  // Items go before anything is (re)created: an id that changes kind within this article is a new node.
  const gone = results.filter((r) => r.merged === null && r.existed).map((r) => r.id);
  if (gone.length > 0) send(W.DELETE_ITEMS, { ids: gone });
  if (hadPatch) send(W.DELETE_SAYS, { articleId });
  const { rowsOf, edges, rehung } = writeBatches(results);
  if (rowsOf.entity.length > 0) send(W.UPSERT_ENTITIES, { rows: rowsOf.entity });
  if (rowsOf.event.length > 0) send(W.UPSERT_EVENTS, { rows: rowsOf.event });
  if (rowsOf.occupancy.length > 0) send(W.UPSERT_OCCUPANCIES, { rows: rowsOf.occupancy });
  if (rowsOf.relation.length > 0) send(W.UPSERT_RELATIONS, { rows: rowsOf.relation });
  if (rehung.length > 0) send(W.DELETE_TIE_EDGES, { ids: rehung });
  if (edges.length > 0) send(W.CREATE_TIE_EDGES, { edges });
  if (patch === null || patchJson === null) {
    send(W.DELETE_ARTICLE, { articleId });
  } else {
    send(W.UPSERT_ARTICLE, { props: articleProps(patch, patchJson) });
    const says = results
      .filter((r) => r.said !== null)
      .map((r) => ({ id: r.id, json: JSON.stringify(r.said) }));
    if (says.length > 0) send(W.CREATE_SAYS, { articleId, says });
  }
  await Promise.all(sent);
}

/** Applies (patch) or retracts (null) one article inside `tx`. */
export async function applyChange(tx: ManagedTransaction, request: ChangeRequest): Promise<ChangeOutcome> {
  const { articleId, patch, patchJson, where } = request;
  const locked = run(tx, W.LOCK_WRITES, { articleId });
  const beforeRecord = (await rows(tx, W.READ_PATCH, { articleId }))[0];
  await locked;
  const beforeJson = beforeRecord === undefined ? null : stringField(beforeRecord, "patch", where);
  if (patch !== null && beforeJson === patchJson) return { unchanged: true };
  if (patch === null && beforeJson === null) {
    throw new NotFoundError(`${where}: unknown article "${articleId}"`);
  }
  const before = beforeJson === null ? null : decodePatch(beforeJson, where);

  const touched = [
    ...new Set(
      [before, patch].flatMap((p) =>
        p === null ? [] : [...p.entities, ...p.events, ...p.occupancies, ...p.relations].map((i) => i.id),
      ),
    ),
  ];
  const refs = patch === null ? [] : [...referencedEntityIds(patch)];
  const stored = await readStored(tx, [...new Set([...touched, ...refs])], where);
  const plans = planItems(articleId, before, patch, stored);
  const loaded = await load(tx, plans, where);
  const results = plans.map((plan) => resolvePlan(plan, articleId, loaded));

  if (patch !== null) checkPatch(patch, results, stored, where);
  const vanishing = vanishingEntities(results);
  if (vanishing.length > 0)
    checkStranded(articleId, patch, await readNeighbourTies(tx, vanishing, where), where);

  await write(tx, request, before !== null, results);
  return { unchanged: false, results };
}

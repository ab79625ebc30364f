// One change in one write transaction: lock, read what the plan needs, check, then write in batches.
// Throwing anywhere before the commit rolls everything back, so a refused patch leaves the graph as it was.
import type { ManagedTransaction } from "neo4j-driver";
import { NotFoundError } from "../../domain/errors.ts";
import { referencedEntityIds } from "../../domain/schema.ts";
import type { GraphPatch } from "../../domain/types.ts";
import {
  articleProps,
  decodePatch,
  entityProps,
  eventProps,
  occupancyProps,
  relationProps,
} from "./codec.ts";
import * as W from "./cypher/writes.ts";
import { checkPatch, checkStranded, vanishingEntities } from "./checks.ts";
import { tieEdges } from "./items.ts";
import { planItems, resolvePlan, type AnyResult } from "./plan.ts";
import { rows, type Params } from "./session.ts";
import { load, readNeighbourTies, readStored } from "./snapshot.ts";
import { stringField } from "./values.ts";

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
  send(W.BUMP_VERSION, {});
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
  // Lock and read sent together (one round trip); awaited together so that when the connection drops, the
  // lock's rejection is handled too instead of surfacing as an unhandled rejection.
  const [, patchRows] = await Promise.all([
    run(tx, W.LOCK_WRITES, { articleId }),
    rows(tx, W.READ_PATCH, { articleId }),
  ]);
  const beforeRecord = patchRows[0];
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

// Merge candidates as MERGE_CANDIDATE relations: visible next to both persons, retracted with the article that saw them.
import type { GraphPatch, Relation } from "../domain/types.ts";
import type { GraphStore } from "../store/graph-store.ts";
import type { MergeCandidate } from "./persons.ts";
import { relationId } from "../domain/ids.ts";

/**
 * The relations for an article's merge candidates. A pair some other article has already recorded is not recorded
 * again (its relation already shows it), while a pair this article recorded before is: re-ingesting an article must
 * give the same patch, whatever other articles have added since.
 */
export async function candidateRelations(
  patch: GraphPatch,
  candidates: readonly MergeCandidate[],
  store: GraphStore,
): Promise<Relation[]> {
  const articleId = patch.article.id;
  const out: Relation[] = [];
  for (const c of candidates) {
    const [source, target] = [c.personId, c.candidateId].sort() as [string, string];
    const id = relationId("MERGE_CANDIDATE", source, target);
    if (out.some((r) => r.id === id)) continue;
    const recorded = (await store.relationsOf(c.candidateId)).find((r) => r.id === id);
    const byOthersOnly = recorded !== undefined && !recorded.evidence.some((e) => e.articleId === articleId);
    if (byOthersOnly) continue;
    out.push({ id, type: "MERGE_CANDIDATE", source, target, evidence: [c.evidence] });
  }
  // In id order: the same set found by ranking (first ingest) or read back (again) must read the same.
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The candidates this article recorded when it was first ingested, for a person it resolves the same way again. */
export async function recordedCandidates(
  store: GraphStore,
  personId: string,
  articleId: string,
): Promise<string[]> {
  const relations = await store.relationsOf(personId);
  return relations
    .filter((r) => r.type === "MERGE_CANDIDATE" && r.evidence.some((e) => e.articleId === articleId))
    .map((r) => (r.source === personId ? r.target : r.source));
}

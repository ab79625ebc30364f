// The one-way flow for one article: extract -> resolve against the graph -> apply to the store.
import type { ApplyResult, GraphStore } from "../store/graph-store.ts";
import { extractArticle, type ArticleMeta } from "../extract/index.ts";
import { resolvePatch } from "../resolve/index.ts";
import type { GraphPatch } from "../domain/types.ts";

export interface IngestResult extends ApplyResult {
  patch: GraphPatch;
}

export async function ingestArticle(
  store: GraphStore,
  text: string,
  meta: ArticleMeta,
): Promise<IngestResult> {
  const extracted = extractArticle(text, meta);
  const patch = await resolvePatch(extracted, store);
  const result = await store.applyPatch(patch);
  return { ...result, patch };
}

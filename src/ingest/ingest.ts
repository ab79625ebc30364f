// The one-way flow for one article: extract -> resolve against the graph -> apply to the store.
import type { ApplyResult, GraphStore } from "../store/graph-store.ts";
import type { ArticleMeta } from "../extract/index.ts";
import { checkAndExtract } from "./article-input.ts";
import { resolvePatch } from "../resolve/index.ts";
import type { GraphPatch } from "../domain/types.ts";
import { serialised } from "./write-lock.ts";

export interface IngestResult extends ApplyResult {
  patch: GraphPatch;
}

/**
 * Text + metadata -> the checked, extracted patch: in this thread, or in a worker pool (src/ingest/extract-pool.ts).
 * `where` names the input in error messages.
 */
export type Extractor = (where: string, text: string, meta: ArticleMeta) => Promise<GraphPatch>;

export const extractInline: Extractor = (where, text, meta) =>
  Promise.resolve().then(() => checkAndExtract(where, text, meta));

export interface IngestOptions {
  extract?: Extractor;
  /** Names the input in error messages (default the article id). */
  where?: string;
  /**
   * The store whose writes are queued one after another (default `store`). A caller that passes a wrapper of
   * the store (the API's per-request deadline) names the store itself here, so that all requests share a queue.
   */
  writeKey?: object;
}

/**
 * Ingests one article. Extraction runs in parallel with other ingests; resolving against the graph and
 * applying run one at a time per store, so two articles introducing the same new person make one node.
 */
export async function ingestArticle(
  store: GraphStore,
  text: string,
  meta: ArticleMeta,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const extracted = await (options.extract ?? extractInline)(
    options.where ?? meta.id ?? "article",
    text,
    meta,
  );
  return serialised(options.writeKey ?? store, async () => {
    const patch = await resolvePatch(extracted, store);
    const result = await store.applyPatch(patch);
    return { ...result, patch };
  });
}

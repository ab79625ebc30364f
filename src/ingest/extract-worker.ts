// The body of an extraction worker thread: takes {id, where, text, meta}, checks the text (src/ingest/article-input.ts),
// extracts, and answers {id, patch} or {id, error}.
import { parentPort } from "node:worker_threads";
import { isDiplographError, messageOf } from "../domain/errors.ts";
import type { GraphPatch } from "../domain/types.ts";
import type { ArticleMeta } from "../extract/index.ts";
import { checkAndExtract } from "./article-input.ts";

export interface ExtractRequest {
  id: number;
  /** Names the input in error messages (a path, "input.text"). */
  where: string;
  text: string;
  meta: ArticleMeta;
}

export type ExtractReply =
  { id: number; patch: GraphPatch } | { id: number; error: { code: string | null; message: string } };

parentPort?.on("message", (request: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { id: request.id, patch: checkAndExtract(request.where, request.text, request.meta) };
  } catch (error) {
    reply = {
      id: request.id,
      error: { code: isDiplographError(error) ? error.code : null, message: messageOf(error) },
    };
  }
  parentPort?.postMessage(reply);
});
parentPort?.postMessage({ ready: true });

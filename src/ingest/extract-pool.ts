// Extraction off the event loop: a small pool of worker threads running extractArticle, so a server keeps
// answering (/health, reads) while a long article is read, and a command can be interrupted mid-article.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { DiplographError, InvalidInputError, StoreUnavailableError } from "../domain/errors.ts";
import type { GraphPatch } from "../domain/types.ts";
import type { ArticleMeta } from "../extract/index.ts";
import type { ExtractReply, ExtractRequest } from "./extract-worker.ts";

/** Thrown to the callers still waiting when the pool is closed (the process is stopping). */
export class ExtractionAbortedError extends StoreUnavailableError {
  constructor() {
    super("extraction stopped: the process is shutting down");
  }
}

export interface ExtractPool {
  extract(where: string, text: string, meta: ArticleMeta): Promise<GraphPatch>;
  /** Stops every worker; extractions in flight or queued fail with ExtractionAbortedError. */
  close(): Promise<void>;
}

interface Task {
  request: Omit<ExtractRequest, "id">;
  resolve: (patch: GraphPatch) => void;
  reject: (error: Error) => void;
}

/** The worker's entry (a plain .js file that registers tsx before loading extract-worker.ts). */
const WORKER_ENTRY = new URL("./extract-worker-boot.js", import.meta.url);

/** One worker per spare core (at least one), so extraction never takes the core the event loop runs on. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

export function createExtractPool(size = defaultPoolSize()): ExtractPool {
  const idle: Worker[] = [];
  const busy = new Map<Worker, { id: number; task: Task }>();
  const queue: Task[] = [];
  let started = 0;
  let nextId = 1;
  let closed = false;

  const spawn = (): void => {
    started++;
    const worker = new Worker(WORKER_ENTRY);
    worker.on("message", (message: ExtractReply | { ready: true }) => {
      if ("ready" in message) {
        worker.unref();
        idle.push(worker);
        return pump();
      }
      const job = busy.get(worker);
      if (job === undefined || job.id !== message.id) return;
      busy.delete(worker);
      worker.unref(); // an idle worker does not keep the process alive
      idle.push(worker);
      if ("patch" in message) job.task.resolve(message.patch);
      else job.task.reject(errorFrom(message.error));
      pump();
    });
    worker.on("error", (error) => lose(worker, error));
    worker.on("exit", () => lose(worker, new Error("the extraction worker exited")));
  };

  /** A worker that died fails its task (not the others') and is replaced while there is work. */
  const lose = (worker: Worker, error: Error): void => {
    const job = busy.get(worker);
    busy.delete(worker);
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    started--;
    if (closed) return;
    job?.task.reject(new DiplographError("STORE_UNAVAILABLE", `extraction failed: ${error.message}`));
    pump();
  };

  const pump = (): void => {
    while (queue.length > 0 && idle.length > 0) {
      const worker = idle.pop() as Worker;
      const task = queue.shift() as Task;
      const id = nextId++;
      busy.set(worker, { id, task });
      worker.ref();
      worker.postMessage({ id, ...task.request } satisfies ExtractRequest);
    }
    if (queue.length > 0 && started < size) spawn();
  };

  return {
    extract(where, text, meta) {
      if (closed) return Promise.reject(new ExtractionAbortedError());
      return new Promise<GraphPatch>((resolve, reject) => {
        queue.push({ request: { where, text, meta }, resolve, reject });
        pump();
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const task of queue.splice(0)) task.reject(new ExtractionAbortedError());
      for (const { task } of busy.values()) task.reject(new ExtractionAbortedError());
      const workers = [...idle, ...busy.keys()];
      busy.clear();
      idle.length = 0;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** The worker's error as the family it came from: bad input stays BAD_USER_INPUT, the rest a plain Error. */
function errorFrom(error: { code: string | null; message: string }): Error {
  if (error.code === "BAD_USER_INPUT") return new InvalidInputError(error.message);
  return new Error(error.message);
}

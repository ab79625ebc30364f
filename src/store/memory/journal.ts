// The on-disk journal of a memory store: snapshot + append-only log of operations, each fsynced before it is acknowledged.
import { mkdir, open, stat, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { StoreUnavailableError } from "../../domain/errors.ts";
import type { GraphPatch } from "../../domain/types.ts";
import { damagedStore, errorCode, fsyncDirectory, writeAll } from "./files.ts";
import { lockDirectory, type DirectoryLock } from "./lock.ts";
import { encodeRecord, scanRecordFile } from "./records.ts";
import {
  isRecord,
  isStoredPatch,
  readSnapshot,
  removeUnfinishedSnapshot,
  writeSnapshotFile,
  type SnapshotContent,
  type SnapshotReader,
} from "./snapshot.ts";

export const LOG_FILE = "graph.log";

/** One acknowledged write. Since the graph is a function of the set of applied patches, these are all it takes. */
export type JournalOp = { op: "apply"; patch: GraphPatch } | { op: "retract"; articleId: string };

export interface Journal {
  /** Bytes of log since the last snapshot. */
  readonly logBytes: number;
  /** Appends one operation and fsyncs it; `patchJson` is JSON.stringify(op.patch) when the caller has it already. */
  append(op: JournalOp, patchJson?: string): Promise<void>;
  /** The format of the snapshot the store was opened from (null: none), so an old one can be rewritten. */
  readonly openedFormat: number | null;
  /** Writes a snapshot of the whole current state and starts an empty log. */
  compact(content: SnapshotContent): Promise<void>;
  /** Closes the log and releases the directory lock. */
  close(): Promise<void>;
}

export interface Replay extends SnapshotReader {
  /** The snapshot has been read whole (before any log record is replayed). */
  snapshotRead(format: number | null): void;
  op(op: JournalOp): void;
}

function parseOp(payload: string, path: string): { seq: number; op: JournalOp } {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch (cause) {
    throw damagedStore(`store/memory: ${path} holds a record that is not JSON`, cause);
  }
  if (isRecord(value) && typeof value.seq === "number") {
    if (value.op === "apply" && isStoredPatch(value.patch))
      return { seq: value.seq, op: { op: "apply", patch: value.patch } };
    if (value.op === "retract" && typeof value.articleId === "string") {
      return { seq: value.seq, op: { op: "retract", articleId: value.articleId } };
    }
  }
  throw damagedStore(`store/memory: ${path} holds a record that is not an operation`);
}

/**
 * Opens (creating if need be) the journal in `dir`: takes the lock, replays the snapshot then the log
 * records after it, and cuts away a torn last record. Sequence numbers make a crash between the rename of a
 * snapshot and the reset of the log harmless: records the snapshot already holds are skipped.
 */
export async function openJournal(
  dir: string,
  replay: Replay,
  warn: (message: string) => void,
): Promise<Journal> {
  await mkdir(dir, { recursive: true });
  const lock = await lockDirectory(dir);
  try {
    await removeUnfinishedSnapshot(dir);
    const { seq: snapshotSeq, format } = await readSnapshot(dir, replay);
    replay.snapshotRead(format);
    const path = join(dir, LOG_FILE);
    let lastSeq = snapshotSeq;
    const exists = await stat(path).then(
      () => true,
      (error: unknown) => (errorCode(error) === "ENOENT" ? false : Promise.reject(error)),
    );
    const scan = exists
      ? await scanRecordFile(path, (payload) => {
          const { seq, op } = parseOp(payload, path);
          if (seq <= snapshotSeq) return;
          if (seq !== lastSeq + 1) {
            throw damagedStore(`store/memory: ${path} jumps from operation ${lastSeq} to ${seq}`);
          }
          replay.op(op);
          lastSeq = seq;
        })
      : { records: 0, validBytes: 0, tail: "clean" as const };
    if (scan.tail === "damaged-middle") {
      throw damagedStore(
        `store/memory: ${path} is damaged before its end (after ${scan.records} sound records); ` +
          "not a crash, so nothing is cut away: restore the directory from a backup",
      );
    }
    const handle = await open(path, "a");
    if (scan.tail === "torn") {
      warn(
        `store/memory: ${path}: cut a torn last record after ${scan.records} sound records (a write that was never acknowledged)`,
      );
      await handle.truncate(scan.validBytes);
      await handle.sync();
    }
    if (!exists) await fsyncDirectory(dir);
    return journal(dir, handle, lock, lastSeq, scan.validBytes, format);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

function journal(
  dir: string,
  handle: FileHandle,
  lock: DirectoryLock,
  lastSeq: number,
  logBytes: number,
  openedFormat: number | null,
): Journal {
  // After a failed write that could not be undone, the log's end is unknown: refuse further writes.
  let broken: unknown = null;
  const unavailable = (what: string, cause: unknown): StoreUnavailableError =>
    new StoreUnavailableError(`store/memory: ${what} in ${dir} failed`, { cause });
  return {
    get logBytes() {
      return logBytes;
    },
    openedFormat,
    async append(op, patchJson) {
      if (broken !== null) throw unavailable("an earlier write", broken);
      const seq = lastSeq + 1;
      const payload =
        op.op === "apply"
          ? `{"seq":${seq},"op":"apply","patch":${patchJson ?? JSON.stringify(op.patch)}}`
          : JSON.stringify({ seq, op: "retract", articleId: op.articleId });
      const record = encodeRecord(payload);
      try {
        await writeAll(handle, record);
        await handle.datasync();
      } catch (error) {
        // Take back whatever part of the record reached the file, so the next record follows a sound one.
        await handle.truncate(logBytes).catch((truncateError: unknown) => {
          broken = truncateError;
        });
        throw unavailable("writing the log", error);
      }
      logBytes += record.length;
      lastSeq = seq;
    },
    async compact(content) {
      if (broken !== null) throw unavailable("an earlier write", broken);
      await writeSnapshotFile(dir, lastSeq, content);
      await handle.truncate(0);
      await handle.sync();
      logBytes = 0;
    },
    async close() {
      await handle.close();
      await lock.release();
    },
  };
}

// The snapshot file: a header record, then payload records, written to a temp file and renamed into place.
// Format 2 (state-snapshot.ts) holds the merged state itself, read back without replaying a merge; format 1
// (every applied patch) is still read, through the slow replay, so a store written by an older version opens.
import { open, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { GraphPatch } from "../../domain/types.ts";
import { damagedStore, fsyncDirectory, writeAll } from "./files.ts";
import { encodeRecord, scanRecordFile } from "./records.ts";

export const SNAPSHOT_FILE = "graph.snapshot";
const TEMP_SUFFIX = ".tmp";
/** Every applied patch, one per record. Read, no longer written by the store. */
export const PATCH_FORMAT = 1;
/** The merged state: articles, then each item's contributions in graph order (state-snapshot.ts). */
export const STATE_FORMAT = 2;
const FLUSH_BYTES = 1 << 22;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A patch read back from our own files. The check is shallow on purpose: the CRC proves these are the
 * bytes we wrote, and we wrote only patches that parsePatch had accepted; a full zod pass would make
 * opening a large store many times slower for no added safety.
 */
export function isStoredPatch(value: unknown): value is GraphPatch {
  return (
    isRecord(value) &&
    isRecord(value.article) &&
    typeof value.article.id === "string" &&
    Array.isArray(value.entities) &&
    Array.isArray(value.events) &&
    Array.isArray(value.occupancies) &&
    Array.isArray(value.relations)
  );
}

/** What a snapshot holds besides its sequence number: header fields, and the payloads (JSON texts) that follow. */
export interface SnapshotContent {
  format: number;
  header: Record<string, unknown>;
  /** `records` payloads, produced one at a time so the whole snapshot never sits in memory. */
  records: number;
  payloads: Iterable<string>;
}

/** Writes the snapshot atomically: temp file, fsync, rename over the old one, fsync of the directory. */
export async function writeSnapshotFile(dir: string, seq: number, content: SnapshotContent): Promise<void> {
  const path = join(dir, SNAPSHOT_FILE);
  const temp = path + TEMP_SUFFIX;
  const handle = await open(temp, "w");
  try {
    const header = { ...content.header, format: content.format, seq, records: content.records };
    let chunks: Buffer[] = [encodeRecord(JSON.stringify(header))];
    let size = 0;
    for (const payload of content.payloads) {
      const record = encodeRecord(payload);
      chunks.push(record);
      size += record.length;
      if (size >= FLUSH_BYTES) {
        await writeAll(handle, Buffer.concat(chunks));
        chunks = [];
        size = 0;
      }
    }
    await writeAll(handle, Buffer.concat(chunks));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, path);
  await fsyncDirectory(dir);
}

/** A format-1 snapshot of `patches` (as older versions wrote): for tests of reading old stores. */
export async function writeSnapshot(
  dir: string,
  seq: number,
  count: number,
  patches: Iterable<GraphPatch>,
): Promise<void> {
  await writeSnapshotFile(dir, seq, {
    format: PATCH_FORMAT,
    header: { articles: count },
    records: count,
    payloads: (function* () {
      for (const patch of patches) yield JSON.stringify(patch);
    })(),
  });
}

/** A temp file is a compaction that did not finish; the snapshot it was to replace is still whole. */
export async function removeUnfinishedSnapshot(dir: string): Promise<void> {
  await rm(join(dir, SNAPSHOT_FILE + TEMP_SUFFIX), { force: true });
}

export interface SnapshotReader {
  /** A format-1 record: one applied patch. */
  patch(patch: GraphPatch): void;
  /** The header of a format-2 snapshot, before its first record. */
  stateHeader(header: Record<string, unknown>): void;
  /** A format-2 record (already JSON-parsed); throws a damagedStore error if it is not one. */
  state(record: unknown): void;
}

/**
 * Reads the snapshot into `reader`; returns its sequence number (0 when there is none) and format. Any damage
 * is fatal: the log was reset when this snapshot was renamed into place, so the log alone would miss writes.
 */
export async function readSnapshot(
  dir: string,
  reader: SnapshotReader,
): Promise<{ seq: number; format: number | null }> {
  const path = join(dir, SNAPSHOT_FILE);
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (!exists) return { seq: 0, format: null };
  let seq: number | null = null;
  let format = 0;
  let expected = 0;
  let seen = 0;
  const scan = await scanRecordFile(path, (payload) => {
    const value: unknown = JSON.parse(payload);
    if (seq === null) {
      if (!isRecord(value) || typeof value.seq !== "number" || typeof value.format !== "number") {
        throw damagedStore(`store/memory: ${path} does not start with a snapshot header`);
      }
      if (value.format !== PATCH_FORMAT && value.format !== STATE_FORMAT) {
        throw damagedStore(
          `store/memory: ${path} is in format ${value.format}, which this version cannot read ` +
            `(it reads ${PATCH_FORMAT} and ${STATE_FORMAT}): open it with the version that wrote it`,
        );
      }
      seq = value.seq;
      format = value.format;
      const count = format === PATCH_FORMAT ? value.articles : value.records;
      expected = typeof count === "number" ? count : -1;
      if (format === STATE_FORMAT) reader.stateHeader(value);
      return;
    }
    seen += 1;
    if (format === STATE_FORMAT) return reader.state(value);
    if (!isStoredPatch(value)) throw damagedStore(`store/memory: ${path} holds a record that is not a patch`);
    reader.patch(value);
  });
  if (scan.tail !== "clean" || seq === null || seen !== expected) {
    throw damagedStore(
      `store/memory: snapshot ${path} is damaged (${seen} of ${expected} records readable); ` +
        "it was renamed into place whole, so the disk or someone else changed it",
    );
  }
  return { seq, format };
}

// The snapshot: every applied patch at one log sequence number, written to a temp file and renamed into place.
import { open, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { GraphPatch } from "../../domain/types.ts";
import { damagedStore, fsyncDirectory, writeAll } from "./files.ts";
import { encodeRecord, scanRecordFile } from "./records.ts";

export const SNAPSHOT_FILE = "graph.snapshot";
const TEMP_SUFFIX = ".tmp";
const FORMAT = 1;
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

/** Writes the snapshot atomically: temp file, fsync, rename over the old one, fsync of the directory. */
export async function writeSnapshot(
  dir: string,
  seq: number,
  count: number,
  patches: Iterable<GraphPatch>,
): Promise<void> {
  const path = join(dir, SNAPSHOT_FILE);
  const temp = path + TEMP_SUFFIX;
  const handle = await open(temp, "w");
  try {
    let chunks: Buffer[] = [encodeRecord(JSON.stringify({ format: FORMAT, seq, articles: count }))];
    let size = 0;
    for (const patch of patches) {
      const record = encodeRecord(JSON.stringify(patch));
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

/** A temp file is a compaction that did not finish; the snapshot it was to replace is still whole. */
export async function removeUnfinishedSnapshot(dir: string): Promise<void> {
  await rm(join(dir, SNAPSHOT_FILE + TEMP_SUFFIX), { force: true });
}

/** Reads the snapshot into `onPatch`; returns its sequence number (0 when there is none). Any damage is fatal. */
export async function readSnapshot(dir: string, onPatch: (patch: GraphPatch) => void): Promise<number> {
  const path = join(dir, SNAPSHOT_FILE);
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (!exists) return 0;
  let seq: number | null = null;
  let expected = 0;
  let seen = 0;
  const scan = await scanRecordFile(path, (payload) => {
    const value: unknown = JSON.parse(payload);
    if (seq === null) {
      if (!isRecord(value) || value.format !== FORMAT || typeof value.seq !== "number") {
        throw damagedStore(`store/memory: ${path} does not start with a snapshot header`);
      }
      seq = value.seq;
      expected = typeof value.articles === "number" ? value.articles : -1;
      return;
    }
    if (!isStoredPatch(value)) throw damagedStore(`store/memory: ${path} holds a record that is not a patch`);
    seen += 1;
    onPatch(value);
  });
  if (scan.tail !== "clean" || seq === null || seen !== expected) {
    throw damagedStore(
      `store/memory: snapshot ${path} is damaged (${seen} of ${expected} patches readable); ` +
        "it was renamed into place whole, so the disk or someone else changed it",
    );
  }
  return seq;
}

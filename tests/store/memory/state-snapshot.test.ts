// The state snapshot (format 2): the merged graph written at close and read back without replaying the merge.
// An older patch-format snapshot still opens (with one warning) and is rewritten; an unknown format, a damaged
// snapshot or one written under other merge rules is named, never guessed at; a kill in the middle of writing
// a snapshot leaves the previous snapshot and the log, and nothing acknowledged is lost.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { GraphPatch } from "../../../src/domain/types.ts";
import { createMemoryStore } from "../../../src/store/memory/index.ts";
import { decodeLine, encodeRecord } from "../../../src/store/memory/records.ts";
import { SNAPSHOT_FILE, writeSnapshot } from "../../../src/store/memory/snapshot.ts";
import { readBack } from "../contract.ts";
import { expectCode } from "../contract/harness.ts";
import { fixturePatches, patchA, patchB } from "../fixtures.ts";
import { randomGraph } from "../random-graph.fixtures.ts";
import { startWriter } from "./child.ts";
import { crashPatch } from "./crash-patches.ts";

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "diplograph-state-"));
  dirs.push(dir);
  return dir;
}

async function inMemory(patches: readonly GraphPatch[]): Promise<unknown> {
  const store = await createMemoryStore();
  for (const p of patches) await store.applyPatch(p);
  const out = await readBack(store);
  await store.close();
  return out;
}

/** Opens the store in `dir`, reads everything back, closes it; with the warnings it gave. */
async function reopen(dir: string): Promise<{ read: unknown; warnings: string[] }> {
  const warnings: string[] = [];
  const store = await createMemoryStore({ dataDir: dir, warn: (m) => warnings.push(m) });
  try {
    return { read: await readBack(store), warnings };
  } finally {
    await store.close();
  }
}

/** The snapshot's header record, parsed. */
async function header(dir: string): Promise<Record<string, unknown>> {
  const bytes = await readFile(join(dir, SNAPSHOT_FILE));
  const payload = decodeLine(bytes.subarray(0, bytes.indexOf(0x0a)));
  if (payload === null) throw new Error("no header");
  return JSON.parse(payload) as Record<string, unknown>;
}

/** Rewrites the header record (a sound record with its own CRC), keeping the rest of the file. */
async function rewriteHeader(dir: string, change: (h: Record<string, unknown>) => void): Promise<void> {
  const path = join(dir, SNAPSHOT_FILE);
  const bytes = await readFile(path);
  const h = await header(dir);
  change(h);
  await writeFile(
    path,
    Buffer.concat([encodeRecord(JSON.stringify(h)), bytes.subarray(bytes.indexOf(0x0a) + 1)]),
  );
}

async function storeOf(dir: string, patches: readonly GraphPatch[]): Promise<void> {
  const store = await createMemoryStore({ dataDir: dir });
  for (const p of patches) await store.applyPatch(p);
  await store.close();
}

describe("memory store: the state snapshot", () => {
  it("reads back the same graph, with retractions and re-applied articles, and writes format 2", async () => {
    const dir = await tempDir();
    const { patches } = randomGraph();
    const store = await createMemoryStore({ dataDir: dir });
    for (const p of patches) await store.applyPatch(p);
    for (const p of patches.slice(-4).reverse()) await store.retractArticle(p.article.id);
    const kept = patches.slice(0, -4);
    await store.applyPatch(patches.at(-1) as GraphPatch);
    kept.push(patches.at(-1) as GraphPatch);
    await store.close();
    expect(await header(dir)).toMatchObject({ format: 2 });
    const { read, warnings } = await reopen(dir);
    expect(warnings).toEqual([]);
    expect(read).toEqual(await inMemory(kept));
  });

  it("opens an older patch-format snapshot with one warning, and rewrites it in the state format", async () => {
    const dir = await tempDir();
    await writeSnapshot(dir, 2, 2, [patchA(), patchB()]);
    const first = await reopen(dir);
    expect(first.warnings).toHaveLength(1);
    expect(first.warnings[0]).toMatch(/older patch format/);
    expect(first.read).toEqual(await inMemory([patchA(), patchB()]));
    expect(await header(dir)).toMatchObject({ format: 2, seq: 2 });
    const second = await reopen(dir);
    expect(second.warnings).toEqual([]);
    expect(second.read).toEqual(first.read);
  });

  it("refuses a snapshot in a format it does not know, naming it", async () => {
    const dir = await tempDir();
    await storeOf(dir, fixturePatches());
    await rewriteHeader(dir, (h) => (h.format = 9));
    const error: unknown = await createMemoryStore({ dataDir: dir }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "STORE_UNAVAILABLE", retriable: false });
    expect(String((error as Error).message)).toMatch(/format 9/);
  });

  it("refuses a damaged state snapshot rather than open without what it held", async () => {
    const dir = await tempDir();
    await storeOf(dir, fixturePatches());
    const path = join(dir, SNAPSHOT_FILE);
    const bytes = await readFile(path);
    bytes[bytes.length - 40] = (bytes[bytes.length - 40] ?? 0) ^ 0x20;
    await writeFile(path, bytes);
    await expectCode(createMemoryStore({ dataDir: dir }), "STORE_UNAVAILABLE");
    // A sound record that does not hold what the header announced is damage too.
    await storeOf(await tempDir(), fixturePatches());
    const other = dirs.at(-1) as string;
    await rewriteHeader(other, (h) => (h.nodes = Number(h.nodes) + 1));
    await expectCode(createMemoryStore({ dataDir: other }), "STORE_UNAVAILABLE");
  });

  it("merges every item again, with one warning, when the snapshot was merged under other rules", async () => {
    const dir = await tempDir();
    const { patches } = randomGraph();
    await storeOf(dir, patches);
    await rewriteHeader(dir, (h) => (h.mergeRules = 0));
    const { read, warnings } = await reopen(dir);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/merge rules/);
    expect(read).toEqual(await inMemory(patches));
  });

  it("keeps the previous snapshot and the log when killed in the middle of writing a snapshot", async () => {
    const dir = await tempDir();
    const first = Array.from({ length: 20 }, (_, i) => crashPatch(`article:before-${i}`));
    await storeOf(dir, first);
    const before = await readFile(join(dir, SNAPSHOT_FILE));
    // Kill as soon as the temp snapshot appears; a close that outruns the kill is tried again with more to write.
    let killedMidway = false;
    const written: string[] = [];
    for (let round = 0; round < 5 && !killedMidway; round++) {
      const writer = startWriter(["close", dir, `article:round${round}`, String(100 * (round + 1))]);
      await writer.waitFor((lines) => lines.includes("closing"));
      while (!existsSync(join(dir, `${SNAPSHOT_FILE}.tmp`)) && writer.child.exitCode === null) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      writer.child.kill("SIGKILL");
      await writer.exited;
      written.push(
        ...writer.lines.filter((l) => l.startsWith("ack apply")).map((l) => l.split(" ")[2] ?? ""),
      );
      killedMidway = !writer.lines.includes("closed") && existsSync(join(dir, `${SNAPSHOT_FILE}.tmp`));
      if (killedMidway) expect(await readFile(join(dir, SNAPSHOT_FILE))).toEqual(before);
    }
    expect(killedMidway, "no kill landed inside a snapshot write").toBe(true);
    const { read, warnings } = await reopen(dir);
    expect(warnings).toEqual([]);
    expect(existsSync(join(dir, `${SNAPSHOT_FILE}.tmp`))).toBe(false);
    expect(read).toEqual(await inMemory([...first, ...written.map((id) => crashPatch(id))].sort(byArticle)));
  }, 120_000);
});

function byArticle(a: GraphPatch, b: GraphPatch): number {
  return a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0;
}

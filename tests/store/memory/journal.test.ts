// The memory store on disk (snapshots here are written in the older patch format, which the store still
// reads; the state format has its own tests): reopen after close, snapshot + log composition by sequence number, torn-tail
// repair, refusal of damage that is not a crash, compaction, the directory lock, and a closed store.
import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { GraphPatch } from "../../../src/domain/types.ts";
import { createMemoryStore } from "../../../src/store/memory/index.ts";
import { LOG_FILE } from "../../../src/store/memory/journal.ts";
import { encodeRecord } from "../../../src/store/memory/records.ts";
import { SNAPSHOT_FILE, writeSnapshot } from "../../../src/store/memory/snapshot.ts";
import { readBack } from "../contract.ts";
import { expectCode } from "../contract/harness.ts";
import { ARTICLES, fixturePatches, patchA, patchB, patchC } from "../fixtures.ts";
import { startWriter } from "./child.ts";

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "diplograph-journal-"));
  dirs.push(dir);
  return dir;
}

const size = async (path: string) => (await stat(path)).size;
const applyRecord = (seq: number, patch: GraphPatch) =>
  encodeRecord(JSON.stringify({ seq, op: "apply", patch }));
const retractRecord = (seq: number, articleId: string) =>
  encodeRecord(JSON.stringify({ seq, op: "retract", articleId }));

async function articlesIn(dir: string, warn?: (m: string) => void): Promise<string[]> {
  const store = await createMemoryStore({ dataDir: dir, ...(warn ? { warn } : {}) });
  try {
    return (await store.listArticles()).map((a) => a.id);
  } finally {
    await store.close();
  }
}

async function expected(patches: GraphPatch[]): Promise<unknown> {
  const store = await createMemoryStore();
  for (const p of patches) await store.applyPatch(p);
  return readBack(store);
}

describe("memory store: on disk", () => {
  it("reopens after close with everything, from a snapshot and an empty log", async () => {
    const dir = await tempDir();
    const store = await createMemoryStore({ dataDir: dir });
    for (const p of fixturePatches()) await store.applyPatch(p);
    await store.retractArticle(ARTICLES.b);
    await store.close();
    expect(await size(join(dir, LOG_FILE))).toBe(0);
    expect(await size(join(dir, SNAPSHOT_FILE))).toBeGreaterThan(0);

    const again = await createMemoryStore({ dataDir: dir });
    expect(await readBack(again)).toEqual(await expected([patchA(), patchC()]));
    await again.applyPatch(patchB());
    await again.close();
    const third = await createMemoryStore({ dataDir: dir });
    expect(await readBack(third)).toEqual(await expected(fixturePatches()));
    await third.close();
  });

  it("compacts when the log passes its threshold, and reopens the same", async () => {
    const dir = await tempDir();
    const store = await createMemoryStore({ dataDir: dir, compactAfterBytes: 1 });
    for (const p of fixturePatches()) await store.applyPatch(p);
    expect(await size(join(dir, LOG_FILE))).toBe(0);
    const written = await readBack(store);
    await store.close();
    const again = await createMemoryStore({ dataDir: dir });
    expect(await readBack(again)).toEqual(written);
    await again.close();
  });

  it("skips log records a snapshot already holds (a crash between its rename and the log reset)", async () => {
    const dir = await tempDir();
    await writeSnapshot(dir, 3, 1, [patchB()]);
    await writeFile(
      join(dir, LOG_FILE),
      Buffer.concat([
        applyRecord(1, patchA()),
        applyRecord(2, patchB()),
        retractRecord(3, ARTICLES.a),
        applyRecord(4, patchC()),
      ]),
    );
    const warnings: string[] = [];
    expect(await articlesIn(dir, (m) => warnings.push(m))).toEqual([ARTICLES.b, ARTICLES.c]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/older patch format/);
  });

  it("refuses a log that skips operations after the snapshot", async () => {
    const dir = await tempDir();
    await writeSnapshot(dir, 1, 1, [patchA()]);
    await writeFile(join(dir, LOG_FILE), applyRecord(3, patchC()));
    await expectCode(createMemoryStore({ dataDir: dir, warn: () => undefined }), "STORE_UNAVAILABLE");
  });

  it("cuts a torn last record away with a warning, and keeps every whole one", async () => {
    const dir = await tempDir();
    expect((await startWriter(["exit", dir, "article:torn", "3"]).exited).code).toBe(0);
    const log = join(dir, LOG_FILE);
    const sound = await size(log);
    const next = applyRecord(4, patchA());
    await appendFile(log, next.subarray(0, next.length >> 1));
    const warnings: string[] = [];
    const store = await createMemoryStore({ dataDir: dir, warn: (m) => warnings.push(m) });
    expect(await size(log)).toBe(sound);
    expect(await store.listArticles()).toHaveLength(3);
    expect(warnings).toHaveLength(1);
    await store.close();
    expect(await articlesIn(dir)).toHaveLength(3);
  }, 30_000);

  it("drops a damaged last record (indistinguishable from a torn one)", async () => {
    const dir = await tempDir();
    expect((await startWriter(["exit", dir, "article:flip", "3"]).exited).code).toBe(0);
    const log = join(dir, LOG_FILE);
    const bytes = await readFile(log);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0x20;
    await writeFile(log, bytes);
    const warnings: string[] = [];
    expect(await articlesIn(dir, (m) => warnings.push(m))).toEqual(["article:flip-0", "article:flip-1"]);
    expect(warnings).toHaveLength(1);
  }, 30_000);

  it("refuses to open a log damaged before its end, and leaves it as it was", async () => {
    const dir = await tempDir();
    const log = join(dir, LOG_FILE);
    const bytes = Buffer.concat([
      applyRecord(1, patchA()),
      applyRecord(2, patchB()),
      applyRecord(3, patchC()),
    ]);
    bytes[40] = (bytes[40] ?? 0) ^ 0x20;
    await writeFile(log, bytes);
    await expectCode(createMemoryStore({ dataDir: dir }), "STORE_UNAVAILABLE");
    const error: unknown = await createMemoryStore({ dataDir: dir }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "STORE_UNAVAILABLE", retriable: false });
    expect(await readFile(log)).toEqual(bytes);
  });

  it("refuses a damaged snapshot", async () => {
    const dir = await tempDir();
    await writeSnapshot(dir, 2, 2, [patchA(), patchB()]);
    const path = join(dir, SNAPSHOT_FILE);
    await writeFile(path, (await readFile(path)).subarray(0, 200));
    await expectCode(createMemoryStore({ dataDir: dir }), "STORE_UNAVAILABLE");
  });

  it("ignores the temp file of a compaction that did not finish", async () => {
    const dir = await tempDir();
    await writeSnapshot(dir, 1, 1, [patchA()]);
    await writeFile(join(dir, `${SNAPSHOT_FILE}.tmp`), "half a snapshot");
    expect(await articlesIn(dir, () => undefined)).toEqual([ARTICLES.a]);
  });
});

describe("memory store: the directory lock", () => {
  it("refuses a second store on the same directory in the same process", async () => {
    const dir = await tempDir();
    const store = await createMemoryStore({ dataDir: dir });
    await expectCode(createMemoryStore({ dataDir: dir }), "CONFLICT");
    await store.close();
    await (await createMemoryStore({ dataDir: dir })).close();
  });

  it("refuses a directory another process holds, and takes it over once that process is killed", async () => {
    const dir = await tempDir();
    const holder = startWriter(["hold", dir]);
    await holder.waitFor((lines) => lines.includes("ready"));
    await expectCode(createMemoryStore({ dataDir: dir }), "CONFLICT");
    holder.child.kill("SIGKILL");
    await holder.exited;
    const store = await createMemoryStore({ dataDir: dir });
    await store.close();
  }, 30_000);
});

describe("memory store: closed", () => {
  it("refuses calls after close, and closing twice is harmless", async () => {
    const store = await createMemoryStore();
    await store.applyPatch(patchA());
    await Promise.all([store.close(), store.close()]);
    await store.close();
    await expectCode(store.getEntity("x"), "STORE_UNAVAILABLE");
    await expectCode(store.applyPatch(patchB()), "STORE_UNAVAILABLE");
  });
});

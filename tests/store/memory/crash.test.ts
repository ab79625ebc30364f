// Crash safety for real: a child process writing to the store is SIGKILLed mid-write, again and again;
// the reopened store must hold every acknowledged operation and be exactly the graph of its articles.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/store/memory/index.ts";
import { readBack } from "../contract.ts";
import { startWriter } from "./child.ts";
import { crashPatch } from "./crash-patches.ts";

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "diplograph-crash-"));
  dirs.push(dir);
  return dir;
}

/** What the acknowledgements promise: for each article, present or absent; and the one op that may or may not have landed. */
function promised(lines: readonly string[]): { state: Map<string, boolean>; inFlight: string | null } {
  const state = new Map<string, boolean>();
  let inFlight: string | null = null;
  for (const line of lines) {
    const [kind, op, id] = line.split(" ");
    if (id === undefined) continue;
    if (kind === "begin") inFlight = id;
    if (kind === "ack") {
      state.set(id, op === "apply");
      inFlight = null;
    }
  }
  return { state, inFlight };
}

describe("memory store: crash safety", () => {
  it("loses nothing acknowledged and corrupts nothing when killed mid-write, round after round", async () => {
    const dir = await tempDir();
    const expected = new Map<string, boolean>();
    const maybe = new Set<string>();
    const ROUNDS = 6;
    for (let round = 0; round < ROUNDS; round++) {
      // A small compaction threshold so kills also land inside snapshots and log resets.
      const writer = startWriter(["loop", dir, `article:r${round}`, String(64 * 1024)]);
      const acks = 10 + round * 7;
      await writer.waitFor((lines) => lines.filter((l) => l.startsWith("ack")).length >= acks);
      // A random pause, so the kill lands anywhere: in a write, an fsync, a snapshot, between two operations.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 25));
      writer.child.kill("SIGKILL");
      const { signal } = await writer.exited;
      expect(signal).toBe("SIGKILL");
      const { state, inFlight } = promised(writer.lines);
      for (const [id, present] of state) expected.set(id, present);
      if (inFlight !== null) maybe.add(inFlight);
    }

    const warnings: string[] = [];
    const store = await createMemoryStore({ dataDir: dir, warn: (m) => warnings.push(m) });
    try {
      const present = new Set((await store.listArticles()).map((a) => a.id));
      for (const [id, shouldBe] of expected) {
        if (maybe.has(id)) continue;
        expect(present.has(id), `${id} acknowledged as ${shouldBe ? "applied" : "retracted"}`).toBe(shouldBe);
      }
      for (const id of present)
        expect(expected.has(id) || maybe.has(id), `${id} was never written`).toBe(true);
      // Not corrupt: the store is exactly the graph of the articles it holds.
      const reference = await createMemoryStore();
      for (const id of [...present].sort()) await reference.applyPatch(crashPatch(id));
      expect(await readBack(store)).toEqual(await readBack(reference));
      await reference.close();
    } finally {
      await store.close();
    }
  }, 120_000);

  it("keeps what a process acknowledged before it exited without closing the store", async () => {
    const dir = await tempDir();
    const writer = startWriter(["exit", dir, "article:exit", "5"]);
    expect((await writer.exited).code).toBe(0);
    const store = await createMemoryStore({ dataDir: dir });
    try {
      expect((await store.listArticles()).map((a) => a.id)).toEqual(
        [0, 1, 2, 3, 4].map((i) => `article:exit-${i}`),
      );
      expect(await store.getEvent("event:article:exit-4:11")).not.toBeNull();
    } finally {
      await store.close();
    }
  }, 60_000);
});

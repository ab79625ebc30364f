// A child process for the persistence tests: writes to a memory store until told to stop or killed,
// printing each operation before it starts and once it is acknowledged.
//   loop DIR PREFIX COMPACT_BYTES   apply patches (and retract every fourth one) until killed
//   exit DIR PREFIX COUNT           apply COUNT patches, then exit without closing the store
//   close DIR PREFIX COUNT          apply COUNT patches, then close the store (which writes its snapshot)
//   hold DIR                        open the store and wait (to hold its lock)
import { createMemoryStore } from "../../../src/store/memory/index.ts";
import { crashPatch } from "./crash-patches.ts";

const [mode, dir, prefix = "article:crash", third = "0"] = process.argv.slice(2);
if (mode === undefined || dir === undefined) throw new Error("usage: crash-writer MODE DIR [PREFIX N]");
const say = (line: string) => process.stdout.write(`${line}\n`);

if (mode === "hold") {
  await createMemoryStore({ dataDir: dir });
  say("ready");
  setInterval(() => undefined, 1 << 30);
} else if (mode === "exit") {
  const store = await createMemoryStore({ dataDir: dir });
  for (let i = 0; i < Number(third); i++) {
    const id = `${prefix}-${i}`;
    await store.applyPatch(crashPatch(id));
    say(`ack apply ${id}`);
  }
  process.exit(0);
} else if (mode === "close") {
  // Apply COUNT patches into the log, then close: the close writes the snapshot (to be killed in the middle).
  const store = await createMemoryStore({ dataDir: dir, compactAfterBytes: Number.MAX_SAFE_INTEGER });
  for (let i = 0; i < Number(third); i++) {
    const id = `${prefix}-${i}`;
    await store.applyPatch(crashPatch(id));
    say(`ack apply ${id}`);
  }
  say("closing");
  await store.close();
  say("closed");
} else if (mode === "loop") {
  const store = await createMemoryStore({ dataDir: dir, compactAfterBytes: Number(third) });
  say("ready");
  const applied: string[] = [];
  for (let i = 0; i < 100_000; i++) {
    if (i % 4 === 3 && applied.length > 0) {
      const id = applied.splice((i * 7) % applied.length, 1)[0] ?? "";
      say(`begin retract ${id}`);
      await store.retractArticle(id);
      say(`ack retract ${id}`);
    } else {
      const id = `${prefix}-${i}`;
      say(`begin apply ${id}`);
      await store.applyPatch(crashPatch(id));
      applied.push(id);
      say(`ack apply ${id}`);
    }
  }
} else {
  throw new Error(`crash-writer: unknown mode ${mode}`);
}

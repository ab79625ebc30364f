// Runs the GraphStore contract on the memory store, in memory and on disk.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { describeStore } from "./contract.ts";

describeStore("memory (in memory)", async () => {
  const store = await createMemoryStore({ dataDir: null });
  return { store, cleanup: () => store.close() };
});

describeStore("memory (on disk)", async () => {
  const dir = await mkdtemp(join(tmpdir(), "diplograph-contract-"));
  const store = await createMemoryStore({ dataDir: dir });
  return {
    store,
    async cleanup() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});

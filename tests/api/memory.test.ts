// The API suite against the embedded memory store.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { describeApi } from "./api-suite.ts";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describeApi("memory", async () => {
  const dataDir = await mkdtemp(join(tmpdir(), "diplograph-api-"));
  dirs.push(dataDir);
  return createMemoryStore({ dataDir });
});

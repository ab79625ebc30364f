// Temporary directories for a test file, removed when the file's tests are done: one helper, so no suite leaves
// its stores, articles or logs behind in the OS temp directory (CI machines and developers' /tmp fill up).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

const made = new Set<string>();

// Registered when a test file first imports this module, so it runs after that file's own afterAll hooks
// have closed the stores and stopped the children that write into these directories.
afterAll(async () => {
  await Promise.all([...made].map((dir) => rm(dir, { recursive: true, force: true })));
  made.clear();
});

/** A new empty directory under the OS temp directory, removed after the current test file. */
export async function tempDir(prefix = "diplograph-test-"): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

// One suite at a time on the run's Neo4j: Community has a single user database, and suites that empty it
// between tests run in parallel forks. A lock directory (atomic mkdir) next to the OS temp files, per port.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";

/** Long enough for another file's whole Neo4j suite to finish first. */
export const EXCLUSIVE_WAIT_MS = 15 * 60_000;
const POLL_MS = 200;
/** A lock without its owner file yet is someone between mkdir and write, unless it is older than this. */
const OWNERLESS_GRACE_MS = 5_000;

function lockDir(uri: string): string {
  return join(tmpdir(), `diplograph-neo4j-${uri.replace(/[^A-Za-z0-9]+/g, "-")}.lock`);
}

function errnoCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
    ? error.code
    : undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but is not ours.
    return errnoCode(error) === "EPERM";
  }
}

/** True when the lock's owner is gone (so the lock may be broken). */
function stale(dir: string): boolean {
  try {
    const pid = Number(readFileSync(join(dir, "owner"), "utf8"));
    return Number.isInteger(pid) && pid > 0 && !alive(pid);
  } catch {
    try {
      return Date.now() - statSync(dir).mtimeMs > OWNERLESS_GRACE_MS;
    } catch {
      return false;
    }
  }
}

/** Waits for the lock on the Neo4j at `uri`; resolves to its release. */
export async function lockNeo4j(uri: string, waitMs = EXCLUSIVE_WAIT_MS): Promise<() => void> {
  const dir = lockDir(uri);
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, "owner"), String(process.pid));
      // A fork that dies without its afterAll must not keep the others waiting.
      const onExit = () => rmSync(dir, { recursive: true, force: true });
      process.once("exit", onExit);
      return () => {
        process.off("exit", onExit);
        onExit();
      };
    } catch (error) {
      if (errnoCode(error) !== "EEXIST") throw error;
      if (stale(dir)) {
        rmSync(dir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(`tests/neo4j: waited ${waitMs} ms for the Neo4j lock ${dir}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}

/** Inside a describe (after describeWithNeo4j's start-up hook): holds the lock from beforeAll to afterAll. */
export function useExclusiveNeo4j(uri: string): void {
  let release: (() => void) | undefined;
  beforeAll(async () => {
    release = await lockNeo4j(uri);
  }, EXCLUSIVE_WAIT_MS + 10_000);
  afterAll(() => {
    release?.();
    release = undefined;
  });
}

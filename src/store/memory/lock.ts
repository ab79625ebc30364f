// One process per data directory: a LOCK file holding the owner's pid, taken over only when that process is gone.
import { link, readFile, unlink, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ConflictError } from "../../domain/errors.ts";
import { errorCode } from "./files.ts";

export const LOCK_FILE = "LOCK";

/**
 * The LOCK paths this process holds. A LOCK naming our own pid that is not in here was left by an earlier
 * process that had the same pid: a container restarted after a crash runs its server as pid 1 again.
 */
const held = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errorCode(error) === "EPERM";
  }
}

async function ownerOf(path: string): Promise<number | null> {
  try {
    const pid = Number.parseInt((await readFile(path, "utf8")).trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch (error) {
    if (errorCode(error) === "ENOENT") return null;
    throw error;
  }
}

/** The data directory is held by a live process (a running server, another command). */
export class StoreLockedError extends ConflictError {
  readonly owner: number | null;
  readonly dir: string;
  constructor(dir: string, owner: number | null, message: string) {
    super(message);
    this.dir = dir;
    this.owner = owner;
  }
}

export interface DirectoryLock {
  release(): Promise<void>;
}

/**
 * Takes the lock of `dir` or throws a ConflictError naming the process that holds it. A lock left by a
 * process that died (a crash, a kill) is taken over, also when that process had our pid. The same process
 * opening the directory twice is refused too: two stores writing one log would corrupt it.
 */
export async function lockDirectory(dir: string): Promise<DirectoryLock> {
  const path = resolve(dir, LOCK_FILE);
  // The pid is written to a file of our own and linked into place: link() is atomic and fails if LOCK
  // exists, so nobody ever sees a LOCK without its pid.
  const mine = `${path}.${process.pid}`;
  await writeFile(mine, `${process.pid}\n`);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(mine, path);
        held.add(path);
        return {
          async release() {
            if (!held.delete(path)) return;
            if ((await ownerOf(path)) === process.pid) await unlink(path);
          },
        };
      } catch (error) {
        if (errorCode(error) !== "EEXIST") throw error;
      }
      const owner = await ownerOf(path);
      const stale = owner === process.pid ? !held.has(path) : owner === null || !isAlive(owner);
      if (!stale) {
        throw new StoreLockedError(
          dir,
          owner,
          `data directory "${dir}" is in use by process ${owner ?? "?"} (${path})`,
        );
      }
      await unlink(path).catch((error: unknown) => {
        if (errorCode(error) !== "ENOENT") throw error;
      });
    }
  } finally {
    await unlink(mine).catch(() => undefined);
  }
  throw new StoreLockedError(dir, null, `could not take the lock of data directory "${dir}" (${path})`);
}

// One process per data directory: a LOCK file holding the owner's pid, taken over only when that process is gone.
import { link, readFile, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ConflictError } from "../../domain/errors.ts";
import { errorCode } from "./files.ts";

export const LOCK_FILE = "LOCK";

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

export interface DirectoryLock {
  release(): Promise<void>;
}

/**
 * Takes the lock of `dir` or throws a ConflictError naming the process that holds it. A lock left by a
 * process that died (a crash, a kill) is taken over. The same process opening the directory twice is
 * refused too: two stores writing one log would corrupt it.
 */
export async function lockDirectory(dir: string): Promise<DirectoryLock> {
  const path = join(dir, LOCK_FILE);
  // The pid is written to a file of our own and linked into place: link() is atomic and fails if LOCK
  // exists, so nobody ever sees a LOCK without its pid.
  const mine = `${path}.${process.pid}`;
  await writeFile(mine, `${process.pid}\n`);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(mine, path);
        return {
          async release() {
            if ((await ownerOf(path)) === process.pid) await unlink(path);
          },
        };
      } catch (error) {
        if (errorCode(error) !== "EEXIST") throw error;
      }
      const owner = await ownerOf(path);
      if (owner !== null && isAlive(owner)) {
        throw new ConflictError(
          `store/memory: data directory "${dir}" is in use by process ${owner} (${path})`,
        );
      }
      await unlink(path).catch((error: unknown) => {
        if (errorCode(error) !== "ENOENT") throw error;
      });
    }
  } finally {
    await unlink(mine).catch(() => undefined);
  }
  throw new ConflictError(`store/memory: could not take the lock of data directory "${dir}" (${path})`);
}

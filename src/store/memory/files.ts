// Small durable-file helpers: whole writes, directory fsync, and the error shape for a damaged data directory.
import { open, type FileHandle } from "node:fs/promises";
import { DiplographError } from "../../domain/errors.ts";

/** Writes all of `buf` (a write may be short) at the handle's position, or at the end in append mode. */
export async function writeAll(handle: FileHandle, buf: Buffer): Promise<void> {
  let done = 0;
  while (done < buf.length) {
    const { bytesWritten } = await handle.write(buf, done, buf.length - done);
    done += bytesWritten;
  }
}

/** Makes a rename or a new file in `dir` durable: the directory entry itself must reach the disk. */
export async function fsyncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Damage that a restart cannot fix: someone must look at the data directory. Not retriable. */
export function damagedStore(message: string, cause?: unknown): DiplographError {
  return new DiplographError("STORE_UNAVAILABLE", message, { cause, retriable: false });
}

export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;
}

// Runs crash-writer.ts in a child Node process (through tsx) and follows what it prints.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const WRITER = fileURLToPath(new URL("./crash-writer.ts", import.meta.url));

export interface Writer {
  readonly child: ChildProcess;
  readonly lines: string[];
  /** Resolves once a printed line passes `test` (or rejects if the child ends first). */
  waitFor(test: (lines: readonly string[]) => boolean): Promise<void>;
  /** Resolves with the exit code (null) and signal once the child is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

export function startWriter(args: string[]): Writer {
  const child = spawn(process.execPath, ["--import", "tsx", WRITER, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const waiters: { test: (lines: readonly string[]) => boolean; resolve(): void; reject(e: Error): void }[] =
    [];
  let stderr = "";
  let partial = "";
  const check = () => {
    for (const w of [...waiters]) {
      if (w.test(lines)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    const parts = (partial + chunk).split("\n");
    partial = parts.pop() ?? "";
    lines.push(...parts);
    check();
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => {
      child.on("exit", (code, signal) => {
        for (const w of waiters.splice(0))
          w.reject(new Error(`writer ended (${code ?? signal}) before: ${stderr}`));
        resolve({ code, signal, stderr });
      });
    },
  );
  return {
    child,
    lines,
    exited,
    waitFor(test) {
      if (test(lines)) return Promise.resolve();
      return new Promise((resolve, reject) => waiters.push({ test, resolve, reject }));
    },
  };
}

// Runs the real `diplograph` command (src/bin.js) as a child process: one-shot commands and a server to stop.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../../src/bin.js", import.meta.url));
export const TOKEN = "reliability-token-0123456789";

export interface Done {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export { tempDir } from "../temp-dir.ts";

/** The environment of a child: no inherited diplograph settings, then `env`. */
export function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith("DIPLOGRAPH_") && !k.startsWith("NEO4J_") && k !== "GRAPH_STORE" && k !== "PORT",
    ),
  );
  return { ...clean, NODE_ENV: "production", ...env };
}

export interface Child {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves once stderr or stdout holds a line matching `pattern` (rejects if the child exits first). */
  waitFor(pattern: RegExp, ms?: number): Promise<void>;
  exited: Promise<Done>;
}

export function start(args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: childEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  const listeners = new Set<() => void>();
  child.stdout?.on("data", (d: Buffer) => {
    out += d.toString();
    for (const l of listeners) l();
  });
  child.stderr?.on("data", (d: Buffer) => {
    err += d.toString();
    for (const l of listeners) l();
  });
  const exited = new Promise<Done>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout: out, stderr: err })),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor(pattern, ms = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(out) || pattern.test(err)) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`timed out waiting for ${pattern}; stderr:\n${err}`));
        }, ms);
        listeners.add(check);
        void exited.then(() => {
          if (listeners.has(check)) {
            listeners.delete(check);
            clearTimeout(timer);
            if (!pattern.test(out) && !pattern.test(err))
              reject(new Error(`exited before ${pattern}; stderr:\n${err}`));
            else resolve();
          }
        });
        check();
      });
    },
  };
}

/** Runs a command to its end. */
export function run(args: string[], env: Record<string, string>): Promise<Done> {
  return start(args, env).exited;
}

/** A TCP port free right now on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A running `diplograph serve --no-seed` on its own port and data directory. */
export async function startServer(dir: string, env: Record<string, string> = {}) {
  const port = await freePort();
  const server = start(["serve", "--no-seed"], { DIPLOGRAPH_DATA_DIR: dir, PORT: String(port), ...env });
  await server.waitFor(/GraphQL at http/);
  return { ...server, port, url: `http://127.0.0.1:${port}/graphql` };
}

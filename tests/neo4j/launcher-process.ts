// One launcher JVM: spawn it, wait for its READY line, stop it. launcher.ts builds the public API on this.
import { spawn, type ChildProcess } from "node:child_process";
import { Socket } from "node:net";
import { createInterface } from "node:readline";
import { javaCommand } from "./build.ts";

/** Every launcher failure; tests assert on the class, not on the message. */
export class Neo4jLauncherError extends Error {
  override name = "Neo4jLauncherError";
}

const STOP_GRACE_MS = 30_000;
const STDERR_TAIL_LINES = 40;

export interface Settings {
  classpath: string;
  port: number;
  dataDir: string;
  user: string;
  password: string;
  heap: string;
  pageCache: string;
  readyTimeoutMs: number;
}

export interface Running {
  child: ChildProcess;
  exited: Promise<void>;
}

function jvmArgs(settings: Settings): string[] {
  return [
    `-Xms${settings.heap}`,
    `-Xmx${settings.heap}`,
    "-XX:+ExitOnOutOfMemoryError",
    "-XX:-OmitStackTraceInFastThrow",
    // What Neo4j's own server script passes, so the page cache and Netty skip their slow fallbacks.
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
  ];
}

/** Spawns the launcher and waits for its READY line; the error carries the stderr tail. */
export async function launch(settings: Settings): Promise<{ running: Running; port: number }> {
  const args = [
    ...jvmArgs(settings),
    "diplograph.neo4j.Launcher",
    ...["--port", String(settings.port), "--data-dir", settings.dataDir, "--page-cache", settings.pageCache],
  ];
  // Classpath and credentials travel by environment: a 30 kB command line and a password in `ps` help nobody.
  const env = {
    ...process.env,
    CLASSPATH: settings.classpath,
    NEO4J_LAUNCHER_USER: settings.user,
    NEO4J_LAUNCHER_PASSWORD: settings.password,
  };
  // stdin stays a pipe on purpose: the launcher exits when it closes, i.e. when this process dies.
  const child = spawn(javaCommand(), args, { env, stdio: ["pipe", "pipe", "pipe"] });
  const tail: string[] = [];
  createInterface({ input: child.stderr }).on("line", (line) => {
    tail.push(line);
    if (tail.length > STDERR_TAIL_LINES) tail.shift();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const describeFailure = (what: string): string =>
    `tests/neo4j/launcher: ${what} (port ${settings.port}, data ${settings.dataDir}); launcher stderr:\n${tail.join("\n")}`;

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Neo4jLauncherError(describeFailure(`no READY line after ${settings.readyTimeoutMs} ms`)));
    }, settings.readyTimeoutMs);
    const settle = (outcome: () => void): void => {
      clearTimeout(timer);
      outcome();
    };
    child.once("error", (error) =>
      settle(() => reject(new Neo4jLauncherError(describeFailure(`java failed to start: ${error.message}`)))),
    );
    child.once("exit", (code, signal) =>
      // Let readline deliver the last stderr lines before describing the failure.
      setImmediate(() =>
        settle(() =>
          reject(
            new Neo4jLauncherError(describeFailure(`exited before ready (code ${code}, signal ${signal})`)),
          ),
        ),
      ),
    );
    createInterface({ input: child.stdout }).on("line", (line) => {
      const ready = /^NEO4J_READY bolt:\/\/127\.0\.0\.1:(\d+)$/.exec(line);
      if (ready?.[1]) settle(() => resolve(Number(ready[1])));
      else if (line.startsWith("NEO4J_FAILED "))
        settle(() => reject(new Neo4jLauncherError(describeFailure(line.slice(13)))));
    });
  });

  // A server someone forgot to stop must not keep the test process alive; its exit closes our pipe and so the JVM.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr])
    if (stream instanceof Socket) stream.unref();
  return { running: { child, exited }, port };
}

/** SIGTERM (a clean Neo4j shutdown), then SIGKILL if it hangs; resolves once the process is gone. */
export async function terminate({ child, exited }: Running): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}

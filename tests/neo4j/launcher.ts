// Starts and stops a real Neo4j Community 5.26 (the Java launcher under launcher/) for tests, without Docker.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareNeo4j } from "./build.ts";
import { launch, Neo4jLauncherError, terminate, type Running, type Settings } from "./launcher-process.ts";

export { prepareNeo4j, type PrepareResult } from "./build.ts";
export { Neo4jLauncherError } from "./launcher-process.ts";

export const DEFAULT_NEO4J_USER = "neo4j";
/** Neo4j 5 refuses passwords shorter than 8 characters. */
export const DEFAULT_NEO4J_PASSWORD = "diplograph-test";

export interface StartNeo4jOptions {
  /** Bolt port on 127.0.0.1. Default 0: a free port, which down()/up() then keep. */
  port?: number;
  /** Neo4j home (data, logs). Default: a fresh directory under the OS temp dir. */
  dataDir?: string;
  /** Keep dataDir after stop(). Default: false for a temp dir, true for a dataDir you named (never delete yours). */
  keepData?: boolean;
  /** Default "neo4j". */
  user?: string;
  /** Default DEFAULT_NEO4J_PASSWORD; at least 8 characters. */
  password?: string;
  /** JVM heap (-Xmx). Default "1g": room for the bench, modest on a 2-core, 24 GB machine. */
  heap?: string;
  /** Neo4j page cache. Default "128m": test graphs are small. */
  pageCache?: string;
  /** How long to wait for the READY line. Default 120 s (a cold start here takes 5–10 s). */
  readyTimeoutMs?: number;
}

export interface Neo4jServer {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: "neo4j";
  readonly port: number;
  readonly dataDir: string;
  /** True between a successful start/up() and down()/stop(). */
  readonly running: boolean;
  /** Stops the JVM but keeps port and data: clients see Neo4j go away (fault tests). */
  down(): Promise<void>;
  /** Starts again on the same port and data dir, so the same uri works again. */
  up(): Promise<void>;
  /** down() then up(). */
  restart(): Promise<void>;
  /** Stops for good and deletes the data dir unless keepData. Safe to call twice. */
  stop(): Promise<void>;
}

/** Starts one Neo4j and resolves once Bolt accepts the configured credentials' connections. */
export async function startNeo4j(options: StartNeo4jOptions = {}): Promise<Neo4jServer> {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Neo4jLauncherError(`tests/neo4j/launcher: invalid port ${String(options.port)}`);
  }
  const prepared = await prepareNeo4j();
  if (!prepared.ok)
    throw new Neo4jLauncherError(`tests/neo4j/launcher: Neo4j unavailable: ${prepared.reason}`);

  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "diplograph-neo4j-"));
  const keepData = options.keepData ?? !ownsDataDir;
  const settings: Settings = {
    classpath: prepared.classpath,
    port,
    dataDir,
    user: options.user ?? DEFAULT_NEO4J_USER,
    password: options.password ?? DEFAULT_NEO4J_PASSWORD,
    heap: options.heap ?? "1g",
    pageCache: options.pageCache ?? "128m",
    readyTimeoutMs: options.readyTimeoutMs ?? 120_000,
  };

  let current: Running | undefined;
  // A launcher that dies on its own (crash, OOM) is no longer running either.
  const track = (running: Running): void => {
    current = running;
    void running.exited.then(() => {
      if (current === running) current = undefined;
    });
  };
  try {
    const started = await launch(settings);
    settings.port = started.port;
    track(started.running);
  } catch (error) {
    if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  const down = async (): Promise<void> => {
    const running = current;
    current = undefined;
    if (running) await terminate(running);
  };
  const up = async (): Promise<void> => {
    if (!current) track((await launch(settings)).running);
  };
  // One lifecycle operation at a time: a fault test's stop() may race an afterAll's stop().
  let queue: Promise<unknown> = Promise.resolve();
  const serial = (operation: () => Promise<void>): Promise<void> => {
    const next = queue.then(operation, operation);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    uri: `bolt://127.0.0.1:${settings.port}`,
    user: settings.user,
    password: settings.password,
    database: "neo4j",
    port: settings.port,
    dataDir,
    get running() {
      return current !== undefined;
    },
    down: () => serial(down),
    up: () => serial(up),
    restart: () =>
      serial(async () => {
        await down();
        await up();
      }),
    stop: () =>
      serial(async () => {
        await down();
        if (!keepData) rmSync(dataDir, { recursive: true, force: true });
      }),
  };
}

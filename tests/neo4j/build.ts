// Fetches Neo4j with Maven and compiles the launcher, once: later calls only check a stamp.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
/** The Maven project; everything it builds lands in its target/, which git ignores. */
export const launcherDir = join(here, "launcher");
const targetDir = join(launcherDir, "target");
const classpathFile = join(targetDir, "classpath.txt");
const stampFile = join(targetDir, "build-stamp.txt");
const lockDir = join(targetDir, ".build-lock");
const launcherClass = join(targetDir, "classes", "diplograph", "neo4j", "Launcher.class");

/** The first run downloads about 150 MB into ~/.m2; CI on a fresh machine needs that long. */
const MAVEN_TIMEOUT_MS = 20 * 60_000;
const LOCK_STALE_MS = MAVEN_TIMEOUT_MS + 60_000;
const MINIMUM_JAVA = 17;

export type PrepareResult = { ok: true; classpath: string } | { ok: false; reason: string };

function progress(message: string): void {
  process.stderr.write(`neo4j: ${message}\n`);
}

/** The java that Maven uses too: JAVA_HOME's when set, else the one on PATH. */
export function javaCommand(): string {
  const home = process.env.JAVA_HOME;
  return home ? join(home, "bin", "java") : "java";
}

/** Returns the Java major version, or why Java cannot be used. */
function checkJava(): { major: number } | { reason: string } {
  const result = spawnSync(javaCommand(), ["-version"], { encoding: "utf8", timeout: 30_000 });
  if (result.error || result.status !== 0) {
    return {
      reason: `Java ${MINIMUM_JAVA}+ not found (${javaCommand()} -version failed: ${result.error?.message ?? result.stderr.trim()})`,
    };
  }
  // `java -version` prints to stderr: `openjdk version "17.0.15" ...` or `java version "1.8.0_392"`.
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  const first = Number(match?.[1]);
  const major = first === 1 ? Number(match?.[2]) : first;
  if (!Number.isFinite(major) || major < MINIMUM_JAVA) {
    return {
      reason: `Neo4j 5.26 needs Java ${MINIMUM_JAVA}+, found: ${result.stderr.split("\n")[0] ?? "unknown"}`,
    };
  }
  return { major };
}

function checkMaven(): string | undefined {
  const result = spawnSync("mvn", ["-v"], { encoding: "utf8", timeout: 60_000 });
  if (result.error || result.status !== 0) {
    return `Maven not found (mvn -v failed: ${result.error?.message ?? result.stderr.trim()})`;
  }
  return undefined;
}

/** Hash of everything that decides the build output: the pom and the Java sources. */
function sourceHash(): string {
  const hash = createHash("sha256");
  const files = [join(launcherDir, "pom.xml"), ...javaSources(join(launcherDir, "src"))].sort();
  for (const file of files) {
    hash.update(file.slice(launcherDir.length)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

function javaSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return javaSources(path);
    return entry.name.endsWith(".java") ? [path] : [];
  });
}

/** The built classpath, if the build is current and every jar it names is still in ~/.m2. */
function currentClasspath(hash: string): string | undefined {
  if (!existsSync(stampFile) || !existsSync(classpathFile) || !existsSync(launcherClass)) return undefined;
  if (readFileSync(stampFile, "utf8").trim() !== hash) return undefined;
  const jars = readFileSync(classpathFile, "utf8").trim();
  if (jars === "" || !jars.split(delimiter).every((jar) => existsSync(jar))) return undefined;
  return [join(targetDir, "classes"), jars].join(delimiter);
}

/** Runs Maven, printing a line per 25 downloads instead of hundreds; the log tail on failure. */
function runMaven(): Promise<string | undefined> {
  const args = [
    "-B",
    "-f",
    join(launcherDir, "pom.xml"),
    "compile",
    "dependency:build-classpath",
    `-Dmdep.outputFile=${classpathFile}`,
  ];
  progress(`mvn ${args.join(" ")}`);
  return new Promise((resolve) => {
    const child = spawn("mvn", args, { stdio: ["ignore", "pipe", "pipe"] });
    const tail: string[] = [];
    let downloads = 0;
    const onData = (chunk: Buffer): void => {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (line.trim() === "") continue;
        tail.push(line);
        if (tail.length > 60) tail.shift();
        if (/^Downloaded from /.test(line) && ++downloads % 25 === 0)
          progress(`maven: ${downloads} files downloaded`);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    const timer = setTimeout(() => child.kill("SIGKILL"), MAVEN_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve(`mvn could not start: ${error.message}`);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(undefined);
      const why = signal
        ? `killed by ${signal} (timeout ${MAVEN_TIMEOUT_MS / 60_000} min?)`
        : `exit code ${code}`;
      resolve(`mvn failed (${why}); last lines:\n${tail.join("\n")}`);
    });
  });
}

/** mkdir is atomic: whoever creates the lock builds, the others wait for the stamp. */
async function withBuildLock<T>(body: () => Promise<T>): Promise<T> {
  mkdirSync(targetDir, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
      if (Date.now() - statSync(lockDir).mtimeMs > LOCK_STALE_MS) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  try {
    return await body();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

async function prepare(): Promise<PrepareResult> {
  const java = checkJava();
  if ("reason" in java) return { ok: false, reason: java.reason };
  const hash = sourceHash();
  const ready = currentClasspath(hash);
  if (ready) return { ok: true, classpath: ready };

  const maven = checkMaven();
  if (maven) return { ok: false, reason: maven };
  return withBuildLock(async () => {
    // Another process may have built it while we waited for the lock.
    const built = currentClasspath(hash);
    if (built) return { ok: true, classpath: built };
    const startedAt = Date.now();
    progress(
      "building the launcher and fetching Neo4j 5.26 with Maven (the first run downloads ~150 MB into ~/.m2)",
    );
    const failure = await runMaven();
    if (failure) return { ok: false, reason: failure };
    writeFileSync(stampFile, `${hash}\n`);
    const classpath = currentClasspath(hash);
    if (!classpath) return { ok: false, reason: `Maven succeeded but ${classpathFile} lists missing jars` };
    progress(`launcher built in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
    return { ok: true, classpath };
  });
}

let prepared: Promise<PrepareResult> | undefined;

/**
 * Checks Java and Maven, then builds the launcher unless its stamp is current.
 * Never throws: a missing tool is an expected outcome that callers turn into a skip or a CI failure.
 * A success is remembered for the process; a failure is retried on the next call.
 */
export function prepareNeo4j(): Promise<PrepareResult> {
  prepared ??= prepare().catch((error: unknown) => ({
    ok: false as const,
    reason: `neo4j prepare crashed: ${error instanceof Error ? error.message : String(error)}`,
  }));
  const current = prepared;
  void current.then((result) => {
    if (!result.ok && prepared === current) prepared = undefined;
  });
  return current;
}

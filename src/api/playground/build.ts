// Builds the playground (GraphiQL + React, bundled by esbuild) into a git-ignored cache folder, once per version.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const ENTRY = fileURLToPath(new URL("./client.js", import.meta.url));
/** The build lands in .cache/playground/<stamp>/: a new version of any input gives a new folder. */
export const PLAYGROUND_CACHE = join(ROOT, ".cache", "playground");
export const PLAYGROUND_FILES = ["graphiql.js", "graphiql.css"] as const;

function versionOf(pkg: string): string {
  try {
    const raw: unknown = JSON.parse(readFileSync(join(ROOT, "node_modules", pkg, "package.json"), "utf8"));
    if (typeof raw === "object" && raw !== null && "version" in raw && typeof raw.version === "string") {
      return raw.version;
    }
  } catch {
    // a missing package shows up as a build error below, with esbuild's own message
  }
  return "?";
}

function stamp(): string {
  const hash = createHash("sha256").update(readFileSync(ENTRY));
  for (const pkg of ["graphiql", "@graphiql/react", "react", "react-dom", "esbuild"])
    hash.update(versionOf(pkg));
  return hash.digest("hex").slice(0, 16);
}

const isComplete = (dir: string): boolean => PLAYGROUND_FILES.every((f) => existsSync(join(dir, f)));

let pending: Promise<string> | null = null;

/** The folder holding the built playground; builds it first when missing. Safe across processes (build, then rename). */
export function ensurePlayground(): Promise<string> {
  pending ??= build().finally(() => {
    pending = null;
  });
  return pending;
}

async function build(): Promise<string> {
  const dir = join(PLAYGROUND_CACHE, stamp());
  if (isComplete(dir)) return dir;
  const { build: esbuild } = await import("esbuild");
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(tmp, { recursive: true });
  try {
    await esbuild({
      entryPoints: { graphiql: ENTRY },
      bundle: true,
      minify: true,
      format: "iife",
      platform: "browser",
      target: "es2020",
      outdir: tmp,
      define: { "process.env.NODE_ENV": '"production"' },
      legalComments: "none",
      logLevel: "silent",
      absWorkingDir: ROOT,
    });
    if (!isComplete(tmp))
      throw new Error(`api/playground: esbuild did not write ${PLAYGROUND_FILES.join(", ")}`);
    try {
      renameSync(tmp, dir);
    } catch (error) {
      if (!isComplete(dir)) throw error; // another process won the race and its build is there
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return dir;
}

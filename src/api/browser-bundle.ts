// Builds a browser bundle (the playground, the dashboard) with esbuild into a git-ignored cache folder, once per
// version of its inputs and packages: built on install or first start, never fetched from a CDN.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BuildOptions } from "esbuild";

export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface BundleSpec {
  /** Names the bundle in error messages ("api/playground"). */
  name: string;
  /** The build lands in <cache>/<stamp>/: a new version of any input gives a new folder. */
  cache: string;
  /** The files a complete build holds. */
  files: readonly string[];
  /** Source files whose content goes into the stamp. */
  inputs: () => readonly string[];
  /** Packages whose versions go into the stamp (esbuild's too). */
  packages: readonly string[];
  /** What to bundle: entry points and any options beyond the shared ones. */
  esbuild: Pick<BuildOptions, "entryPoints" | "tsconfig">;
}

function versionOf(pkg: string): string {
  try {
    const raw: unknown = JSON.parse(
      readFileSync(join(PROJECT_ROOT, "node_modules", pkg, "package.json"), "utf8"),
    );
    if (typeof raw === "object" && raw !== null && "version" in raw && typeof raw.version === "string") {
      return raw.version;
    }
  } catch {
    // a missing package shows up as a build error below, with esbuild's own message
  }
  return "?";
}

function stamp(spec: BundleSpec): string {
  const hash = createHash("sha256");
  for (const file of spec.inputs()) hash.update(file).update(readFileSync(file));
  for (const pkg of [...spec.packages, "esbuild"]) hash.update(versionOf(pkg));
  return hash.digest("hex").slice(0, 16);
}

/** A function giving the folder of the built bundle, building it first when missing. Safe across processes. */
export function bundler(spec: BundleSpec): () => Promise<string> {
  let pending: Promise<string> | null = null;
  return () => {
    pending ??= build(spec).finally(() => {
      pending = null;
    });
    return pending;
  };
}

async function build(spec: BundleSpec): Promise<string> {
  const isComplete = (dir: string): boolean => spec.files.every((f) => existsSync(join(dir, f)));
  const dir = join(spec.cache, stamp(spec));
  if (isComplete(dir)) return dir;
  const { build: esbuild } = await import("esbuild");
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(tmp, { recursive: true });
  try {
    await esbuild({
      ...spec.esbuild,
      bundle: true,
      minify: true,
      format: "iife",
      platform: "browser",
      target: "es2020",
      outdir: tmp,
      define: { "process.env.NODE_ENV": '"production"' },
      legalComments: "none",
      logLevel: "silent",
      absWorkingDir: PROJECT_ROOT,
    });
    if (!isComplete(tmp)) throw new Error(`${spec.name}: esbuild did not write ${spec.files.join(", ")}`);
    try {
      renameSync(tmp, dir); // build, then rename: a reader never sees half a build
    } catch (error) {
      if (!isComplete(dir)) throw error; // another process won the race and its build is there
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return dir;
}

// Builds the dashboard (sigma, graphology and the page's TypeScript, bundled by esbuild) into a git-ignored cache
// folder, once per version of its sources and packages, as the playground is built.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLIENT = fileURLToPath(new URL("./client/", import.meta.url));
/** The build lands in .cache/dashboard/<stamp>/: a new version of any input gives a new folder. */
export const DASHBOARD_CACHE = join(ROOT, ".cache", "dashboard");
export const DASHBOARD_FILES = ["dashboard.js", "dashboard.css"] as const;
const PACKAGES = [
  "sigma",
  "graphology",
  "graphology-layout-forceatlas2",
  "graphology-metrics",
  "graphology-communities-louvain",
  "graphology-gexf",
  "@sigma/export-image",
  "esbuild",
];

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
  const hash = createHash("sha256");
  for (const file of readdirSync(CLIENT).sort()) hash.update(file).update(readFileSync(join(CLIENT, file)));
  for (const pkg of PACKAGES) hash.update(versionOf(pkg));
  return hash.digest("hex").slice(0, 16);
}

const isComplete = (dir: string): boolean => DASHBOARD_FILES.every((f) => existsSync(join(dir, f)));

let pending: Promise<string> | null = null;

/** The folder holding the built dashboard; builds it first when missing. Safe across processes (build, then rename). */
export function ensureDashboard(): Promise<string> {
  pending ??= build().finally(() => {
    pending = null;
  });
  return pending;
}

async function build(): Promise<string> {
  const dir = join(DASHBOARD_CACHE, stamp());
  if (isComplete(dir)) return dir;
  const { build: esbuild } = await import("esbuild");
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(tmp, { recursive: true });
  try {
    await esbuild({
      entryPoints: { dashboard: join(CLIENT, "main.ts") },
      bundle: true,
      minify: true,
      format: "iife",
      platform: "browser",
      target: "es2020",
      outdir: tmp,
      tsconfig: join(CLIENT, "tsconfig.json"),
      define: { "process.env.NODE_ENV": '"production"' },
      legalComments: "none",
      logLevel: "silent",
      absWorkingDir: ROOT,
    });
    if (!isComplete(tmp)) throw new Error(`dashboard: esbuild did not write ${DASHBOARD_FILES.join(", ")}`);
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

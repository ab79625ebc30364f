// Builds the dashboard (sigma, graphology and the page's TypeScript, bundled by esbuild) into a git-ignored cache
// folder, once per version of its sources and packages, as the playground is built.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundler, PROJECT_ROOT } from "../api/browser-bundle.ts";

const CLIENT = fileURLToPath(new URL("./client/", import.meta.url));
/** The build lands in .cache/dashboard/<stamp>/: a new version of any input gives a new folder. */
export const DASHBOARD_CACHE = join(PROJECT_ROOT, ".cache", "dashboard");
export const DASHBOARD_FILES = ["dashboard.js", "dashboard.css"] as const;

/** The folder holding the built dashboard; builds it first when missing. Safe across processes (build, then rename). */
export const ensureDashboard = bundler({
  name: "dashboard",
  cache: DASHBOARD_CACHE,
  files: DASHBOARD_FILES,
  inputs: () =>
    readdirSync(CLIENT)
      .sort()
      .map((file) => join(CLIENT, file)),
  packages: [
    "sigma",
    "graphology",
    "graphology-layout-forceatlas2",
    "graphology-metrics",
    "graphology-communities-louvain",
    "graphology-gexf",
    "@sigma/export-image",
  ],
  esbuild: { entryPoints: { dashboard: join(CLIENT, "main.ts") }, tsconfig: join(CLIENT, "tsconfig.json") },
});

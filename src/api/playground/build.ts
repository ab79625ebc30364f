// Builds the playground (GraphiQL + React, bundled by esbuild) into a git-ignored cache folder, once per version.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundler, PROJECT_ROOT } from "../browser-bundle.ts";

const ENTRY = fileURLToPath(new URL("./client.js", import.meta.url));
/** The build lands in .cache/playground/<stamp>/: a new version of any input gives a new folder. */
export const PLAYGROUND_CACHE = join(PROJECT_ROOT, ".cache", "playground");
export const PLAYGROUND_FILES = ["graphiql.js", "graphiql.css"] as const;

/** The folder holding the built playground; builds it first when missing. Safe across processes (build, then rename). */
export const ensurePlayground = bundler({
  name: "api/playground",
  cache: PLAYGROUND_CACHE,
  files: PLAYGROUND_FILES,
  inputs: () => [ENTRY],
  packages: ["graphiql", "@graphiql/react", "react", "react-dom"],
  esbuild: { entryPoints: { graphiql: ENTRY } },
});

import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  // graphql 16 ships CJS (main) and ESM (module): Vite would pick the ESM copy for our sources while Apollo,
  // loaded by Node, gets the CJS one, and two graphql instances break instanceof checks. One copy for all.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    // One real Neo4j for the run, started when a suite first needs it (at once in CI, where failing to start is fatal).
    globalSetup: ["tests/neo4j/global-setup.ts"],
  },
});

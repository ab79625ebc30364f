import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const require = createRequire(import.meta.url);

/**
 * The soak first: it runs for minutes (300 s in CI) at a slow, paced rate, so it keeps one fork waiting while the
 * other goes through the rest; started last, it would run alone at the end.
 */
class SoakFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const soak = (f: TestSpecification) => f.moduleId.endsWith("/reliability/soak.test.ts");
    return [...sorted.filter(soak), ...sorted.filter((f) => !soak(f))];
  }
}

export default defineConfig({
  // graphql 16 ships CJS (main) and ESM (module): Vite would pick the ESM copy for our sources while Apollo,
  // loaded by Node, gets the CJS one, and two graphql instances break instanceof checks. One copy for all.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Two forks at least, even on two cores (vitest's default is one fewer than the cores): the longest files
    // mostly wait (the soak paces requests, the Neo4j suites wait on the JVM), and the files that share the
    // run's Neo4j take turns through tests/neo4j/exclusive.ts, so one fork alone would only leave a core idle.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: SoakFirst },
    // One real Neo4j for the run, started when a suite first needs it (at once in CI, where failing to start is fatal).
    globalSetup: ["tests/neo4j/global-setup.ts"],
  },
});

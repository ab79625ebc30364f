// describe() for suites that need the run's Neo4j: started before them, skipped with the reason in the title, or failed in CI.
import { beforeAll, describe, it } from "vitest";
import { ensureNeo4j, isNeo4jAvailable, neo4jTestEnv, type Neo4jTestConnection } from "./neo4j-env.ts";

/** A cold Neo4j start takes 5–10 s here, much more while other JVMs share the 2 cores. */
const START_TIMEOUT_MS = 180_000;

/**
 * Runs `body` with the connection; Neo4j is up before the suite's own beforeAll hooks run. When Neo4j is
 * unavailable the suite is skipped and its title says why, so a skip is never silent; with CI=true it
 * fails instead, since CI must run the Neo4j suites.
 */
export function describeWithNeo4j(name: string, body: (neo4j: Neo4jTestConnection) => void): void {
  const env = neo4jTestEnv();
  if (isNeo4jAvailable(env)) {
    describe(name, () => {
      beforeAll(() => ensureNeo4j().then(() => undefined), START_TIMEOUT_MS);
      body(env);
    });
  } else if (process.env.CI === "true") {
    describe(name, () => {
      it("has the Neo4j that CI requires", () => {
        throw new Error(`Neo4j unavailable in CI: ${env.unavailable}`);
      });
    });
  } else {
    describe.skip(`${name} [skipped: Neo4j unavailable: ${env.unavailable}]`, () => {
      it("needs Neo4j", () => undefined);
    });
  }
}

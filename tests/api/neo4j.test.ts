// The API suite against the Neo4j store on a real Neo4j (skipped, with the reason, when none can be started outside CI).
import { afterAll } from "vitest";
import { createNeo4jStore } from "../../src/store/neo4j/index.ts";
import { describeWithNeo4j } from "../neo4j/describe-neo4j.ts";
import { useNeo4jPool } from "../neo4j/neo4j-pool.ts";
import { describeApi } from "./api-suite.ts";

describeWithNeo4j("API on Neo4j", (primary) => {
  const pool = useNeo4jPool(primary);
  const releases: (() => void)[] = [];
  afterAll(() => releases.forEach((release) => release()));
  describeApi("neo4j", async () => {
    const slot = await pool.acquire();
    releases.push(slot.release);
    return createNeo4jStore(slot.connection);
  });
});

// graphSlice on a real Neo4j (skipped, with the reason, when none can be started outside CI).
import { afterAll } from "vitest";
import { createNeo4jStore } from "../../src/store/neo4j/index.ts";
import { describeWithNeo4j } from "../neo4j/describe-neo4j.ts";
import { useNeo4jPool } from "../neo4j/neo4j-pool.ts";
import { describeSlice } from "./slice-suite.ts";

describeWithNeo4j("graphSlice on Neo4j", (primary) => {
  const pool = useNeo4jPool(primary);
  const releases: (() => void)[] = [];
  afterAll(() => releases.forEach((release) => release()));
  describeSlice("neo4j", async () => {
    const slot = await pool.acquire();
    releases.push(slot.release);
    return createNeo4jStore(slot.connection);
  });
});

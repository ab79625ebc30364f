// The analytics contract on the Neo4j store (the real Neo4j of the test run), and the same answers as memory's.
import { afterAll } from "vitest";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { createNeo4jStore } from "../../src/store/neo4j/index.ts";
import { describeWithNeo4j } from "../neo4j/describe-neo4j.ts";
import { useNeo4jPool } from "../neo4j/neo4j-pool.ts";
import { describeAnalytics } from "./analytics-suite.ts";

describeWithNeo4j("analytics on Neo4j", (primary) => {
  const pool = useNeo4jPool(primary);
  const releases: (() => void)[] = [];
  afterAll(() => releases.forEach((release) => release()));
  describeAnalytics(
    "neo4j",
    async () => {
      const slot = await pool.acquire();
      releases.push(slot.release);
      return createNeo4jStore(slot.connection);
    },
    { kind: "memory", makeStore: () => createMemoryStore() },
  );
});

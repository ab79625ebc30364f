// Runs the GraphStore contract on the Neo4j store against a real Neo4j Community 5.26 (skipped, with the
// reason, when none can be started outside CI).
import { describeWithNeo4j } from "../neo4j/describe-neo4j.ts";
import { useNeo4jPool } from "../neo4j/neo4j-pool.ts";
import { createNeo4jStore } from "../../src/store/neo4j/index.ts";
import { describeStore } from "./contract.ts";

/** Each test opens its own store (a driver and the idempotent schema check) over a database emptied for it. */
const TEST_TIMEOUT_MS = 60_000;

describeWithNeo4j("Neo4j store", (primary) => {
  // Two: some tests compare a store with a second one built differently.
  const pool = useNeo4jPool(primary, { size: 2 });
  describeStore(
    "neo4j",
    async () => {
      const slot = await pool.acquire();
      const store = await createNeo4jStore(slot.connection, { connectAttempts: 3 });
      return {
        store,
        async cleanup() {
          await store.close();
          slot.release();
        },
      };
    },
    { timeoutMs: TEST_TIMEOUT_MS },
  );
});

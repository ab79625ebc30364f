// Sets up constraints and indexes on connect (idempotent), then waits for the indexes to come online.
import type { Driver } from "neo4j-driver";
import { Neo4jError } from "neo4j-driver";
import { AWAIT_INDEXES, CONSTRAINTS, INDEXES } from "./cypher/schema.ts";
import { intParam } from "./values.ts";

/** Another process creating the same schema at the same moment: what it made is what we wanted. */
function alreadyThere(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (error.code === "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists" ||
      error.code === "Neo.ClientError.Schema.ConstraintAlreadyExists" ||
      error.code === "Neo.ClientError.Schema.IndexAlreadyExists")
  );
}

export async function ensureSchema(driver: Driver, database: string, awaitSeconds = 300): Promise<void> {
  // Schema statements cannot share a transaction with other writes; each gets its own.
  const session = driver.session({ database, defaultAccessMode: "WRITE" });
  try {
    for (const statement of [...CONSTRAINTS, ...INDEXES]) {
      try {
        await session.executeWrite((tx) => tx.run(statement));
      } catch (error) {
        if (!alreadyThere(error)) throw error;
      }
    }
    await session.executeRead((tx) => tx.run(AWAIT_INDEXES, { seconds: intParam(awaitSeconds) }));
  } finally {
    await session.close();
  }
}

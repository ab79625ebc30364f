// Every call's transaction: executeRead or executeWrite (so the driver retries transient failures) on a session
// that always names its database, with failures turned into the project's errors.
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from "neo4j-driver";
import { storeError } from "./errors.ts";

export type Params = Record<string, unknown>;

export interface Runner {
  read<T>(where: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  write<T>(where: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
}

export function createRunner(driver: Driver, database: string, uri: string): Runner {
  // One bookmark manager for every session of the store: in a cluster a read then waits for the store's own
  // earlier writes to reach the member it runs on (causal consistency); on one server it costs nothing.
  const bookmarkManager = neo4j.bookmarkManager();
  const transact = async <T>(
    mode: "READ" | "WRITE",
    where: string,
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> => {
    const session = driver.session({ database, defaultAccessMode: mode, bookmarkManager });
    try {
      return mode === "READ" ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (error) {
      throw storeError(error, where, uri);
    } finally {
      await session.close().catch(() => undefined);
    }
  };
  return {
    read: (where, work) => transact("READ", where, work),
    write: (where, work) => transact("WRITE", where, work),
  };
}

/** The records of one parameterised statement. */
export async function rows(
  tx: ManagedTransaction,
  query: string,
  params: Params = {},
): Promise<Neo4jRecord[]> {
  return (await tx.run(query, params)).records;
}

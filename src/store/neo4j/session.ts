// Every call's round trips. A read of one statement runs alone, as its own (auto-commit) transaction: one round
// trip, where a managed transaction takes two (BEGIN and RUN, then COMMIT); measured on the bench machine, a
// one-row read took 0.36-0.51 ms that way against 0.58-0.97 ms through executeRead. Reads of several statements
// and every write run in executeRead / executeWrite, so the driver retries them on transient failures; a lone
// statement is retried here on the same failures for the same time. Sessions always name their database, and
// failures become the project's errors.
import { setTimeout as sleep } from "node:timers/promises";
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type Record as Neo4jRecord,
} from "neo4j-driver";
import { storeError, isUnavailable } from "./errors.ts";

export type Params = Record<string, unknown>;

/** Where statements run: a managed transaction, or a lone statement's own (see Runner.once). */
export interface Statements {
  run(query: string, params?: Params): Promise<QueryResult>;
}

export interface Runner {
  /** One statement, run alone (one round trip); `work` may call `run` once only. */
  once<T>(where: string, work: (one: Statements) => Promise<T>): Promise<T>;
  read<T>(where: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  write<T>(where: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
}

export function createRunner(driver: Driver, database: string, uri: string, retryMs: number): Runner {
  // One bookmark manager for every session of the store: in a cluster a read then waits for the store's own
  // earlier writes to reach the member it runs on (causal consistency); on one server it costs nothing.
  const bookmarkManager = neo4j.bookmarkManager();
  const session = (mode: "READ" | "WRITE") =>
    driver.session({ database, defaultAccessMode: mode, bookmarkManager });
  const transact = async <T>(
    mode: "READ" | "WRITE",
    where: string,
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> => {
    const s = session(mode);
    try {
      return mode === "READ" ? await s.executeRead(work) : await s.executeWrite(work);
    } catch (error) {
      throw storeError(error, where, uri);
    } finally {
      await s.close().catch(() => undefined);
    }
  };
  const attempt = async <T>(where: string, work: (one: Statements) => Promise<T>): Promise<T> => {
    const s = session("READ");
    let used = false;
    const one: Statements = {
      run(query, params) {
        if (used) throw new Error(`${where}: a lone statement's work ran a second statement`);
        used = true;
        return s.run(query, params);
      },
    };
    try {
      return await work(one);
    } finally {
      await s.close().catch(() => undefined);
    }
  };
  return {
    async once(where, work) {
      // The driver's own retry, for a statement it does not manage: doubling waits with jitter, for retryMs.
      const started = Date.now();
      for (let delay = 50; ; delay = Math.min(delay * 2, 1000)) {
        try {
          return await attempt(where, work);
        } catch (error) {
          if (!isUnavailable(error) || Date.now() - started + delay > retryMs) {
            throw storeError(error, where, uri);
          }
          await sleep(delay * (0.8 + 0.4 * Math.random()));
        }
      }
    },
    read: (where, work) => transact("READ", where, work),
    write: (where, work) => transact("WRITE", where, work),
  };
}

/** The records of one parameterised statement. */
export async function rows(tx: Statements, query: string, params: Params = {}): Promise<Neo4jRecord[]> {
  return (await tx.run(query, params)).records;
}

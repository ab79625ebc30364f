// Empty Neo4j databases for suites that need several stores alive at once (the contract compares two stores
// in one test): Community has one user database per server, so the first slot is the run's Neo4j, taken
// exclusively for the suite, and each further slot a launcher of its own, started on first need.
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll } from "vitest";
import { lockNeo4j } from "./exclusive.ts";
import { startNeo4j, type Neo4jServer } from "./launcher.ts";
import type { Neo4jTestConnection } from "./neo4j-env.ts";

export interface Neo4jSlot {
  connection: Neo4jTestConnection;
  /** Gives the slot back; the next user empties it. */
  release(): void;
}

interface Entry {
  connection: Neo4jTestConnection;
  driver: Driver;
  busy: boolean;
}

/** Every node the diplograph store owns; other suites' nodes (the launcher test's markers) are left alone. */
const CLEAR_GRAPH =
  "MATCH (n) WHERE n:Item OR n:Article OR n:WriteLock CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS";

/** Empties the store's part of a Neo4j database. */
export async function clearGraph(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // CALL … IN TRANSACTIONS must run in an implicit (auto-commit) transaction.
    await session.run(CLEAR_GRAPH);
  } finally {
    await session.close();
  }
}

export function connectTo(connection: Neo4jTestConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
}

/**
 * Call inside describeWithNeo4j's body. acquire() gives an emptied database: the run's Neo4j first (locked
 * against other files until afterAll), then extra servers as more are held at once. `size` servers (default 1)
 * are made ready in beforeAll.
 */
export function useNeo4jPool(
  primary: Neo4jTestConnection,
  options: { size?: number } = {},
): { acquire(): Promise<Neo4jSlot> } {
  const entries: Entry[] = [];
  const servers: Neo4jServer[] = [];
  let unlock: (() => void) | undefined;
  let growing: Promise<Entry> | undefined;

  // Servers a suite knows it needs start before its tests, under the hook timeout rather than a test's.
  beforeAll(async () => {
    while (entries.length < (options.size ?? 1)) await add();
  }, 240_000);

  afterAll(async () => {
    await Promise.all(entries.map((e) => e.driver.close()));
    await Promise.all(servers.map((s) => s.stop()));
    unlock?.();
  }, 120_000);

  const add = async (): Promise<Entry> => {
    let connection: Neo4jTestConnection = primary;
    if (entries.length === 0) {
      unlock = await lockNeo4j(primary.uri);
    } else {
      const server = await startNeo4j();
      servers.push(server);
      connection = { uri: server.uri, user: server.user, password: server.password, database: "neo4j" };
    }
    const entry: Entry = { connection, driver: connectTo(connection), busy: false };
    entries.push(entry);
    return entry;
  };

  return {
    async acquire() {
      let entry = entries.find((e) => !e.busy);
      while (entry === undefined) {
        // One server starts at a time; whoever waited on it looks for a free slot again.
        growing ??= add().finally(() => (growing = undefined));
        await growing;
        entry = entries.find((e) => !e.busy);
      }
      entry.busy = true;
      const taken = entry;
      await clearGraph(taken.driver, taken.connection.database);
      return {
        connection: taken.connection,
        release: () => {
          taken.busy = false;
        },
      };
    },
  };
}

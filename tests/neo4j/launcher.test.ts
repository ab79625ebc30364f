// Proves the launcher gives a real Neo4j: Bolt with auth, writes that survive a stop and start on the same port.
import { existsSync } from "node:fs";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, expect, it } from "vitest";
import { describeWithNeo4j } from "./describe-neo4j.ts";
import { Neo4jLauncherError, startNeo4j, type Neo4jServer } from "./launcher.ts";

const database = "neo4j";
/** Each start is a JVM boot (5–10 s here, more when the 2 cores are busy); the restart test boots three. */
const LIFECYCLE_TIMEOUT_MS = 180_000;

function connect(server: { uri: string; user: string; password: string }): Driver {
  // No retries and short timeouts: a Neo4j that is down must fail these tests fast, not after 30 s.
  return neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), {
    maxTransactionRetryTime: 0,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
  });
}

async function writeMarker(driver: Driver, id: string): Promise<void> {
  await driver.executeQuery("MERGE (:LauncherTest {id: $id})", { id }, { database });
}

async function readMarkers(driver: Driver, id: string): Promise<number> {
  const { records } = await driver.executeQuery(
    "MATCH (n:LauncherTest {id: $id}) RETURN count(n) AS found",
    { id },
    { database, routing: neo4j.routing.READ },
  );
  const found: unknown = records[0]?.get("found");
  return neo4j.isInt(found) ? found.toNumber() : Number.NaN;
}

describeWithNeo4j("the run's Neo4j (global setup)", (env) => {
  const driver = connect(env);
  afterAll(() => driver.close());

  it("answers RETURN 1 over Bolt with the published credentials", async () => {
    const { records } = await driver.executeQuery("RETURN 1 AS one", {}, { database });
    const one: unknown = records[0]?.get("one");
    expect(neo4j.isInt(one) && one.toNumber()).toBe(1);
  });

  it("creates a node and reads it back", async () => {
    const id = `global-${process.pid}-${Date.now()}`;
    await writeMarker(driver, id);
    expect(await readMarkers(driver, id)).toBe(1);
  });

  it("refuses a wrong password", async () => {
    const wrong = connect({ ...env, password: `${env.password}-wrong` });
    try {
      await expect(wrong.executeQuery("RETURN 1", {}, { database })).rejects.toMatchObject({
        code: "Neo.ClientError.Security.Unauthorized",
      });
    } finally {
      await wrong.close();
    }
  });

  it(
    "fails with Neo4jLauncherError carrying the launcher's stderr when the port is taken",
    async () => {
      const port = Number(new URL(env.uri).port);
      const attempt = startNeo4j({ port, readyTimeoutMs: 60_000 });
      await expect(attempt).rejects.toBeInstanceOf(Neo4jLauncherError);
      await expect(attempt).rejects.toThrow(/is in use[\s\S]*launcher stderr/);
    },
    LIFECYCLE_TIMEOUT_MS,
  );
});

describeWithNeo4j("a second launcher instance", () => {
  const servers: Neo4jServer[] = [];
  afterAll(() => Promise.all(servers.map((server) => server.stop())));

  it(
    "keeps data and uri across down()/up() and a fresh start on the same port and data dir",
    async () => {
      const first = await startNeo4j();
      servers.push(first);
      const driver = connect(first);
      try {
        await writeMarker(driver, "survivor");

        await first.down();
        expect(first.running).toBe(false);
        // What a fault test will see: a clear, retriable error while Neo4j is gone.
        const session = driver.session({ database });
        await expect(session.run("RETURN 1")).rejects.toSatisfy(neo4j.isRetryableError);
        await session.close();

        await first.up();
        expect(first.running).toBe(true);
        // The same driver, created before the stop, recovers without being rebuilt.
        expect(await readMarkers(driver, "survivor")).toBe(1);
      } finally {
        await driver.close();
      }

      // A separate startNeo4j() on the same port and data dir (as a fault test would do it) finds the node.
      await first.down();
      const second = await startNeo4j({ port: first.port, dataDir: first.dataDir });
      servers.push(second);
      expect(second.uri).toBe(first.uri);
      const again = connect(second);
      try {
        expect(await readMarkers(again, "survivor")).toBe(1);
      } finally {
        await again.close();
      }

      // A data dir the caller named is kept; the temp dir startNeo4j() made is deleted by its stop().
      await second.stop();
      expect(existsSync(join(first.dataDir, "data", "databases", "neo4j"))).toBe(true);
      await first.stop();
      expect(existsSync(first.dataDir)).toBe(false);
    },
    LIFECYCLE_TIMEOUT_MS,
  );
});

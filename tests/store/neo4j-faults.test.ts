// Faults, on a Neo4j of this suite's own: unreachable at start (a clear error naming the URI after bounded
// retries with backoff, or a late success when it comes up meanwhile), refused credentials, and Neo4j going
// away under a running store (retriable StoreUnavailableError) and coming back (the same store recovers).
import { afterAll, beforeAll, expect, it } from "vitest";
import { DiplographError, InvalidInputError, StoreUnavailableError } from "../../src/domain/errors.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { createNeo4jStore, type Neo4jConfig } from "../../src/store/neo4j/index.ts";
import { describeWithNeo4j } from "../neo4j/describe-neo4j.ts";
import { startNeo4j, type Neo4jServer } from "../neo4j/launcher.ts";
import { IDS, patchA, patchB } from "./fixtures.ts";

/** A JVM boot takes 10-20 s here, more when the two cores are busy; some tests boot one. */
const BOOT_MS = 180_000;

const failure = (call: Promise<unknown>): Promise<unknown> =>
  call.then(
    () => null,
    (error: unknown) => error,
  );

/** Polls `call` until it succeeds (the pool reconnecting after Neo4j came back), up to `ms`. */
async function eventually<T>(call: () => Promise<T>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

describeWithNeo4j("Neo4j store faults", () => {
  let server: Neo4jServer;
  let config: Neo4jConfig;
  const stores: GraphStore[] = [];
  beforeAll(async () => {
    server = await startNeo4j();
    config = { uri: server.uri, user: server.user, password: server.password, database: server.database };
  }, BOOT_MS);
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await server?.stop();
  }, BOOT_MS);

  it("refuses wrong credentials at once, without retrying, naming the URI and the user", async () => {
    const warnings: string[] = [];
    const error = await failure(
      createNeo4jStore(
        { ...config, password: `${config.password}-wrong` },
        { warn: (m) => warnings.push(m) },
      ),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(String(error)).toContain(config.uri);
    expect(String(error)).toContain(`"${config.user}"`);
    expect(warnings).toEqual([]);
  });

  it(
    "fails calls with a retriable StoreUnavailableError while Neo4j is down, and recovers without reopening",
    async () => {
      const store = await createNeo4jStore(config, { transactionRetryMs: 1000 });
      stores.push(store);
      await store.applyPatch(patchA());
      const alakbarov = await store.getEntity(IDS.alakbarov);

      await server.down();
      const calls: [string, () => Promise<unknown>][] = [
        ["counts", () => store.counts()],
        ["getEntity", () => store.getEntity(IDS.alakbarov)],
        ["findEvents", () => store.findEvents({})],
        ["neighborhood", () => store.neighborhood(IDS.alakbarov)],
        ["applyPatch", () => store.applyPatch(patchB())],
        ["retractArticle", () => store.retractArticle(patchA().article.id)],
      ];
      for (const [name, call] of calls) {
        const error = await failure(call());
        expect(error, name).toBeInstanceOf(StoreUnavailableError);
        expect(error, name).toMatchObject({ code: "STORE_UNAVAILABLE", retriable: true });
        expect(String(error), name).toContain(config.uri);
      }

      await server.up();
      // The same store object: the driver's pool drops its dead connections and opens new ones.
      expect(await eventually(() => store.getEntity(IDS.alakbarov), 60_000)).toEqual(alakbarov);
      const applied = await store.applyPatch(patchB());
      expect(applied.unchanged).toBe(false);
      expect((await store.counts()).articles).toBe(2);
    },
    BOOT_MS,
  );

  it(
    "names the URI when Neo4j cannot be reached at start, after bounded retries with backoff",
    async () => {
      await server.down();
      try {
        const warnings: string[] = [];
        const started = Date.now();
        const error = await failure(
          createNeo4jStore(config, {
            connectAttempts: 4,
            retryDelayMs: 100,
            maxRetryDelayMs: 300,
            warn: (m) => warnings.push(m),
          }),
        );
        expect(error).toBeInstanceOf(StoreUnavailableError);
        expect(error).toBeInstanceOf(DiplographError);
        expect(String(error)).toContain(config.uri);
        expect(String(error)).toContain("after 4 attempts");
        // Three waits between four attempts: 100, 200, then 300 (capped) ms.
        expect(warnings).toHaveLength(3);
        expect(warnings.map((w) => /next in (\d+) ms/.exec(w)?.[1])).toEqual(["100", "200", "300"]);
        expect(Date.now() - started).toBeGreaterThanOrEqual(600);
      } finally {
        await server.up();
      }
    },
    BOOT_MS,
  );

  it(
    "keeps retrying at start while Neo4j boots, and opens once it answers",
    async () => {
      await server.down();
      const warnings: string[] = [];
      const opening = createNeo4jStore(config, {
        connectAttempts: 200,
        retryDelayMs: 100,
        maxRetryDelayMs: 500,
        warn: (m) => warnings.push(m),
      });
      await server.up();
      const store = await opening;
      stores.push(store);
      expect(warnings.length).toBeGreaterThan(0);
      expect((await store.counts()).articles).toBe(2);
    },
    BOOT_MS,
  );
});

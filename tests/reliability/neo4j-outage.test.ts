// Neo4j stops under a read/write load through the API and starts again: during the outage callers get a typed
// retriable error, afterwards the API answers again by itself (same server, same store), and every write it
// acknowledged is in the graph.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApiIngest } from "../../src/commands/serve.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { createNeo4jStore } from "../../src/store/neo4j/index.ts";
import { TOKEN, startApi, type GqlResponse, type Running } from "../api/client.ts";
import { describeWithNeo4j } from "../neo4j/describe-neo4j.ts";
import { startNeo4j, type Neo4jServer } from "../neo4j/launcher.ts";
import { random, wireParagraph } from "./wire.ts";

const BOOT_MS = 180_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let api: Running;
/** A call whose failure to connect is an outcome too (code CONNECTION_FAILED), not an exception. */
const safely = (...args: Parameters<Running["gql"]>): Promise<GqlResponse> =>
  api.gql(...args).catch(() => ({
    status: 0,
    body: { errors: [{ message: "no answer", extensions: { code: "CONNECTION_FAILED" } }] },
  }));

describeWithNeo4j("Neo4j outage under load", () => {
  let server: Neo4jServer;
  let store: GraphStore;
  beforeAll(async () => {
    server = await startNeo4j();
    // The production defaults (a store call gives up after 5 s, inside the API's 10 s budget).
    store = await createNeo4jStore({
      uri: server.uri,
      user: server.user,
      password: server.password,
      database: server.database,
    });
    api = await startApi({ store, ingest: createApiIngest(store), options: { token: TOKEN } });
  }, BOOT_MS);
  afterAll(async () => {
    await api?.stop();
    await store?.close();
    await server?.stop();
  }, BOOT_MS);

  it(
    "typed retriable errors while Neo4j is down, recovery by itself, no acknowledged write lost",
    async () => {
      const acknowledged: string[] = [];
      const outcomes: { phase: string; kind: string; code: string; retriable: unknown }[] = [];
      let phase = "up";
      let n = 0;
      let running = true;
      /** The outcome of a call, filed under the phase it was made in. */
      const record = (res: GqlResponse, sentIn: string, kind: string) => {
        const error = res.body.errors?.[0];
        outcomes.push({
          phase: sentIn,
          kind,
          code: error ? String(error.extensions?.["code"]) : "ok",
          retriable: error?.extensions?.["retriable"],
        });
        return error === undefined;
      };
      // The load runs until `running` is false; a failed call is recorded, never thrown.
      const writer = (async () => {
        while (running) {
          const id = `outage-${n++}`;
          const sentIn = phase;
          const res = await safely(
            `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId } }`,
            { input: { id, text: wireParagraph(random(n)), language: "en" } },
            { token: TOKEN },
          );
          if (record(res, sentIn, "write")) acknowledged.push(id);
          await pause(100);
        }
      })();
      const reader = (async () => {
        while (running) {
          const sentIn = phase;
          record(await safely(`{ stats { persons events articles } }`), sentIn, "read");
          await pause(50);
        }
      })();

      try {
        // Service before the outage: at least one write acknowledged.
        while (acknowledged.length === 0) await pause(250);
        await pause(2_000);
        phase = "down";
        await server.down();
        await pause(8_000);
        phase = "coming back";
        await server.up();
        // Recovery by itself: wait until reads succeed again, then two more writes acknowledged.
        const deadline = Date.now() + 90_000;
        while (Date.now() < deadline && outcomes.at(-1)?.code !== "ok") await pause(250);
        phase = "recovered";
        const before = acknowledged.length;
        while (Date.now() < deadline + 60_000 && acknowledged.length < before + 2) await pause(250);
      } finally {
        running = false;
      }
      await Promise.all([writer, reader]);

      const during = outcomes.filter((o) => o.phase === "down" && o.code !== "ok");
      expect(during.length).toBeGreaterThan(0);
      for (const o of during) {
        expect(["STORE_UNAVAILABLE", "TIMEOUT"]).toContain(o.code);
        if (o.code === "STORE_UNAVAILABLE") expect(o.retriable).toBe(true);
      }
      const after = outcomes.filter((o) => o.phase === "recovered");
      expect(after.length).toBeGreaterThan(5);
      expect(after.filter((o) => o.code !== "ok")).toEqual([]);
      for (const id of acknowledged) expect(await store.getArticle(id), id).not.toBeNull();
      const tally = new Map<string, number>();
      for (const o of outcomes)
        tally.set(`${o.phase}/${o.kind}/${o.code}`, (tally.get(`${o.phase}/${o.kind}/${o.code}`) ?? 0) + 1);
      console.info(
        `neo4j outage: ${JSON.stringify(Object.fromEntries(tally))}; ${outcomes.length} calls, ${during.length} refused while down ` +
          `(${[...new Set(during.map((o) => o.code))].join(", ")}), ${acknowledged.length} writes acknowledged, all present`,
      );
    },
    BOOT_MS * 2,
  );
});

// The server keeps answering while it ingests: extraction runs in a worker thread, so /health stays quick
// while a 1 MB article (generated wire copy) goes through ingestArticle.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApiIngest } from "../../src/commands/serve.ts";
import { createExtractPool, type ExtractPool } from "../../src/ingest/extract-pool.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { TOKEN, dataOf, startApi, type Running } from "../api/client.ts";
import { percentile, sampleWhile } from "./latency.ts";
import { tempDir } from "./processes.ts";
import { wireArticle } from "./wire.ts";

const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId events { id } } }`;

let store: GraphStore;
let api: Running;
let pool: ExtractPool;
beforeAll(async () => {
  store = await createMemoryStore({ dataDir: await tempDir() });
  pool = createExtractPool(1);
  api = await startApi({
    store,
    ingest: createApiIngest(store, (where, text, meta) => pool.extract(where, text, meta)),
    options: { token: TOKEN, limits: { timeoutMs: 300_000 } },
  });
  // Warm: the worker loaded, the first requests served.
  dataOf(await api.gql(INGEST, { input: { text: wireArticle(9, 3_000), language: "en" } }, { token: TOKEN }));
}, 120_000);
afterAll(async () => {
  await api.stop();
  await pool.close();
  await store.close();
});

it("/health p99 stays under 50 ms while a 1 MB article is ingested", async () => {
  const health = new URL("/health", api.url).href;
  const ask = () => fetch(health).then((r) => r.text());
  // The same sampler with nothing else to do: what this machine gives right now (busy CI runners are slower).
  const idle = await sampleWhile(ask, 20, new Promise((resolve) => setTimeout(resolve, 3_000)));
  const idleP99 = percentile(idle.latencies, 99);
  const text = wireArticle(1, 1_000_000);
  expect(Buffer.byteLength(text)).toBeGreaterThan(1_000_000);
  const started = performance.now();
  const ingest = api.gql(INGEST, { input: { text, language: "en" } }, { token: TOKEN });
  const samples = await sampleWhile(ask, 20, ingest);
  const took = performance.now() - started;
  const events = (dataOf(await ingest)["ingestArticle"] as { events: unknown[] }).events;
  const p99 = percentile(samples.latencies, 99);
  console.info(
    `responsiveness: 1 MB ingest took ${(took / 1000).toFixed(1)} s (${events.length} new events); ` +
      `/health: ${samples.latencies.length} answers, p50 ${percentile(samples.latencies, 50).toFixed(1)} ms, ` +
      `p99 ${p99.toFixed(1)} ms, max ${Math.max(...samples.latencies).toFixed(1)} ms (idle p99 ${idleP99.toFixed(1)} ms)`,
  );
  expect(samples.errors).toBe(0);
  expect(samples.latencies.length).toBeGreaterThan(50);
  // 50 ms on a machine whose idle p99 is under 12.5 ms; on a loaded one (a busy CI runner, a shared box) the
  // bound scales with the noise measured just before: 4 × the idle p99. Extraction on the event loop would give
  // seconds either way.
  expect(p99).toBeLessThan(Math.max(50, 4 * idleP99));
}, 180_000);

// Soak: mixed reads and writes at a fixed rate against a running API. No unexpected error; RSS after the run
// within 10 % of RSS after warm-up; the p99 printed. Length: SOAK_SECONDS (default 300 when CI=true, else 30).
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApiIngest } from "../../src/commands/serve.ts";
import { createExtractPool, type ExtractPool } from "../../src/ingest/extract-pool.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { TOKEN, startApi, type GqlResponse, type Running } from "../api/client.ts";
import { percentile } from "./latency.ts";
import { tempDir } from "./processes.ts";
import { random, wireParagraph } from "./wire.ts";

const SECONDS = Number(process.env["SOAK_SECONDS"] ?? (process.env["CI"] === "true" ? 300 : 30));
const RATE = Number(process.env["SOAK_RATE"] ?? 20); // requests a second
const WARMUP = Math.max(10, SECONDS / 3);

// A real collection before each RSS reading (vitest runs without --expose-gc): V8's flag, then its gc function.
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

let store: GraphStore;
let api: Running;
let pool: ExtractPool;
beforeAll(async () => {
  store = await createMemoryStore({ dataDir: await tempDir(), warn: () => undefined });
  pool = createExtractPool(1);
  api = await startApi({
    store,
    ingest: createApiIngest(store, (where, text, meta) => pool.extract(where, text, meta)),
    options: { token: TOKEN },
  });
});
afterAll(async () => {
  await api.stop();
  await pool.close();
  await store.close();
});

/** A bounded set of articles, ingested and retracted in turn: the graph stays the same size, so should memory. */
const ARTICLES = Array.from({ length: 12 }, (_, i) => ({
  id: `soak-${i}`,
  text: [1, 2, 3].map((k) => wireParagraph(random(i * 10 + k))).join("\n\n"),
}));
const held = new Set<string>();

function operation(n: number): () => Promise<GqlResponse> {
  const article = ARTICLES[n % ARTICLES.length] as (typeof ARTICLES)[number];
  switch (n % 10) {
    case 0: {
      if (held.has(article.id)) {
        held.delete(article.id);
        return () =>
          api.gql(
            `mutation($id: ID!) { retractArticle(id: $id) { articleId } }`,
            { id: article.id },
            { token: TOKEN },
          );
      }
      held.add(article.id);
      return () =>
        api.gql(
          `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId } }`,
          { input: { id: article.id, text: article.text, language: "en" } },
          { token: TOKEN },
        );
    }
    case 1:
    case 2:
      return () => api.gql(`{ search(text: "Minister", first: 10) { id name } }`);
    case 3:
      return () => api.gql(`{ bilateral(a: "JO", b: "OM") { events { id } officials { eventCount } } }`);
    case 4:
      return () => api.gql(`{ events(first: 20) { totalCount nodes { id date participants { role } } } }`);
    default:
      return () => api.gql(`{ stats { persons events articles } }`);
  }
}

it(
  `${SECONDS} s of mixed reads and writes at ${RATE}/s: no unexpected error, memory flat after warm-up`,
  async () => {
    const latencies: number[] = [];
    const failures: string[] = [];
    const inFlight: Promise<void>[] = [];
    const started = performance.now();
    let warmRss = 0;
    let warmHeap = 0;
    // Writes to one article must not overlap (ingest then retract): each article's operations are chained.
    const chains = new Map<string, Promise<unknown>>();
    for (let n = 0; ; n++) {
      const elapsed = (performance.now() - started) / 1000;
      if (elapsed >= SECONDS) break;
      if (warmRss === 0 && elapsed >= WARMUP) {
        collect();
        warmRss = process.memoryUsage().rss;
        warmHeap = process.memoryUsage().heapUsed;
      }
      const op = operation(n);
      const key = n % 10 === 0 ? String(n % ARTICLES.length) : `read-${n}`;
      const run = (chains.get(key) ?? Promise.resolve()).then(async () => {
        const t = performance.now();
        const res = await op();
        if (elapsed >= WARMUP) latencies.push(performance.now() - t);
        if (res.status !== 200 || res.body.errors?.length) failures.push(JSON.stringify(res.body.errors));
      });
      if (n % 10 === 0)
        chains.set(
          key,
          run.catch(() => undefined),
        );
      inFlight.push(run.catch((e: unknown) => void failures.push(String(e))));
      const due = started + ((n + 1) * 1000) / RATE;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    }
    await Promise.all(inFlight);
    collect();
    const endRss = process.memoryUsage().rss;
    const endHeap = process.memoryUsage().heapUsed;
    const growth = (endRss - warmRss) / warmRss;
    console.info(
      `soak: ${SECONDS} s at ${RATE}/s, ${inFlight.length} requests, ${failures.length} unexpected errors; ` +
        `p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms; ` +
        `RSS ${(warmRss / 2 ** 20).toFixed(0)} MiB after warm-up -> ${(endRss / 2 ** 20).toFixed(0)} MiB (${(growth * 100).toFixed(1)} %); ` +
        `heap ${(warmHeap / 2 ** 20).toFixed(0)} -> ${(endHeap / 2 ** 20).toFixed(0)} MiB`,
    );
    expect(failures).toEqual([]);
    expect(growth).toBeLessThan(0.1);
  },
  (SECONDS + 120) * 1000,
);

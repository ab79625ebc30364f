// Soak: mixed reads and writes at a fixed rate against a running API. No unexpected error; memory flat after
// warm-up; the p99 printed. Length: SOAK_SECONDS (default 300 when CI=true, else 30).
//
// "Flat" is read from samples (after a full GC, every SAMPLE_EVERY seconds), the median of the second half of the
// run against the median of the first: V8 gives heap pages back and takes them again on its own schedule (the
// committed heap swung between 39 and 71 MiB every 80 s in a 300 s run whose live heap stayed at 32 MiB), so two
// single RSS readings differ by 20 % on a process that holds nothing more. A leak moves the median; that swing
// does not.
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
const SAMPLE_EVERY = Math.max(1, Math.min(5, SECONDS / 20)); // seconds

interface MemorySample {
  rss: number;
  heap: number;
}

/** Growth of the median from the first half of the samples to the second, as a fraction of the first. */
function medianGrowth(samples: readonly MemorySample[], of: (s: MemorySample) => number): number {
  const half = Math.floor(samples.length / 2);
  const first = percentile(samples.slice(0, half).map(of), 50);
  const second = percentile(samples.slice(half).map(of), 50);
  return (second - first) / first;
}

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
    const samples: MemorySample[] = [];
    let nextSample = WARMUP;
    // Writes to one article must not overlap (ingest then retract): each article's operations are chained.
    const chains = new Map<string, Promise<unknown>>();
    for (let n = 0; ; n++) {
      const elapsed = (performance.now() - started) / 1000;
      if (elapsed >= SECONDS) break;
      if (elapsed >= nextSample) {
        collect();
        const { rss, heapUsed } = process.memoryUsage();
        samples.push({ rss, heap: heapUsed });
        nextSample += SAMPLE_EVERY;
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
    const { rss, heapUsed } = process.memoryUsage();
    samples.push({ rss, heap: heapUsed });
    const rssGrowth = medianGrowth(samples, (m) => m.rss);
    const heapGrowth = medianGrowth(samples, (m) => m.heap);
    const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
    const range = (of: (m: MemorySample) => number) =>
      `${mib(Math.min(...samples.map(of)))}-${mib(Math.max(...samples.map(of)))} MiB`;
    console.info(
      `soak: ${SECONDS} s at ${RATE}/s, ${inFlight.length} requests, ${failures.length} unexpected errors; ` +
        `p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms; ` +
        `${samples.length} samples after warm-up: RSS ${range((m) => m.rss)}, median ${(rssGrowth * 100).toFixed(1)} % ` +
        `from the first half to the second; heap ${range((m) => m.heap)}, median ${(heapGrowth * 100).toFixed(1)} %`,
    );
    expect(failures).toEqual([]);
    expect(samples.length).toBeGreaterThanOrEqual(4);
    expect(heapGrowth).toBeLessThan(0.1);
    expect(rssGrowth).toBeLessThan(0.1);
  },
  (SECONDS + 120) * 1000,
);

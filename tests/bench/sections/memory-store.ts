// Memory store: bulk load of a synthetic graph (in memory, then a smaller run on disk with an fsync per
// article), resident memory after load, and latencies of shortest path, neighbourhood and events-between.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { GraphStore } from "../../../src/store/graph-store.ts";
import { createMemoryStore } from "../../../src/store/memory/index.ts";
import { percentiles, type Report } from "../report.ts";
import type { BenchSection } from "../section.ts";
import { loadSynthetic, timeCalls } from "../timing.ts";
import type { RawFigures } from "../raw-graphology.ts";
import { optionsAtScale, personId, prng, type SyntheticOptions } from "../synthetic-graph.ts";

const RAW_SCRIPT = fileURLToPath(new URL("../raw-graphology.ts", import.meta.url));
/** Timed calls of each query: 1,000, or 100 in a quick run (scale below 0.01, as the test suite's). */
const queryCount = (scale: number): number => (scale >= 0.01 ? 1000 : 100);
const WARMUP = 50;
const MB = 1024 * 1024;

function memory(): { rss: number; heap: number } {
  globalThis.gc?.();
  const usage = process.memoryUsage();
  return { rss: usage.rss / MB, heap: usage.heapUsed / MB };
}

async function samplePersons(
  store: GraphStore,
  options: SyntheticOptions,
  count: number,
  seed: number,
): Promise<string[]> {
  const random = prng(seed);
  const out: string[] = [];
  while (out.length < count) {
    const id = personId(Math.floor(random() * options.persons));
    if ((await store.getEntity(id)) !== null) out.push(id);
  }
  return out;
}

async function queries(
  report: Report,
  store: GraphStore,
  options: SyntheticOptions,
  scale: number,
): Promise<void> {
  const n = queryCount(scale) + WARMUP;
  const persons = await samplePersons(store, options, 2 * n, options.seed + 1);
  const pairs = Array.from(
    { length: n },
    (_, i) => [persons[2 * i] ?? "", persons[2 * i + 1] ?? ""] as const,
  );
  let found = 0;
  let hops = 0;
  const path = await timeCalls(pairs, WARMUP, async ([a, b]) => {
    const p = await store.shortestPath(a, b);
    if (p !== null) {
      found += 1;
      hops += p.length;
    }
  });
  let nodes = 0;
  let truncated = 0;
  const around = await timeCalls(persons.slice(0, n), WARMUP, async (id) => {
    const sub = await store.neighborhood(id, { depth: 2, limit: 200 });
    nodes += sub.nodes.length;
    if (sub.truncated) truncated += 1;
  });
  let nearNodes = 0;
  const near = await timeCalls(persons.slice(n, 2 * n), WARMUP, async (id) => {
    nearNodes += (await store.neighborhood(id, { depth: 1, limit: 200 })).nodes.length;
  });
  // Pairs that did meet: the two first participants of random events.
  const random = prng(options.seed + 2);
  const met: [string, string][] = [];
  while (met.length < n) {
    const event = await store.getEvent(`event:${Math.floor(random() * options.events)}`);
    const [a, b] = event?.participants ?? [];
    if (a !== undefined && b !== undefined) met.push([a.entityId, b.entityId]);
  }
  let between = 0;
  const meetings = await timeCalls(met, WARMUP, async ([a, b]) => {
    between += (await store.eventsBetween(a, b)).length;
  });
  const row = (name: string, samples: number[], detail: string) => {
    const p = percentiles(samples);
    report.figure(`memory-store.${name}.medianMs`, p.median);
    report.figure(`memory-store.${name}.p99Ms`, p.p99);
    return [name, samples.length, p.median, p.p99, p.max, detail];
  };
  const counted = n - WARMUP;
  report.result("memory.neighbourhood_p99_ms", {
    value: percentiles(near).p99,
    scale,
    detail: `neighborhood(depth 1, limit 200) of ${near.length} random persons, p99 ms`,
  });
  report.result("memory.path_p99_ms", {
    value: percentiles(path).p99,
    scale,
    detail: `shortestPath of ${path.length} random person pairs (maxHops 4), p99 ms`,
  });
  report.table(
    "Query latency (ms, memory store, after load)",
    ["query", "calls", "median", "p99", "max", "result"],
    [
      row(
        "shortestPath",
        path,
        `${found} found (all calls), mean ${(hops / Math.max(1, found)).toFixed(2)} hops`,
      ),
      row(
        "neighborhood",
        around,
        `depth 2, limit 200: mean ${(nodes / n).toFixed(0)} nodes, ${truncated} truncated`,
      ),
      row("neighborhood1", near, `depth 1, limit 200: mean ${(nearNodes / n).toFixed(0)} nodes`),
      row("eventsBetween", meetings, `mean ${(between / n).toFixed(2)} events (${counted} pairs that met)`),
    ],
  );
}

/** The same nodes and edges in bare graphology, in a process of its own so its memory is its own. */
function raw(scale: number): RawFigures {
  const child = spawnSync(
    process.execPath,
    // The same V8 flags as this process (heap, young generation, --expose-gc): resident memory depends on them.
    [...process.execArgv, RAW_SCRIPT, String(scale)],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) throw new Error(`bench: raw graphology baseline failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as RawFigures;
}

async function inMemory(report: Report, options: SyntheticOptions, scale: number): Promise<void> {
  const baseline = raw(scale);
  const before = memory();
  const store = await createMemoryStore();
  const seconds = await loadSynthetic(store, options);
  const after = memory();
  const counts = await store.counts();
  const events = Object.values(counts.events).reduce((a, b) => a + b, 0);
  const entities = Object.values(counts.entities).reduce((a, b) => a + b, 0);
  report.figure("memory-store.load.eventsPerSecond", options.events / seconds);
  report.figure("memory-store.load.rssMB", after.rss);
  const rawRate = options.events / baseline.seconds;
  report.table(
    "Side by side with bare graphology (same nodes and edges, nothing else kept; own process)",
    ["", "seconds", "events/s", "RSS added MB", "heap added MB"],
    [
      ["memory store", seconds, options.events / seconds, after.rss - before.rss, after.heap - before.heap],
      ["bare graphology", baseline.seconds, rawRate, baseline.rssMB, baseline.heapMB],
    ],
  );
  report.result("memory.load_vs_raw", {
    value: baseline.seconds / seconds,
    scale,
    detail: `load rate over bare graphology's: ${Math.round(options.events / seconds)} vs ${Math.round(rawRate)} events/s`,
  });
  report.result("memory.rss_vs_raw", {
    value: (after.rss - before.rss) / baseline.rssMB,
    scale,
    detail:
      `RSS added by the loaded store over bare graphology's (${Math.round(after.rss - before.rss)} vs ` +
      `${Math.round(baseline.rssMB)} MB; heap ${Math.round(after.heap - before.heap)} vs ${Math.round(baseline.heapMB)} MB)`,
  });
  report.table(
    "Bulk load, in memory (applyPatch per article: zod check, merge, graph update)",
    ["articles", "entities", "events", "seconds", "events/s", "RSS MB", "heap MB", "RSS before MB"],
    [
      [
        counts.articles,
        entities,
        events,
        seconds,
        options.events / seconds,
        after.rss,
        after.heap,
        before.rss,
      ],
    ],
  );
  await queries(report, store, options, scale);
  await store.close();
}

async function onDisk(report: Report, options: SyntheticOptions, scale: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "diplograph-bench-"));
  try {
    const store = await createMemoryStore({ dataDir: dir });
    const seconds = await loadSynthetic(store, options);
    let started = performance.now();
    await store.close();
    const closeSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const reopened = await createMemoryStore({ dataDir: dir });
    const reopenSeconds = (performance.now() - started) / 1000;
    const counts = await reopened.counts();
    await reopened.close();
    report.figure("memory-store.diskLoad.eventsPerSecond", options.events / seconds);
    report.result("memory.reopen_events_per_s", {
      value: options.events / reopenSeconds,
      scale,
      detail: `reopen (snapshot, then log tail) of a store of ${options.events} events, events/s`,
    });
    report.table(
      "Bulk load, on disk (each article fsynced to the log before it is acknowledged)",
      ["articles", "events", "seconds", "events/s", "close+snapshot s", "reopen s"],
      [[counts.articles, options.events, seconds, options.events / seconds, closeSeconds, reopenSeconds]],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const memoryStoreSection: BenchSection = {
  name: "memory-store",
  description: "graphology store: bulk load, memory, shortest path / neighbourhood / events-between latency",
  async run(report, { scale }) {
    const options = optionsAtScale(scale);
    report.note(
      `synthetic graph: ${options.persons} persons, ${options.events} events (2-4 participants, 40% located), ` +
        `${options.places} places, ${Math.ceil(options.events / options.eventsPerArticle)} articles + 1 gazetteer; skew ${options.skew}`,
    );
    if (globalThis.gc === undefined) report.note("(no --expose-gc: memory figures include garbage)");
    // The smaller on-disk run first, while the heap is still small: after the big load it would be timing
    // the collector sweeping a multi-GB heap rather than the log.
    const disk = optionsAtScale(scale / 10);
    await onDisk(report, { ...disk, places: options.places }, scale / 10);
    await inMemory(report, options, scale);
  },
};

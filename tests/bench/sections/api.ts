// Bench section "api": requests per second and p50/p99 latency of a fixed query mix at fixed concurrency, against
// the real server (Apollo, plugins, node:http) and a bare graphql-js server with the same resolvers, as a ratio.
import autocannon from "autocannon";
import { pathToFileURL } from "node:url";
import { createApiServer } from "../../../src/api/server.ts";
import { createMemoryStore } from "../../../src/store/memory/index.ts";
import type { Report } from "../report.ts";
import type { BenchSection } from "../section.ts";
import { startBareServer } from "./api-bare.ts";
import { loadGraph, queryMix } from "./api-workload.ts";

export interface ApiBenchOptions {
  connections: number;
  durationSeconds: number;
  persons: number;
  events: number;
}

export interface ServerFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

export interface ApiBenchResult {
  options: ApiBenchOptions;
  apollo: ServerFigures;
  bare: ServerFigures;
}

export const DEFAULT_API_BENCH: ApiBenchOptions = {
  connections: 16,
  durationSeconds: 8,
  persons: 2_000,
  events: 10_000,
};

async function hammer(
  url: string,
  requests: ReturnType<typeof queryMix>,
  o: ApiBenchOptions,
): Promise<ServerFigures> {
  const { origin } = new URL(url);
  await autocannon({ url: origin, connections: 4, duration: 1, requests }); // warm-up
  const r = await autocannon({
    url: origin,
    connections: o.connections,
    duration: o.durationSeconds,
    requests,
  });
  return {
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
  };
}

export async function benchApi(options: Partial<ApiBenchOptions> = {}): Promise<ApiBenchResult> {
  const o = { ...DEFAULT_API_BENCH, ...options };
  const store = await createMemoryStore({ dataDir: null });
  try {
    const { personIds, codes } = await loadGraph(store, o);
    const requests = queryMix(personIds, codes);
    const api = createApiServer({ store, options: { playground: false } });
    const { url } = await api.listen({ port: 0, host: "127.0.0.1" });
    const apollo = await hammer(url, requests, o).finally(() => api.stop());
    const bareServer = await startBareServer(store);
    const bare = await hammer(bareServer.url, requests, o).finally(
      () => new Promise((resolve) => bareServer.server.close(resolve)),
    );
    return { options: o, apollo, bare };
  } finally {
    await store.close();
  }
}

export function formatApiBench(r: ApiBenchResult): string {
  const row = (name: string, f: ServerFigures) =>
    `  ${name.padEnd(28)} ${f.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   errors ${f.errors}`;
  const o = r.options;
  return [
    `api: 4-query mix, ${o.connections} connections, ${o.durationSeconds} s each, graph of ${o.persons} persons and ${o.events} events (memory store)`,
    row("Apollo (diplograph server)", r.apollo),
    row("bare graphql-js + node:http", r.bare),
    `  ratio Apollo / bare: throughput ${(r.apollo.requestsPerSecond / r.bare.requestsPerSecond).toFixed(2)}, ` +
      `p50 ${(r.apollo.p50 / Math.max(r.bare.p50, 1)).toFixed(2)}, p99 ${(r.apollo.p99 / Math.max(r.bare.p99, 1)).toFixed(2)}`,
  ].join("\n");
}

function reportApiBench(report: Report, r: ApiBenchResult): void {
  const o = r.options;
  report.note(
    `api: 4-query mix (person, events by country, meetingsBetween, search), ${o.connections} connections, ` +
      `${o.durationSeconds} s per server, graph of ${o.persons} persons and ${o.events} events (memory store)`,
  );
  const row = (name: string, f: ServerFigures) => [
    name,
    Math.round(f.requestsPerSecond),
    f.p50,
    f.p99,
    f.errors,
  ];
  report.table(
    "api: requests per second and latency (ms)",
    ["server", "req/s", "p50", "p99", "errors"],
    [row("Apollo (diplograph server)", r.apollo), row("bare graphql-js + node:http", r.bare)],
  );
  const ratio = r.apollo.requestsPerSecond / r.bare.requestsPerSecond;
  report.note(`api: throughput ratio Apollo / bare ${ratio.toFixed(2)}`);
  report.figure("api.apollo.requestsPerSecond", r.apollo.requestsPerSecond);
  report.figure("api.bare.requestsPerSecond", r.bare.requestsPerSecond);
  report.figure("api.ratio.throughput", ratio);
}

/** The section for tests/bench/run.ts (BENCH_SCALE shrinks the graph and the duration). */
export const apiSection: BenchSection = {
  name: "api",
  description: "GraphQL API: req/s and p50/p99 of a fixed query mix, Apollo server vs bare graphql-js",
  async run(report, { scale }) {
    // Scale 1 serves a graph of 100k events (the API target); the run is shorter only in quick runs.
    const events = Math.max(500, Math.round(100_000 * scale));
    const result = await benchApi({
      persons: Math.max(100, Math.round(events / 5)),
      events,
      durationSeconds: Math.max(2, Math.round(DEFAULT_API_BENCH.durationSeconds * Math.min(1, scale * 10))),
    });
    reportApiBench(report, result);
    const served = result.options.events;
    report.result("api.req_per_s", {
      value: result.apollo.requestsPerSecond,
      scale: served / 1_000_000,
      detail: `Apollo server, 4-query mix, ${result.options.connections} connections, graph of ${served} events`,
    });
    report.result("api.apollo_vs_bare", {
      value: result.apollo.requestsPerSecond / result.bare.requestsPerSecond,
      scale: served / 1_000_000,
      detail: "req/s of the Apollo server over a bare graphql-js + node:http server on the same resolvers",
    });
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(formatApiBench(await benchApi()));
}

// Bench section "api": requests per second and p50/p99 latency of a fixed query mix at fixed concurrency, against
// the real server (Apollo, plugins, node:http) and a bare graphql-js server with the same resolvers, as a ratio.
import autocannon from "autocannon";
import { pathToFileURL } from "node:url";
import { createApiServer } from "../../../src/api/server.ts";
import { createMemoryStore } from "../../../src/store/memory/index.ts";
import type { Report } from "../report.ts";
import type { BenchSection } from "../section.ts";
import { startBareServer } from "./api-bare.ts";
import { loadGraph, queryMix, workloadInputs } from "./api-workload.ts";

export interface ApiBenchOptions {
  connections: number;
  durationSeconds: number;
  persons: number;
  events: number;
  /** Rounds of (Apollo, bare), the order alternating, so JIT warm-up and the machine's load fall on both. */
  rounds: number;
}

export interface ServerFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU time of this process (server, client and GC threads) per request, in µs: steadier than req/s under load. */
  cpuMicros: number;
}

export interface ApiBenchResult {
  options: ApiBenchOptions;
  /** The round with the median ratio. */
  apollo: ServerFigures;
  bare: ServerFigures;
  /** Apollo over bare req/s, one per round, as measured. */
  ratios: number[];
  ratio: number;
  /** Bare over Apollo CPU time per request, one per round: the same comparison, less moved by other processes. */
  cpuRatios: number[];
}

export const DEFAULT_API_BENCH: ApiBenchOptions = {
  connections: 16,
  durationSeconds: 8,
  persons: 2_000,
  events: 10_000,
  rounds: 1,
};

/**
 * Each request of the mix once, refused unless it answers data without errors: a GraphQL error comes back
 * with status 200, and a mix that only errs would be timed as if it were served.
 */
async function expectAnswers(origin: string, requests: ReturnType<typeof queryMix>): Promise<void> {
  for (const request of requests) {
    const response = await fetch(new URL(request.path, origin), {
      method: request.method,
      headers: request.headers,
      body: request.body,
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    if (!response.ok || body.errors !== undefined || body.data === undefined || body.data === null) {
      throw new Error(`bench/api: the mix's request ${request.body} answered ${JSON.stringify(body)}`);
    }
  }
}

export async function hammer(
  url: string,
  requests: ReturnType<typeof queryMix>,
  o: ApiBenchOptions,
): Promise<ServerFigures> {
  const { origin } = new URL(url);
  await expectAnswers(origin, requests);
  await autocannon({ url: origin, connections: 4, duration: 1, requests }); // warm-up
  const cpu = process.cpuUsage();
  const r = await autocannon({
    url: origin,
    connections: o.connections,
    duration: o.durationSeconds,
    requests,
  });
  const used = process.cpuUsage(cpu);
  return {
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
    cpuMicros: (used.user + used.system) / Math.max(1, r.requests.total),
  };
}

export async function benchApi(options: Partial<ApiBenchOptions> = {}): Promise<ApiBenchResult> {
  const o = { ...DEFAULT_API_BENCH, ...options };
  const store = await createMemoryStore({ dataDir: null });
  try {
    const { personIds, codes } = await loadGraph(store, o);
    const requests = queryMix(workloadInputs(personIds, codes));
    const api = createApiServer({ store, options: { playground: false } });
    const { url } = await api.listen({ port: 0, host: "127.0.0.1" });
    const bareServer = await startBareServer(store).catch(async (error: unknown) => {
      await api.stop();
      throw error;
    });
    const rounds: { apollo: ServerFigures; bare: ServerFigures; ratio: number }[] = [];
    try {
      for (let i = 0; i < o.rounds; i++) {
        const apolloFirst = i % 2 === 0;
        const first = await hammer(apolloFirst ? url : bareServer.url, requests, o);
        const second = await hammer(apolloFirst ? bareServer.url : url, requests, o);
        const [apollo, bare] = apolloFirst ? [first, second] : [second, first];
        rounds.push({ apollo, bare, ratio: apollo.requestsPerSecond / bare.requestsPerSecond });
      }
    } finally {
      await api.stop();
      await new Promise((resolve) => bareServer.server.close(resolve));
    }
    const ratios = rounds.map((r) => r.ratio);
    const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor((rounds.length - 1) / 2)];
    if (median === undefined) throw new Error("bench/api: rounds must be at least 1");
    const cpuRatios = rounds.map((r) => r.bare.cpuMicros / r.apollo.cpuMicros);
    return { options: o, apollo: median.apollo, bare: median.bare, ratios, ratio: median.ratio, cpuRatios };
  } finally {
    await store.close();
  }
}

export function formatApiBench(r: ApiBenchResult): string {
  const row = (name: string, f: ServerFigures) =>
    `  ${name.padEnd(28)} ${f.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   errors ${f.errors}`;
  const o = r.options;
  return [
    `api: 4-query mix, ${o.connections} connections, ${o.durationSeconds} s each, graph of ${o.persons} persons and ${o.events} events (memory store), ${o.rounds} round(s); the median round:`,
    row("Apollo (diplograph server)", r.apollo),
    row("bare graphql-js, same handler", r.bare),
    `  ratio Apollo / bare: throughput ${r.ratio.toFixed(2)} (rounds: ${r.ratios.map((x) => x.toFixed(2)).join(", ")}), ` +
      `p50 ${(r.apollo.p50 / Math.max(r.bare.p50, 1)).toFixed(2)}, p99 ${(r.apollo.p99 / Math.max(r.bare.p99, 1)).toFixed(2)}`,
  ].join("\n");
}

function reportApiBench(report: Report, r: ApiBenchResult): void {
  const o = r.options;
  report.note(
    `api: 4-query mix (person, events by country, meetingsBetween, search), ${o.connections} connections, ` +
      `${o.durationSeconds} s per server and round, ${o.rounds} round(s) alternating which server goes first, ` +
      `graph of ${o.persons} persons and ${o.events} events (memory store); figures of the median round`,
  );
  const row = (name: string, f: ServerFigures) => [
    name,
    Math.round(f.requestsPerSecond),
    f.p50,
    f.p99,
    Math.round(f.cpuMicros),
    f.errors,
  ];
  report.table(
    "api: requests per second, latency (ms) and CPU time of the process per request (µs, client included)",
    ["server", "req/s", "p50", "p99", "CPU µs/req", "errors"],
    [row("Apollo (diplograph server)", r.apollo), row("bare graphql-js, same handler", r.bare)],
  );
  const ratio = r.ratio;
  report.note(
    `api: throughput ratio Apollo / bare ${ratio.toFixed(2)} (median of ${r.ratios.map((x) => x.toFixed(2)).join(", ")}); ` +
      `CPU per request bare / Apollo by round ${r.cpuRatios.map((x) => x.toFixed(2)).join(", ")}`,
  );
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
      // One round in the quick runs (seconds), five from a twentieth of the scale on: the median ratio is the figure.
      rounds: scale >= 0.05 ? 5 : 1,
    });
    reportApiBench(report, result);
    const served = result.options.events;
    report.result("api.req_per_s", {
      value: result.apollo.requestsPerSecond,
      scale: served / 1_000_000,
      detail: `Apollo server, 4-query mix, ${result.options.connections} connections, graph of ${served} events`,
    });
    report.result("api.apollo_vs_bare", {
      value: result.ratio,
      scale: served / 1_000_000,
      detail:
        `req/s of the Apollo server over bare graphql-js in the same HTTP handler (same resolvers, context, ` +
        `limits, error masking), median of ${result.ratios.length} alternating round(s): ` +
        result.ratios.map((x) => x.toFixed(2)).join(", ") +
        `; CPU time per request, bare over Apollo, by round: ` +
        result.cpuRatios.map((x) => x.toFixed(2)).join(", "),
    });
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(formatApiBench(await benchApi()));
}

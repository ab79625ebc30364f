// Bench section "api": requests per second and p50/p99 latency of a fixed query mix at fixed concurrency, against
// the real server (Apollo, plugins, node:http) and a bare graphql-js server with the same resolvers, as a ratio.
import autocannon from "autocannon";
import countries from "i18n-iso-countries";
import { pathToFileURL } from "node:url";
import { createApiServer } from "../../../src/api/server.ts";
import { contentHash, countryId, makeId } from "../../../src/domain/ids.ts";
import type { DiplomaticEvent, Entity, Evidence, GraphPatch } from "../../../src/domain/types.ts";
import type { GraphStore } from "../../../src/store/graph-store.ts";
import { createMemoryStore } from "../../../src/store/memory/index.ts";
import { startBareServer } from "./api-bare.ts";

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

/** A deterministic generator (mulberry32), so every run benches the same graph. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function loadGraph(
  store: GraphStore,
  o: ApiBenchOptions,
): Promise<{ personIds: string[]; codes: string[] }> {
  const codes = Object.keys(countries.getAlpha2Codes()).slice(0, 20);
  const personIds = Array.from({ length: o.persons }, (_, i) => makeId("person", `bench-${i}`));
  const rand = random(42);
  const pick = (n: number): number => Math.floor(rand() * n);
  const batch = 500;
  for (let start = 0, n = 0; start < o.events; start += batch, n++) {
    const articleId = `article:bench-${n}`;
    const ev = (i: number): Evidence[] => [
      {
        articleId,
        sentence: i,
        start: 0,
        end: 10,
        text: `Sentence ${i} of bench article ${n}.`,
        extractorVersion: "bench",
      },
    ];
    const entities: Entity[] =
      n > 0
        ? []
        : [
            ...codes.map((code, i): Entity => ({
              id: countryId(code),
              type: "Country",
              name: code,
              aliases: [],
              country: code,
              evidence: ev(i),
            })),
            ...personIds.map((id, i): Entity => {
              const code = codes[i % codes.length] ?? "IR";
              return {
                id,
                type: "Person",
                name: `Person ${i}`,
                aliases: [`شخص ${i}`],
                country: code,
                titles: [],
                evidence: ev(i),
              };
            }),
          ];
    const events: DiplomaticEvent[] = [];
    for (let i = start; i < Math.min(o.events, start + batch); i++) {
      const a = personIds[pick(personIds.length)] ?? "";
      const b = personIds[pick(personIds.length)] ?? "";
      const day = String(1 + (i % 28)).padStart(2, "0");
      events.push({
        id: makeId("event", `bench-${i}`),
        type: i % 3 === 0 ? "Visit" : "Meeting",
        status: "held",
        participants:
          a === b
            ? [{ entityId: a, role: "participant" }]
            : [
                { entityId: a, role: "visitor" },
                { entityId: b, role: "host" },
              ],
        location: null,
        date: { value: `2023-${String(1 + (i % 12)).padStart(2, "0")}-${day}`, precision: "day" },
        mode: "in_person",
        duration: null,
        topics: [],
        evidence: ev(i),
      });
    }
    const article = {
      id: articleId,
      language: "en",
      title: null,
      source: null,
      sourceCountry: null,
      url: null,
      publishedAt: null,
      contentHash: contentHash(articleId),
    };
    const patch: GraphPatch = { article, entities, events, occupancies: [], relations: [] };
    await store.applyPatch(patch);
  }
  return { personIds, codes };
}

function queryMix(
  personIds: string[],
  codes: string[],
): { method: "POST"; path: string; headers: Record<string, string>; body: string }[] {
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const bodies = [
    body(
      `query($id: ID!) { person(id: $id) { name country { code } events(first: 10) { totalCount
      nodes { id type date participants { role entity { name } } } } } }`,
      { id: personIds[7] },
    ),
    body(
      `query($c: String!) { events(filter: { country: $c }, first: 20) { totalCount
      nodes { id date participants { entity { id name } } evidence { text } } } }`,
      { c: codes[3] },
    ),
    body(`query($a: ID!, $b: ID!) { meetingsBetween(a: $a, b: $b) { id date evidence { text } } }`, {
      a: personIds[1],
      b: personIds[2],
    }),
    body(`query($t: String!) { search(text: $t, first: 10) { id name } }`, { t: "Person 12" }),
  ];
  return bodies.map((b) => ({
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "application/json" },
    body: b,
  }));
}

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

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(formatApiBench(await benchApi()));
}

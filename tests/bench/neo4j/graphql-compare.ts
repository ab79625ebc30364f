// Our API over the Neo4j store beside @neo4j/graphql (v7) over the same Neo4j database, in one process: two
// Apollo servers, the four queries of graphql-queries.ts, the same autocannon load on each (connections,
// duration), and one answer of each pair checked to agree. Result: neo4j.vs_neo4j_graphql = our req/s over
// theirs, the geometric mean over the four queries.
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";
import { isDeepStrictEqual } from "node:util";
import { createApiServer } from "../../../src/api/server.ts";
import type { GraphStore } from "../../../src/store/graph-store.ts";
import type { Neo4jConfig } from "../../../src/store/neo4j/index.ts";
import type { Report } from "../report.ts";
import autocannon from "autocannon";
import { NEO4J_GRAPHQL_TYPE_DEFS } from "./graphql-typedefs.ts";
import { queryPairs, type QueryPair } from "./graphql-queries.ts";
import { personId } from "../synthetic-graph.ts";

export interface CompareOptions {
  connections: number;
  durationSeconds: number;
  /** The bench scale of the graph the database holds (1 = 1M events), for the result. */
  scale: number;
}

type Request = { method: "POST"; path: string; headers: Record<string, string>; body: string };

const request = (url: string, query: string, variables: Record<string, unknown>): Request => ({
  method: "POST",
  path: new URL(url).pathname,
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ query, variables }),
});

async function post(url: string, r: Request): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: "POST", headers: r.headers, body: r.body });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (body.errors !== undefined || body.data === undefined)
    throw new Error(`graphql-compare: ${url} answered ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

/**
 * The inputs: a person with a few pages of events, two persons who met, two countries, and the centre with
 * the smallest two-hop neighbourhood among the first quiet persons. When it fits under 200 entities the whole
 * neighbourhood is compared; else the query asks for 2000 (the API's maximum), and when even that is cut,
 * our answer is a cut of theirs: the pair is then flagged, not counted as the same.
 */
async function inputs(store: GraphStore, persons: number) {
  let person: string | null = null;
  let met: [string, string] | null = null;
  let centre: { id: string; size: number; truncated: boolean } | null = null;
  for (let i = Math.floor(persons / 100); person === null && i < persons; i++) {
    const page = await store.findEvents({ participant: personId(i), limit: 1 });
    if (page.totalCount > 10) person = personId(i);
  }
  // Persons with high ids take part in few events (the generator's skew): the smallest neighbourhoods.
  for (let i = persons - 1, tried = 0; i >= 0 && tried < 30; i--) {
    const id = personId(i);
    if ((await store.getEntity(id)) === null) continue;
    tried++;
    if (met === null) {
      const event = (await store.findEvents({ participant: id, limit: 1 })).items[0];
      const other = event?.participants.find((p) => p.entityId !== id && p.entityId.startsWith("person:"));
      if (other !== undefined) met = [id, other.entityId];
    }
    const sub = await store.neighborhood(id, { depth: 2, limit: 2000 });
    const size = sub.truncated ? Infinity : sub.nodes.length;
    if (sub.nodes.length >= 10 && (centre === null || size < centre.size))
      centre = { id, size, truncated: sub.truncated };
    if (met !== null && centre !== null && centre.size <= 200) break;
  }
  if (person === null || centre === null || met === null)
    throw new Error("graphql-compare: the graph is too small to draw the inputs from");
  return {
    person,
    centre: centre.id,
    limit: centre.size <= 200 ? 200 : 2000,
    met,
    countries: ["IR", "TR"] as const,
  };
}

async function startTheirs(config: Neo4jConfig) {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: "127.0.0.1" },
    context: () => Promise.resolve({ sessionConfig: { database: config.database } }),
  });
  return {
    url,
    stop: async () => {
      await server.stop();
      await driver.close();
    },
  };
}

/** What one canonical answer has that the other lacks (their lines), or both whole when short. */
function difference(a: unknown, b: unknown): string {
  const lines = (x: unknown): string[] =>
    Array.isArray(x)
      ? x.map((v) => JSON.stringify(v))
      : typeof x === "object" && x !== null
        ? Object.entries(x).flatMap(([k, v]) =>
            (Array.isArray(v) ? v : [v]).map((e) => `${k}: ${JSON.stringify(e)}`),
          )
        : [JSON.stringify(x)];
  const [left, right] = [lines(a), lines(b)];
  const only = (x: string[], y: string[]) => x.filter((line) => !y.includes(line)).slice(0, 5);
  return `ours only ${JSON.stringify(only(left, right))}; theirs only ${JSON.stringify(only(right, left))}; ${left.length} vs ${right.length} lines`;
}

interface ServerFigures {
  requestsPerSecond: number;
  /** Too slow for the run: requestsPerSecond is the upper bound connections ÷ lone latency. */
  bound: boolean;
  p50: number;
  p99: number;
  errors: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * autocannon on one query, as the api section measures a server, but drained: three requests in turn to warm
 * up (and time one request alone), the timed run, then a wait as long as the slowest request, since a server
 * goes on answering (and Neo4j on running) requests autocannon stopped waiting for, which would slow the next
 * run. Timeouts are a minute: a slow query is measured, not counted as an error. A query too slow to complete
 * `connections` requests in the run is given connections ÷ its lone latency: an upper bound (it assumes the
 * server overlaps requests perfectly), flagged as such.
 */
async function measure(url: string, r: Request, o: CompareOptions): Promise<ServerFigures> {
  const alone: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await post(url, r);
    alone.push(performance.now() - started);
  }
  const result = await autocannon({
    url: new URL(url).origin,
    connections: o.connections,
    duration: o.durationSeconds,
    timeout: 60,
    requests: [r],
  });
  await sleep(Math.min(60_000, result.latency.max + 500));
  const aloneMs = alone.sort((a, b) => a - b)[1] ?? NaN;
  const bound = result.requests.total < o.connections;
  return {
    // Completed requests over the run: with slow queries a per-second average would round to nothing.
    requestsPerSecond: bound ? o.connections / (aloneMs / 1000) : result.requests.total / o.durationSeconds,
    bound,
    p50: bound ? aloneMs : result.latency.p50,
    p99: bound ? aloneMs : result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

interface PairResult {
  pair: QueryPair;
  ours: ServerFigures;
  theirs: ServerFigures;
  same: boolean;
  size: string;
}

export async function compareWithNeo4jGraphql(
  report: Report,
  store: GraphStore,
  config: Neo4jConfig,
  persons: number,
  o: CompareOptions,
): Promise<void> {
  const input = await inputs(store, persons);
  report.note(
    `@neo4j/graphql v7 beside our API, same Neo4j: person ${input.person}, met ${input.met.join(" & ")}, ` +
      `countries ${input.countries.join(" & ")}, neighbourhood of ${input.centre} (limit ${input.limit}); ` +
      `${o.connections} connections, ${o.durationSeconds} s per query and server`,
  );
  const api = createApiServer({ store, options: { playground: false } });
  const ours = await api.listen({ port: 0, host: "127.0.0.1" });
  const theirs = await startTheirs(config).catch(async (error: unknown) => {
    await api.stop();
    throw error;
  });
  const results: PairResult[] = [];
  try {
    for (const pair of queryPairs(input)) {
      const mine = request(ours.url, pair.ours, pair.variables);
      const other = request(theirs.url, pair.theirs, pair.theirVariables ?? pair.variables);
      const a = pair.canonicalOurs(await post(ours.url, mine));
      const b = pair.canonicalTheirs(await post(theirs.url, other));
      const same = isDeepStrictEqual(a, b);
      if (!same) report.note(`answers differ for "${pair.name}": ${difference(a, b)}`);
      const size = JSON.stringify(a).length;
      const ourFigures = await measure(ours.url, mine, o);
      const theirFigures = await measure(theirs.url, other, o);
      results.push({ pair, ours: ourFigures, theirs: theirFigures, same, size: `${size} chars` });
    }
  } finally {
    await api.stop();
    await theirs.stop();
  }
  // "≤": too slow to measure under load, the upper bound connections ÷ lone latency (see measure).
  const rate = (f: ServerFigures) =>
    `${f.bound ? "≤ " : ""}${f.requestsPerSecond.toFixed(f.requestsPerSecond < 10 ? 2 : 0)}`;
  report.table(
    "our API (Neo4j store) vs @neo4j/graphql on the same Neo4j: req/s, latency ms",
    ["query", "ours req/s", "theirs req/s", "ratio", "ours p50/p99", "theirs p50/p99", "errors", "answers"],
    results.map((r) => [
      r.pair.name,
      rate(r.ours),
      rate(r.theirs),
      r.ours.requestsPerSecond / r.theirs.requestsPerSecond,
      `${Math.round(r.ours.p50)}/${Math.round(r.ours.p99)}`,
      `${Math.round(r.theirs.p50)}/${Math.round(r.theirs.p99)}`,
      `${r.ours.errors}/${r.theirs.errors}`,
      r.same ? `same (${r.size})` : "DIFFER",
    ]),
  );
  const ratios = results.map((r) => r.ours.requestsPerSecond / r.theirs.requestsPerSecond);
  const each = results
    .map(
      (r, i) =>
        `${r.pair.name} ${rate(r.ours)} vs ${rate(r.theirs)} req/s ` +
        `(${(ratios[i] ?? NaN).toFixed(2)}, answers ${r.same ? "same" : "DIFFER"})`,
    )
    .join("; ");
  const errors = results.some((r) => r.ours.errors + r.theirs.errors > 0);
  report.result("neo4j.vs_neo4j_graphql", {
    value: errors ? null : Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length),
    scale: o.scale,
    detail:
      `our API over the Neo4j store, req/s over @neo4j/graphql v7's on the same database (geometric mean of 4 ` +
      `queries, ${o.connections} connections, ${o.durationSeconds} s each): ${each}. The neighbourhood is ` +
      "compared as sets of entities and ties (@neo4j/graphql nests every path; it has no depth/limit cut); " +
      "≤ marks a query too slow to finish `connections` requests in the run: connections ÷ its lone latency" +
      (errors ? "; NULL: some requests failed" : ""),
  });
}

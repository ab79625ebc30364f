// Neo4j store against the memory store: the same synthetic graph loaded into both, then the same query mix
// (shortest path, neighbourhood, events-between) on both; prints Neo4j time / memory time for each. Then our API
// over the Neo4j store beside @neo4j/graphql on the same database (tests/bench/neo4j/graphql-compare.ts).
// Neo4j: NEO4J_BENCH_URI (+ _USER, _PASSWORD) if set; else NEO4J_BENCH_DATA_DIR, a launcher started here on
// that kept directory (NEO4J_BENCH_HEAP, NEO4J_BENCH_PAGE_CACHE, default 3g each); else a throwaway launcher.
// NEO4J_BENCH_REUSE=1 keeps a graph already loaded at this scale (tests/bench/neo4j/load.ts) instead of
// replacing it; NEO4J_BENCH_GRAPHQL=off skips the @neo4j/graphql part.
import { ConflictError } from "../../../src/domain/errors.ts";
import type { GraphStore } from "../../../src/store/graph-store.ts";
import { createApiServer } from "../../../src/api/server.ts";
import { createMemoryStore } from "../../../src/store/memory/index.ts";
import { createNeo4jStore, type Neo4jConfig } from "../../../src/store/neo4j/index.ts";
import { startNeo4j, type Neo4jServer } from "../../neo4j/launcher.ts";
import { benchNeo4jConfig } from "../neo4j/connection.ts";
import { compareWithNeo4jGraphql } from "../neo4j/graphql-compare.ts";
import { percentiles } from "../report.ts";
import type { BenchSection } from "../section.ts";
import { loadSynthetic, timeCalls } from "../timing.ts";
import { DEFAULT_API_BENCH, hammer, type ServerFigures } from "./api.ts";
import { queryMix, type MixInputs } from "./api-workload.ts";
import { gazetteerPatch, optionsAtScale, personId, prng, type SyntheticOptions } from "../synthetic-graph.ts";

/**
 * The graph is this fraction of the memory section's at the same BENCH_SCALE (at 1: 2,000 persons and 20,000
 * events in 200 articles, against 100k and 1M): every Neo4j write is a network transaction on this 2-core
 * machine. `--scale 50` is the full size for this section: 100k persons, 1M events.
 */
export const NEO4J_FRACTION = 0.02;
const QUERIES = 300;
const WARMUP = 30;

type Sample = { seconds: number } | { samples: number[] };

async function neo4jConnection(): Promise<{
  config: Neo4jConfig;
  server: Neo4jServer | null;
  where: string;
}> {
  const config = benchNeo4jConfig();
  if (config !== null)
    return {
      config,
      server: null,
      where: `${config.uri} (NEO4J_BENCH_URI; its diplograph graph is replaced)`,
    };
  const dataDir = process.env.NEO4J_BENCH_DATA_DIR;
  const heap = dataDir ? (process.env.NEO4J_BENCH_HEAP ?? "3g") : "2g";
  const pageCache = dataDir ? (process.env.NEO4J_BENCH_PAGE_CACHE ?? "3g") : "512m";
  const server = await startNeo4j({ heap, pageCache, ...(dataDir ? { dataDir, keepData: true } : {}) });
  return {
    config: { uri: server.uri, user: server.user, password: server.password, database: server.database },
    server,
    where:
      `a launcher started for the bench at ${server.uri} (heap ${heap}, page cache ${pageCache}` +
      `${dataDir ? `, data ${dataDir}` : ""})`,
  };
}

/** Whether the store already holds the synthetic graph of these options (every article, every event). */
async function holdsSynthetic(store: GraphStore, options: SyntheticOptions): Promise<boolean> {
  const counts = await store.counts();
  const events = Object.values(counts.events).reduce((a, b) => a + b, 0);
  return (
    counts.articles === Math.ceil(options.events / options.eventsPerArticle) + 1 && events === options.events
  );
}

/** Inputs drawn from the memory store (both hold the same graph): persons that exist, pairs that met. */
async function inputs(store: GraphStore, options: SyntheticOptions) {
  const n = QUERIES + WARMUP;
  const random = prng(options.seed + 1);
  const persons: string[] = [];
  while (persons.length < 2 * n) {
    const id = personId(Math.floor(random() * options.persons));
    if ((await store.getEntity(id)) !== null) persons.push(id);
  }
  const pairs = Array.from(
    { length: n },
    (_, i) => [persons[2 * i] ?? "", persons[2 * i + 1] ?? ""] as const,
  );
  const met: (readonly [string, string])[] = [];
  const events = prng(options.seed + 2);
  while (met.length < n) {
    const event = await store.getEvent(`event:${Math.floor(events() * options.events)}`);
    const [a, b] = event?.participants ?? [];
    if (a !== undefined && b !== undefined) met.push([a.entityId, b.entityId]);
  }
  return { centres: persons.slice(0, n), pairs, met };
}

/** One query of the mix on one store: its samples and a digest of its answers, to check the stores agree. */
async function mix(store: GraphStore, input: Awaited<ReturnType<typeof inputs>>) {
  const answers = { path: [] as (number | null)[], around: [] as string[], between: [] as string[] };
  const path = await timeCalls(input.pairs, WARMUP, async ([a, b]) => {
    answers.path.push((await store.shortestPath(a, b))?.length ?? null);
  });
  const around = await timeCalls(input.centres, WARMUP, async (id) => {
    const sub = await store.neighborhood(id, { depth: 2, limit: 200 });
    answers.around.push(`${sub.nodes.map((x) => x.id).join(",")}|${sub.edges.length}|${sub.truncated}`);
  });
  const between = await timeCalls(input.met, WARMUP, async ([a, b]) => {
    answers.between.push((await store.eventsBetween(a, b)).map((e) => e.id).join(","));
  });
  return { samples: { path, around, between }, answers };
}

/**
 * The API section's query mix (a person with events, events by country, meetings between two persons, search)
 * served by the real server over one store: what an analyst's requests feel of the store underneath, where the
 * calls above time the store alone.
 */
async function apiMix(
  store: GraphStore,
  input: Awaited<ReturnType<typeof inputs>>,
  seconds: number,
): Promise<ServerFigures> {
  const api = createApiServer({ store, options: { playground: false } });
  const { url } = await api.listen({ port: 0, host: "127.0.0.1" });
  const mixInputs: MixInputs = {
    person: input.centres[0] ?? "",
    met: input.met[0] ?? ["", ""],
    country: "TR",
    search: "Person 12",
  };
  try {
    // Few connections, as in the @neo4j/graphql comparison: more would only queue behind Neo4j's two cores.
    return await hammer(url, queryMix(mixInputs), {
      ...DEFAULT_API_BENCH,
      connections: 4,
      durationSeconds: seconds,
    });
  } finally {
    await api.stop();
  }
}

const mismatches = (a: readonly unknown[], b: readonly unknown[]) => a.filter((x, i) => x !== b[i]).length;

export const neo4jStoreSection: BenchSection = {
  name: "neo4j-store",
  description: "Neo4j store vs memory store: same bulk load and query mix, ratios Neo4j time / memory time",
  async run(report, { scale }) {
    const options = optionsAtScale(scale * NEO4J_FRACTION);
    report.note(
      `synthetic graph at ${NEO4J_FRACTION} of the memory section's size: ${options.persons} persons, ` +
        `${options.events} events, ${options.places} places, ${Math.ceil(options.events / options.eventsPerArticle)} articles + 1 gazetteer; ` +
        `${QUERIES} timed calls of each query after ${WARMUP} untimed`,
    );
    // The memory store first, closed before Neo4j starts: at full size both at once would not fit the
    // memory this shared machine gives a bench.
    const memory = await createMemoryStore();
    let memoryLoad: number;
    let input: Awaited<ReturnType<typeof inputs>>;
    let m: Awaited<ReturnType<typeof mix>>;
    let memoryApi: ServerFigures;
    const apiSeconds = Math.max(2, Math.min(10, Math.round(10 * scale)));
    try {
      memoryLoad = await loadSynthetic(memory, options);
      input = await inputs(memory, options);
      m = await mix(memory, input);
      memoryApi = await apiMix(memory, input, apiSeconds);
    } finally {
      await memory.close();
    }
    globalThis.gc?.();
    let connection: Awaited<ReturnType<typeof neo4jConnection>>;
    try {
      connection = await neo4jConnection();
    } catch (error) {
      report.note(`SKIPPED: no Neo4j: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    report.note(`Neo4j: ${connection.where}`);
    const neo = await createNeo4jStore(connection.config);
    try {
      let neoLoad: number | null = null;
      if (process.env.NEO4J_BENCH_REUSE === "1" && (await holdsSynthetic(neo, options))) {
        report.note(
          "Neo4j already holds this graph (NEO4J_BENCH_REUSE=1): not reloaded, load not timed here",
        );
      } else {
        if ((await neo.counts()).articles > 0) await clear(neo, [gazetteerPatch(options).article.id]);
        neoLoad = await loadSynthetic(neo, options);
      }
      const n = await mix(neo, input);
      const neoApi = await apiMix(neo, input, apiSeconds);
      const row = (name: string, a: Sample, b: Sample, detail: string) => {
        const value = (s: Sample) => ("seconds" in s ? s.seconds * 1000 : percentiles(s.samples).median);
        const ratio = value(b) / value(a);
        report.figure(`neo4j-store.${name}.ratio`, ratio);
        return [name, value(a), value(b), ratio, detail];
      };
      const events = options.events;
      const loadRow =
        neoLoad === null
          ? [
              "load",
              memoryLoad * 1000,
              "-",
              "-",
              `${Math.round(events / memoryLoad)} events/s in memory; Neo4j reused`,
            ]
          : row(
              "load",
              { seconds: memoryLoad },
              { seconds: neoLoad },
              `${Math.round(events / neoLoad)} events/s on Neo4j, ${Math.round(events / memoryLoad)} in memory`,
            );
      report.table(
        "Neo4j time / memory time (load: total ms; queries: median ms per call)",
        ["operation", "memory ms", "neo4j ms", "ratio", "notes"],
        [
          loadRow,
          row(
            "shortestPath",
            { samples: m.samples.path },
            { samples: n.samples.path },
            `lengths differ: ${mismatches(m.answers.path, n.answers.path)}`,
          ),
          row(
            "neighborhood",
            { samples: m.samples.around },
            { samples: n.samples.around },
            `depth 2, limit 200; answers differ: ${mismatches(m.answers.around, n.answers.around)}`,
          ),
          row(
            "eventsBetween",
            { samples: m.samples.between },
            { samples: n.samples.between },
            `answers differ: ${mismatches(m.answers.between, n.answers.between)}`,
          ),
        ],
      );
      const apiRatio = memoryApi.requestsPerSecond / neoApi.requestsPerSecond;
      report.figure("neo4j-store.apiMix.ratio", apiRatio);
      report.table(
        "The API bench's query mix over each store (req/s, 4 connections; ratio: memory req/s over Neo4j's)",
        ["store", "req/s", "p50 ms", "p99 ms", "errors"],
        [
          ["memory", memoryApi.requestsPerSecond, memoryApi.p50, memoryApi.p99, memoryApi.errors],
          ["neo4j", neoApi.requestsPerSecond, neoApi.p50, neoApi.p99, neoApi.errors],
          ["ratio", apiRatio, "", "", ""],
        ],
      );
      // The query mix as one figure: the geometric mean of the three median ratios (load stands apart).
      const ratios = (["shortestPath", "neighborhood", "eventsBetween"] as const).map(
        (name) => report.figures().get(`neo4j-store.${name}.ratio`) ?? NaN,
      );
      report.result("neo4j.vs_memory", {
        value: Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length),
        scale: scale * NEO4J_FRACTION,
        detail:
          "Neo4j store time over memory store time on the query mix (geometric mean of the median ratios " +
          `of shortestPath, neighborhood depth 2, eventsBetween; ${options.events} events). Through the API ` +
          `bench's query mix: memory ${Math.round(memoryApi.requestsPerSecond)} req/s, Neo4j ` +
          `${Math.round(neoApi.requestsPerSecond)} req/s, ratio ${apiRatio.toFixed(2)}`,
      });
      const tail = (name: string, a: number[], b: number[]) => [
        name,
        percentiles(a).p99,
        percentiles(b).p99,
        percentiles(b).p99 / percentiles(a).p99,
      ];
      report.table(
        "p99 latency (ms)",
        ["query", "memory", "neo4j", "ratio"],
        [
          tail("shortestPath", m.samples.path, n.samples.path),
          tail("neighborhood", m.samples.around, n.samples.around),
          tail("eventsBetween", m.samples.between, n.samples.between),
        ],
      );
      if (process.env.NEO4J_BENCH_GRAPHQL !== "off") {
        // A failure here must not lose the figures above.
        await compareWithNeo4jGraphql(report, neo, connection.config, options.persons, {
          // Few connections: the slow queries (a bilateral list of thousands of events) would only queue.
          connections: 4,
          durationSeconds: Math.max(2, Math.min(10, Math.round(10 * scale))),
          scale: scale * NEO4J_FRACTION,
        }).catch((error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          report.note(`@neo4j/graphql comparison FAILED: ${reason}`);
          report.result("neo4j.vs_neo4j_graphql", {
            value: null,
            scale: scale * NEO4J_FRACTION,
            detail: `the comparison failed: ${reason}`,
          });
        });
      }
    } finally {
      await neo.close();
      await connection.server?.stop();
    }
  },
};

/**
 * Empties a Neo4j the bench was pointed at, article by article, through the store itself. Articles come back in
 * id order, not the order they were applied in, and one that others lean on (the gazetteer's countries and
 * places) is refused while they stand, after a costly check (every tie of every country): `last` names those
 * the bench knows of, and anything else refused is tried again once the rest has gone.
 */
async function clear(store: GraphStore, last: readonly string[]): Promise<void> {
  const ids = (await store.listArticles()).map((article) => article.id).reverse();
  let left = [...ids.filter((id) => !last.includes(id)), ...ids.filter((id) => last.includes(id))];
  while (left.length > 0) {
    const refused: string[] = [];
    for (const id of left) {
      try {
        await store.retractArticle(id);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        refused.push(id);
      }
    }
    if (refused.length === left.length)
      throw new Error(`bench: cannot empty the Neo4j graph, ${left.length} article(s) refuse to go`);
    left = refused;
  }
}

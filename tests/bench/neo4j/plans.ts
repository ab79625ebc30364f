// `npx tsx tests/bench/neo4j/plans.ts [--out docs/neo4j-plans]`: PROFILEs every read statement the Neo4j store
// issues for the API's queries (lookups, person with events, events by country and by date, events between two
// persons or two countries, search, neighbourhood layers and links, shortest path, counts) against the graph
// in NEO4J_BENCH_URI (loaded by tests/bench/neo4j/load.ts), with inputs drawn from that graph, and writes one
// plan per statement plus summary.txt (rows, db hits, and any operator that reads a whole label).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import neo4j, { type Driver } from "neo4j-driver";
import * as R from "../../../src/store/neo4j/cypher/reads.ts";
import * as T from "../../../src/store/neo4j/cypher/traversal.ts";
import { eventSearch } from "../../../src/store/neo4j/events.ts";
import { entitySearch } from "../../../src/store/neo4j/reads.ts";
import type { Params } from "../../../src/store/neo4j/session.ts";
import { benchNeo4jConfig } from "./connection.ts";
import { formatPlan, scansIn, type PlanNode } from "./plan-format.ts";

const { values } = parseArgs({ options: { out: { type: "string", default: "docs/neo4j-plans" } } });
const config = benchNeo4jConfig();
if (config === null) throw new Error("plans: set NEO4J_BENCH_URI (see tests/bench/neo4j/serve.ts)");

interface Statement {
  name: string;
  /** Which store call issues it. */
  call: string;
  query: string;
  params: Params;
}

const int = (n: number) => neo4j.int(n);

async function one(driver: Driver, query: string, params: Params = {}): Promise<unknown[]> {
  const session = driver.session({ database: config?.database, defaultAccessMode: "READ" });
  try {
    const result = await session.executeRead((tx) => tx.run(query, params));
    return result.records.map((r) => r.get(0) as unknown);
  } finally {
    await session.close();
  }
}

/** Inputs from the loaded graph: the busiest person, a typical one, two persons who met, two countries. */
async function inputs(driver: Driver) {
  const [busiest] = await one(
    driver,
    "MATCH (p:Person) WITH p ORDER BY COUNT { (p)-[:TOUCHES]->() } DESC LIMIT 1 RETURN p.id",
  );
  const [typical] = await one(driver, "MATCH (p:Entity {id: 'person:5000'}) RETURN p.id");
  const [pair] = await one(
    driver,
    "MATCH (e:Event {id: 'event:12345'})<-[r:TOUCHES]-(p:Person) WITH p ORDER BY p.id RETURN collect(p.id)",
  );
  const [layer] = await one(
    driver,
    "MATCH (:Entity {id: $id})-[:TOUCHES]->(:Tie)<-[:TOUCHES]-(n:Entity) WHERE n.id <> $id " +
      "WITH DISTINCT n ORDER BY n.sortId RETURN collect(n.id)[0..50]",
    { id: typical },
  );
  const [far] = await one(driver, "MATCH (p:Entity {id: 'person:90000'}) RETURN p.id");
  return {
    busiest: String(busiest),
    typical: String(typical ?? busiest),
    far: String(far ?? busiest),
    met: (pair as string[]).slice(0, 2),
    layer: layer as string[],
  };
}

function statements(input: Awaited<ReturnType<typeof inputs>>): Statement[] {
  const person = eventSearch({ participant: input.typical, limit: 10 }, "plans");
  const country = eventSearch({ country: "IR", limit: 20 }, "plans");
  const dates = eventSearch({ from: "2020-01-01", to: "2020-01-31", limit: 20 }, "plans");
  const search = entitySearch({ name: "Person 1234", limit: 10 }, "plans");
  const byCountry = entitySearch({ type: "Person", country: "IR", limit: 20 }, "plans");
  const [a = "", b = ""] = input.met;
  return [
    {
      name: "get-entities",
      call: "getEntity / getEntities",
      query: R.GET_ENTITIES,
      params: { ids: [a, b], have: {} },
    },
    { name: "get-events", call: "getEvent", query: R.GET_EVENTS, params: { ids: ["event:12345"], have: {} } },
    {
      name: "graph-version",
      call: "before a kept answer (findEvents without a participant, findEntities, eventsBetweenCountries)",
      query: R.GRAPH_VERSION,
      params: {},
    },
    {
      name: "person-events",
      call: "findEvents({ participant }) (person with events): total and page",
      query: R.eventsPageQuery(true, person.filters, person.filters),
      params: { ...person.params, limit: int(11) },
    },
    {
      name: "busiest-person-events",
      call: "findEvents({ participant }) for the person with most events",
      query: R.eventsPageQuery(true, [], []),
      params: { participant: input.busiest, limit: int(11) },
    },
    {
      name: "country-events",
      call: "findEvents({ country })",
      query: R.eventsPageQuery(false, country.filters, country.filters),
      params: { ...country.params, limit: int(21) },
    },
    {
      name: "date-events",
      call: "findEvents({ from, to })",
      query: R.eventsPageQuery(false, dates.filters, dates.filters),
      params: { ...dates.params, limit: int(21) },
    },
    {
      name: "events-between",
      call: "eventsBetween (meetingsBetween)",
      query: R.EVENTS_BETWEEN,
      params: { a, b },
    },
    {
      name: "events-between-countries",
      call: "eventsBetweenCountries",
      query: R.EVENTS_BETWEEN_COUNTRIES,
      params: { a: "IR", b: "TR" },
    },
    {
      name: "search-name",
      call: "findEntities({ name }) (search)",
      query: R.findEntitiesQuery(search.filters),
      params: search.params,
    },
    {
      name: "search-type-country",
      call: "findEntities({ type, country })",
      query: R.findEntitiesQuery(byCountry.filters),
      params: byCountry.params,
    },
    { name: "occupancies-of", call: "occupanciesOf", query: R.OCCUPANCIES_OF, params: { id: a } },
    { name: "relations-of", call: "relationsOf", query: R.RELATIONS_OF, params: { id: a } },
    {
      name: "neighborhood-layer-1",
      call: "neighborhood, first layer",
      query: T.NEXT_LAYER,
      params: { frontier: [input.typical], seen: [input.typical], take: int(199) },
    },
    {
      name: "neighborhood-layer-2",
      call: "neighborhood, second layer",
      query: T.NEXT_LAYER,
      params: { frontier: input.layer, seen: [input.typical, ...input.layer], take: int(150) },
    },
    {
      name: "neighborhood-links",
      call: "neighborhood, links between kept entities",
      query: T.LINKING_TIES,
      params: { inner: [input.typical, ...input.layer], kept: [input.typical, ...input.layer] },
    },
    {
      name: "shortest-path",
      call: "shortestPath (maxHops 4)",
      query: T.SHORTEST_PATH[4] ?? "",
      params: { from: input.typical, to: input.far },
    },
    { name: "counts", call: "counts", query: R.COUNTS, params: {} },
  ];
}

const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
try {
  const input = await inputs(driver);
  const [size] = await one(driver, "MATCH (e:Event) RETURN count(e)");
  mkdirSync(values.out, { recursive: true });
  const summary: string[] = [
    `PROFILE of the Neo4j store's read statements on a graph of ${String(size)} events ` +
      "(tests/bench/neo4j/plans.ts; each run once untimed, then profiled).",
    "",
    `${"statement".padEnd(28)} ${"rows".padStart(8)} ${"db hits".padStart(10)}  label scans`,
  ];
  for (const s of statements(input)) {
    const session = driver.session({ database: config.database, defaultAccessMode: "READ" });
    try {
      await session.executeRead((tx) => tx.run(s.query, s.params)); // warm the plan cache and the pages
      const result = await session.executeRead((tx) => tx.run(`PROFILE ${s.query}`, s.params));
      const profile = result.summary.profile;
      if (profile === false) throw new Error(`plans: no profile for ${s.name}`);
      const plan = profile as unknown as PlanNode;
      const scans = scansIn(plan);
      const shown = JSON.stringify(s.params, (_, v: unknown) => (neo4j.isInt(v) ? v.toNumber() : v));
      writeFileSync(
        join(values.out, `${s.name}.txt`),
        `${s.call}\n\n${s.query}\n\nparameters: ${shown}\nrows returned: ${result.records.length}\n\n${formatPlan(plan)}`,
      );
      const hits = (p: PlanNode): number => p.dbHits + p.children.reduce((sum, c) => sum + hits(c), 0);
      summary.push(
        `${s.name.padEnd(28)} ${String(result.records.length).padStart(8)} ${String(hits(plan)).padStart(10)}  ${scans.join(", ") || "none"}`,
      );
    } finally {
      await session.close();
    }
  }
  writeFileSync(join(values.out, "summary.txt"), `${summary.join("\n")}\n`);
  process.stdout.write(`${summary.join("\n")}\n`);
} finally {
  await driver.close();
}

// `npx tsx tests/bench/neo4j/compare.ts [--seconds 10] [--connections 4]`: our API vs @neo4j/graphql on
// whatever synthetic graph NEO4J_BENCH_URI holds (tests/bench/neo4j/load.ts, complete or not), without the
// memory-store half of the neo4j-store section. Prints the table and the neo4j.vs_neo4j_graphql result.
import { parseArgs } from "node:util";
import { createNeo4jStore } from "../../../src/store/neo4j/index.ts";
import { createReport } from "../report.ts";
import { benchNeo4jConfig } from "./connection.ts";
import { compareWithNeo4jGraphql } from "./graphql-compare.ts";

const { values } = parseArgs({
  options: { seconds: { type: "string", default: "10" }, connections: { type: "string", default: "4" } },
});
const config = benchNeo4jConfig();
if (config === null) throw new Error("compare: set NEO4J_BENCH_URI (see tests/bench/neo4j/serve.ts)");
const store = await createNeo4jStore(config);
try {
  const counts = await store.counts();
  const events = Object.values(counts.events).reduce((a, b) => a + b, 0);
  const report = createReport();
  report.note(`graph: ${counts.entities.Person} persons, ${events} events, ${counts.articles} articles`);
  await compareWithNeo4jGraphql(report, store, config, counts.entities.Person, {
    connections: Number(values.connections),
    durationSeconds: Number(values.seconds),
    scale: events / 1_000_000,
  });
  process.stdout.write(`${JSON.stringify(Object.fromEntries(report.results()))}\n`);
} finally {
  await store.close();
}

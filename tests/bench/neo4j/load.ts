// `npx tsx tests/bench/neo4j/load.ts --scale N`: loads the bench's synthetic graph (the neo4j-store section's:
// scale × NEO4J_FRACTION of 1M events) into NEO4J_BENCH_URI through the store, one write transaction per
// article as ingestion does, printing the rate as it goes. Articles already there are skipped, so an
// interrupted load resumes. The bench then reuses the graph with NEO4J_BENCH_REUSE=1.
import { parseArgs } from "node:util";
import { createNeo4jStore } from "../../../src/store/neo4j/index.ts";
import { NEO4J_FRACTION } from "../sections/neo4j-store.ts";
import { articlePatches, gazetteerPatch, optionsAtScale } from "../synthetic-graph.ts";
import { benchNeo4jConfig } from "./connection.ts";

const { values } = parseArgs({ options: { scale: { type: "string", default: "1" } } });
const scale = Number(values.scale);
if (!Number.isFinite(scale) || scale <= 0) throw new Error(`load: --scale must be a positive number`);
const config = benchNeo4jConfig();
if (config === null) throw new Error("load: set NEO4J_BENCH_URI (see tests/bench/neo4j/serve.ts)");
const options = optionsAtScale(scale * NEO4J_FRACTION);
const store = await createNeo4jStore(config);
try {
  const present = new Set((await store.listArticles()).map((a) => a.id));
  const articles = Math.ceil(options.events / options.eventsPerArticle);
  process.stdout.write(
    `loading ${options.persons} persons, ${options.events} events in ${articles} articles into ${config.uri} ` +
      `(${present.size} articles already there)\n`,
  );
  const started = performance.now();
  let events = 0;
  let loaded = 0;
  const gazetteer = gazetteerPatch(options);
  if (!present.has(gazetteer.article.id)) await store.applyPatch(gazetteer);
  for (const patch of articlePatches(options)) {
    if (present.has(patch.article.id)) continue;
    await store.applyPatch(patch);
    events += patch.events.length;
    loaded++;
    if (loaded % 50 === 0 || loaded === articles) {
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(
        `${new Date().toISOString()} ${loaded} articles, ${events} events in ${seconds.toFixed(0)} s: ` +
          `${Math.round(events / seconds)} events/s\n`,
      );
    }
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `done: ${events} events in ${loaded} articles, ${seconds.toFixed(1)} s, ${Math.round(events / seconds)} events/s\n`,
  );
} finally {
  await store.close();
}

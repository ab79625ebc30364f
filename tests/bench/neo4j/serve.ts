// `npx tsx tests/bench/neo4j/serve.ts [--data-dir DIR] [--heap 3g] [--page-cache 3g] [--port N]`: a Neo4j for
// the full-size bench that outlives one bench run, so a 1M-event graph is loaded once (tests/bench/neo4j/load.ts)
// and then profiled and queried many times. Prints `NEO4J_BENCH_URI=…` and stays up until Ctrl-C or SIGTERM;
// the data directory is kept (delete it yourself). The same launcher as the tests, with more memory.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { startNeo4j } from "../../neo4j/launcher.ts";

const { values } = parseArgs({
  options: {
    "data-dir": { type: "string", default: ".cache/neo4j-bench" },
    heap: { type: "string", default: "3g" },
    "page-cache": { type: "string", default: "3g" },
    port: { type: "string", default: "7699" },
  },
});
const server = await startNeo4j({
  dataDir: resolve(values["data-dir"]),
  keepData: true,
  heap: values.heap,
  pageCache: values["page-cache"],
  port: Number(values.port),
});
process.stdout.write(
  `NEO4J_BENCH_URI=${server.uri} NEO4J_BENCH_USER=${server.user} NEO4J_BENCH_PASSWORD=${server.password}\n` +
    `(data ${server.dataDir}, heap ${values.heap}, page cache ${values["page-cache"]}; Ctrl-C stops it)\n`,
);
const stop = () => void server.stop().then(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
// Keep the process (and so the launcher, which exits when our pipe closes) alive.
setInterval(() => undefined, 1 << 30);

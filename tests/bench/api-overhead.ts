// Apollo's own cost per request, without sockets or a load generator: the server's executeHTTPGraphQLRequest and
// the bench's bare executor take turns on the same parsed requests of the API mix, one request at a time; CPU time
// per request, median of alternating rounds. Steadier on a busy machine than req/s over HTTP.
// `NODE_ENV=production node --import tsx/esm tests/bench/api-overhead.ts [EVENTS] [ROUNDS]` (default 20000, 9).
import { HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import { createContext } from "../../src/api/context.ts";
import { DEFAULT_LIMITS, createApiServer } from "../../src/api/server.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { bareExecutor, executableSchema } from "./sections/api-bare.ts";
import { loadGraph, queryMix, workloadInputs } from "./sections/api-workload.ts";

const events = Number(process.argv[2] ?? "20000");
const rounds = Number(process.argv[3] ?? "9");
const store = await createMemoryStore({ dataDir: null });
const { personIds, codes } = await loadGraph(store, { persons: Math.round(events / 5), events });
const api = createApiServer({ store, options: { playground: false } });
await api.listen({ port: 0 });
const contextOptions = {
  store,
  ingest: null,
  token: null,
  readToken: null,
  timeoutMs: DEFAULT_LIMITS.timeoutMs,
  maxCost: DEFAULT_LIMITS.maxCost,
};
const context = async () => createContext(contextOptions, undefined);
const requests: HTTPGraphQLRequest[] = queryMix(workloadInputs(personIds, codes)).map((r) => ({
  method: "POST",
  headers: new HeaderMap([["content-type", "application/json"]]),
  search: "",
  body: JSON.parse(r.body) as unknown,
}));
const bare = bareExecutor(executableSchema());
const servers = {
  apollo: (httpGraphQLRequest: HTTPGraphQLRequest) =>
    api.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context }),
  bare: (request: HTTPGraphQLRequest) => bare(request, context),
};

/** CPU µs per request over n requests, failing on any answer but 200. */
async function cpuPerRequest(name: keyof typeof servers, n: number): Promise<number> {
  const started = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const response = await servers[name](requests[i % requests.length] as HTTPGraphQLRequest);
    if ((response.status ?? 200) !== 200)
      throw new Error(`api-overhead: ${name} answered ${response.status}`);
  }
  const used = process.cpuUsage(started);
  return (used.user + used.system) / n;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
for (const name of ["apollo", "bare", "apollo", "bare"] as const) await cpuPerRequest(name, 2_000); // warm-up
const measured = { apollo: [] as number[], bare: [] as number[] };
for (let i = 0; i < rounds; i++) {
  for (const name of i % 2 === 0 ? (["apollo", "bare"] as const) : (["bare", "apollo"] as const)) {
    measured[name].push(await cpuPerRequest(name, 5_000));
  }
}
const [a, b] = [median(measured.apollo), median(measured.bare)];
const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(" ");
console.log(`graph of ${events} events, ${rounds} rounds of 5,000 requests each, CPU µs per request`);
console.log(`  Apollo: median ${a.toFixed(1)} (${list(measured.apollo)})`);
console.log(`  bare:   median ${b.toFixed(1)} (${list(measured.bare)})`);
console.log(`  Apollo's own cost ${(a - b).toFixed(1)} µs a request; bare / Apollo ${(b / a).toFixed(2)}`);
await api.stop();
await store.close();

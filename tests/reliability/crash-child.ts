// The process the crash test kills: seeds a folder, or serves the API, on a memory store; bundled by the test
// (esbuild) so that each of its many restarts is quick.
//   seed DATA_DIR ARTICLES_DIR   ingest the folder's articles in order, printing "ack ID" once each is stored
//   api DATA_DIR PORT            serve GraphQL (ingestArticle with the token in CRASH_TOKEN) until killed
import { createApiServer } from "../../src/api/server.ts";
import { seedFolders } from "../../src/commands/seed.ts";
import { createApiIngest } from "../../src/commands/serve.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { extractArticle } from "../../src/extract/index.ts";
import { resolvePatch } from "../../src/resolve/index.ts";

const token = process.env["CRASH_TOKEN"] ?? null;

const [mode, dataDir, arg] = process.argv.slice(2);
if (dataDir === undefined || arg === undefined) throw new Error("usage: crash-child seed|api DATA_DIR ARG");
const say = (line: string) => process.stdout.write(`${line}\n`);
// Extraction loads its word lists on first use: done before "ready", so kills after it land in the writes.
extractArticle("Omani officials met in Amman on Monday.", { language: "en" });
const store = await createMemoryStore({ dataDir, warn: () => undefined });
say("ready");
if (mode === "seed") {
  await seedFolders(store, [arg], {
    resume: true,
    log: (line) => {
      const acked = /^\[\s*\d+\/\d+\] (?:ingested|unchanged|present)\s+(\S+)/.exec(line);
      if (acked) say(`ack ${acked[1]}`);
    },
  });
  await store.close();
  say("done");
} else {
  const server = createApiServer({
    store,
    ingest: createApiIngest(store),
    options: { token, playground: false, onError: () => undefined },
  });
  await server.listen({ port: Number(arg), host: "127.0.0.1" });
  // Warm the request path (GraphQL, the resolver's index of the graph) so that kills land in ingests.
  await server.apollo.executeOperation(
    { query: "{ stats { persons } }" },
    { contextValue: server.contextFor(undefined) },
  );
  await resolvePatch(
    extractArticle("Omani officials met in Amman on Monday.", { language: "en", id: "warm" }),
    store,
  );
  say("listening");
}

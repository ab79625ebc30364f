// Concurrent writes: 20 ingests at once, each introducing the same new person, make one node for that person.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApiIngest } from "../../src/commands/serve.ts";
import { ingestArticle } from "../../src/ingest/ingest.ts";
import { createExtractPool, type ExtractPool } from "../../src/ingest/extract-pool.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { TOKEN, dataOf, startApi, type Running } from "../api/client.ts";
import { random, wireParagraph } from "./wire.ts";

/** The same new person, named with and without a middle name: resolved one after another, they are one node. */
const NEWCOMER = ["Qesvek Dorlanbal", "Qesvek Tal Dorlanbal"];
const nodesOfNewcomer = (store: GraphStore) =>
  store.findEntities({ name: "Dorlanbal", type: "Person", limit: 50 }).then((found) => found.length);
const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId } }`;

let store: GraphStore;
let api: Running;
let pool: ExtractPool;
beforeAll(async () => {
  store = await createMemoryStore();
  pool = createExtractPool(2);
  api = await startApi({
    store,
    ingest: createApiIngest(store, (where, text, meta) => pool.extract(where, text, meta)),
    options: { token: TOKEN },
  });
});
afterAll(async () => {
  await api.stop();
  await pool.close();
  await store.close();
});

it("20 concurrent ingests introducing the same new person make one node", async () => {
  const articles = Array.from({ length: 20 }, (_, i) =>
    wireParagraph(random(100 + i), NEWCOMER[i % 2], undefined, "Omani"),
  );
  const results = await Promise.all(
    articles.map((text) => api.gql(INGEST, { input: { text, language: "en" } }, { token: TOKEN })),
  );
  for (const res of results) dataOf(res);
  expect(await nodesOfNewcomer(store)).toBe(1);
  expect((await store.counts()).articles).toBe(20);
}, 60_000);

it("20 ingests started together on one store (no HTTP between them) make one node", async () => {
  const own = await createMemoryStore();
  try {
    const texts = Array.from({ length: 20 }, (_, i) =>
      wireParagraph(random(200 + i), NEWCOMER[i % 2], undefined, "Omani"),
    );
    await Promise.all(
      texts.map((text, i) => ingestArticle(own, text, { language: "en", id: `together-${i}` })),
    );
    expect(await nodesOfNewcomer(own)).toBe(1);
  } finally {
    await own.close();
  }
}, 60_000);

// importGraph over HTTP: a JSON export read back into an empty store, the same as `diplograph import`;
// refused without the write token, into a store that is not empty, or when the JSON is not an export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportGraph } from "../../src/commands/export.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { TOKEN, codeOf, dataOf, startApi, type Running } from "../api/client.ts";
import { seededStore } from "../api/stores.fake.ts";

const IMPORT = `mutation ($json: String!) { importGraph(json: $json) { articles entities events relations positions } }`;

describe("api: importGraph", () => {
  let source: GraphStore;
  let target: GraphStore;
  let api: Running;
  let json: string;
  beforeAll(async () => {
    source = await seededStore();
    target = await createMemoryStore({ dataDir: null });
    api = await startApi({ store: target, options: { token: TOKEN } });
    json = JSON.stringify(await exportGraph(source));
  }, 120_000);
  afterAll(async () => {
    await api.stop();
    await Promise.all([source.close(), target.close()]);
  });

  it("refuses a caller without the write token and changes nothing", async () => {
    expect(codeOf(await api.gql(IMPORT, { json }))).toBe("UNAUTHENTICATED");
    expect((await target.counts()).articles).toBe(0);
  });

  it("refuses JSON that is no export, naming the problem", async () => {
    const notJson = await api.gql(IMPORT, { json: "{not json" }, { token: TOKEN });
    expect(codeOf(notJson)).toBe("BAD_USER_INPUT");
    expect(notJson.body.errors?.[0]?.message).toMatch(/not valid JSON/);
    expect(codeOf(await api.gql(IMPORT, { json: '{"articles": 3}' }, { token: TOKEN }))).toBe(
      "BAD_USER_INPUT",
    );
    expect((await target.counts()).articles).toBe(0);
  });

  it("fills an empty store so that it exports what the source exported", async () => {
    const graph = JSON.parse(json) as { articles: unknown[]; entities: unknown[]; events: unknown[] };
    const data = dataOf(await api.gql(IMPORT, { json }, { token: TOKEN }));
    expect(data.importGraph).toMatchObject({
      articles: graph.articles.length,
      entities: graph.entities.length,
      events: graph.events.length,
    });
    expect(await exportGraph(target)).toEqual(await exportGraph(source));
  });

  it("refuses a store that is not empty", async () => {
    expect(codeOf(await api.gql(IMPORT, { json }, { token: TOKEN }))).toBe("CONFLICT");
  });
});

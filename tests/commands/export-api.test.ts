// graphExport over HTTP: the same files as the CLI's export, refused beyond the cost limit with the limit named.
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportGraph } from "../../src/commands/export.ts";
import { parseExport } from "../../src/commands/import-patches.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { codeOf, dataOf, startApi, type Running } from "../api/client.ts";
import { seededStore } from "../api/stores.fake.ts";

describe("api: graphExport", () => {
  let store: GraphStore;
  let api: Running;
  beforeAll(async () => {
    store = await seededStore();
    api = await startApi({ store });
  }, 120_000);
  afterAll(async () => {
    await api.stop();
    await store.close();
  });

  it("gives the JSON export, which parses as one", async () => {
    const data = dataOf(await api.gql(`{ graphExport(format: JSON) }`));
    const parsed = parseExport(JSON.parse(String(data.graphExport)), "test");
    expect(parsed).toEqual(JSON.parse(JSON.stringify(await exportGraph(store))));
  });

  it("gives GEXF that graphology reads back with every entity and event", async () => {
    const graph = await exportGraph(store);
    const data = dataOf(await api.gql(`{ graphExport }`));
    const back = parseGexf(MultiDirectedGraph, String(data.graphExport));
    expect(back.order).toBe(graph.entities.length + graph.events.length);
  });

  it("refuses a graph larger than the cost limit, naming it", async () => {
    const small = await startApi({ store, options: { limits: { maxCost: 2 } } });
    try {
      const res = await small.gql(`{ graphExport(format: GRAPHML) }`);
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(res.body.errors?.[0]?.message).toContain("cost limit of 2 events");
    } finally {
      await small.stop();
    }
  });
});

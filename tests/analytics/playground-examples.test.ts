// The playground's analytics tabs run as they are on the graph they were filled from, and find something.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleTabs } from "../../src/api/playground/examples.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { dataOf, startApi, type Running } from "../api/client.ts";
import { seededStore } from "../api/stores.fake.ts";

const FIELDS = ["centrality", "busiestDyads", "pairSpan", "egoNetwork"];

describe("playground: analytics examples", () => {
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

  it("has a tab for each analytics field, each answering without errors", async () => {
    const tabs = (await exampleTabs(store)).filter((t) => FIELDS.some((f) => t.query.includes(`${f}(`)));
    expect(tabs).toHaveLength(4);
    for (const tab of tabs) {
      const variables = JSON.parse(tab.variables ?? "{}") as Record<string, unknown>;
      const data = dataOf(await api.gql(tab.query, variables));
      expect(JSON.stringify(data)).not.toContain('"totalCount":0');
    }
    const span = dataOf(
      await api.gql(tabs[2]?.query ?? "", JSON.parse(tabs[2]?.variables ?? "{}") as Record<string, unknown>),
    );
    expect((span.pairSpan as { count: number }).count).toBeGreaterThan(0);
  });
});

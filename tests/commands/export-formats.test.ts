// GEXF and GraphML exports parse back with graphology's own parsers into the same nodes, edges and attributes,
// and GEXF carries the dates as dynamic spells (Gephi's timeline).
import { DOMParser } from "@xmldom/xmldom";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { beforeAll, describe, expect, it } from "vitest";
import { exportGraph } from "../../src/commands/export.ts";
import { childrenNamed, toGexf } from "../../src/commands/export-gexf.ts";
import { drawnGraph, labelsByScript } from "../../src/commands/export-graph.ts";
import { toGraphml } from "../../src/commands/export-graphml.ts";
import type { GraphExport } from "../../src/commands/import-patches.ts";
import { timelineDate } from "../../src/store/event-order.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { fillStore } from "../analytics/analytics-suite.ts";

describe("export formats", () => {
  let graph: GraphExport;
  beforeAll(async () => {
    const store = await createMemoryStore();
    await fillStore(store);
    graph = await exportGraph(store);
    await store.close();
  }, 120_000);

  it.each([
    ["GEXF", (g: GraphExport) => parseGexf(MultiDirectedGraph, toGexf(g))],
    ["GraphML", (g: GraphExport) => parseGraphml(MultiDirectedGraph, toGraphml(g))],
  ])("%s parses back into the same nodes, edges and attributes", (_, roundTrip) => {
    const expected = drawnGraph(graph).graph;
    const back = roundTrip(graph);
    expect(back.order).toBe(graph.entities.length + graph.events.length);
    expect(back.order).toBe(expected.order);
    expect(back.size).toBe(expected.size);
    expected.forEachNode((id, attributes) => expect(back.getNodeAttributes(id)).toEqual(attributes));
    expected.forEachEdge((key, attributes, source, target) => {
      expect(back.source(key)).toBe(source);
      expect(back.target(key)).toBe(target);
      expect(back.getEdgeAttributes(key)).toEqual(attributes);
    });
  });

  it("labels every entity in each script its names are written in", () => {
    const arabic = graph.entities.find((e) =>
      [e.name, ...e.aliases].some((n) => /\p{Script=Arabic}/u.test(n)),
    );
    expect(arabic).toBeDefined();
    const node = drawnGraph(graph).graph.getNodeAttributes(arabic?.id ?? "");
    expect(node["label_arabic"]).toMatch(/\p{Script=Arabic}/u);
    expect(labelsByScript(["Ali", "علي", "Али"])).toEqual({
      label_latin: "Ali",
      label_arabic: "علي",
      label_cyrillic: "Али",
    });
  });

  it("gives GEXF dated events and their edges a spell of their day, in a dynamic graph by date", () => {
    const doc = new DOMParser().parseFromString(toGexf(graph), "application/xml");
    const g = doc.documentElement ? childrenNamed(doc.documentElement, "graph")[0] : undefined;
    expect(g?.getAttribute("mode")).toBe("dynamic");
    expect(g?.getAttribute("timeformat")).toBe("date");
    const byId = new Map<string, Element>();
    for (const [list, tag] of [
      ["nodes", "node"],
      ["edges", "edge"],
    ] as const) {
      for (const container of g ? childrenNamed(g, list) : []) {
        for (const el of childrenNamed(container, tag)) byId.set(el.getAttribute("id") ?? "", el);
      }
    }
    let dated = 0;
    for (const event of graph.events) {
      const date = timelineDate(event);
      const el = byId.get(event.id);
      expect(el?.getAttribute("start") || null).toBe(date);
      expect(el?.getAttribute("end") || null).toBe(date);
      if (date !== null) dated += 1;
    }
    expect(dated).toBeGreaterThan(100);
  });
});

// GEXF 1.3 for Gephi: graphology-gexf writes nodes, edges and attributes; the dates are then set as GEXF's
// dynamic spells (start/end on nodes and edges, timeformat "date") so Gephi's timeline slider filters by them.
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { write } from "graphology-gexf";
import type { GraphExport } from "./import-patches.ts";
import { drawnGraph, type Spell } from "./export-graph.ts";

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** The element children of a node named `tag` (walked directly: xmldom's live getElementsByTagName is quadratic). */
export function childrenNamed(parent: Node, tag: string): Element[] {
  const out: Element[] = [];
  for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
    if (isElement(child) && child.nodeName === tag) out.push(child);
  }
  return out;
}

function setSpells(xml: string, spells: ReadonlyMap<string, Spell>): string {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const root = doc.documentElement;
  const graph = root === null ? undefined : childrenNamed(root, "graph")[0];
  if (graph === undefined) throw new Error("export: graphology-gexf wrote no <graph> element");
  graph.setAttribute("mode", "dynamic");
  graph.setAttribute("timeformat", "date");
  for (const [list, tag] of [
    ["nodes", "node"],
    ["edges", "edge"],
  ] as const) {
    for (const container of childrenNamed(graph, list)) {
      for (const element of childrenNamed(container, tag)) {
        const spell = spells.get(element.getAttribute("id") ?? "");
        if (spell === undefined) continue;
        if (spell.start !== null) element.setAttribute("start", spell.start);
        if (spell.end !== null) element.setAttribute("end", spell.end);
      }
    }
  }
  return new XMLSerializer().serializeToString(doc);
}

export function toGexf(graph: GraphExport): string {
  const { graph: drawn, spells } = drawnGraph(graph);
  const xml = write(drawn, {
    version: "1.3",
    pretty: true,
    formatNode: (_key, attributes) => {
      const { label, ...rest } = attributes;
      return { label: String(label ?? ""), attributes: rest };
    },
    formatEdge: (_key, attributes) => {
      const { label, ...rest } = attributes;
      return { label: String(label ?? ""), attributes: rest };
    },
  });
  return setSpells(xml, spells);
}

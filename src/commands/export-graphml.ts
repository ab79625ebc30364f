// GraphML (yEd, Cytoscape, NetworkX, Gephi): graphology-graphml only reads, so the file is built here through an
// XML DOM (every value escaped by @xmldom/xmldom); keys are declared per attribute with their type.
import { DOMImplementation, XMLSerializer } from "@xmldom/xmldom";
import type { GraphExport } from "./import-patches.ts";
import { drawnGraph, type Attributes } from "./export-graph.ts";

const NS = "http://graphml.graphdrawing.org/xmlns";

/** Every attribute name of nodes or edges with its GraphML type (int when every value is an integer). */
function keysOf(all: Attributes[]): Map<string, "string" | "int" | "double"> {
  const keys = new Map<string, "string" | "int" | "double">();
  for (const attributes of all) {
    for (const [name, value] of Object.entries(attributes)) {
      const type = typeof value === "string" ? "string" : Number.isInteger(value) ? "int" : "double";
      const seen = keys.get(name);
      keys.set(
        name,
        seen === undefined || seen === type
          ? type
          : seen === "string" || type === "string"
            ? "string"
            : "double",
      );
    }
  }
  return keys;
}

export function toGraphml(graph: GraphExport): string {
  const { graph: drawn } = drawnGraph(graph);
  const doc = new DOMImplementation().createDocument(NS, "graphml", null);
  const root = doc.documentElement;
  if (root === null) throw new Error("export: no GraphML root element");
  const el = (parent: Element, name: string, attrs: Record<string, string>): Element => {
    const child = doc.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) child.setAttribute(k, v);
    parent.appendChild(child);
    return child;
  };
  const nodeKeys = keysOf(drawn.mapNodes((_n, a) => a));
  const edgeKeys = keysOf(drawn.mapEdges((_e, a) => a));
  for (const [owner, keys] of [
    ["node", nodeKeys],
    ["edge", edgeKeys],
  ] as const) {
    for (const [name, type] of keys) {
      el(root, "key", { id: `${owner[0]}_${name}`, for: owner, "attr.name": name, "attr.type": type });
    }
  }
  const g = el(root, "graph", { id: "diplograph", edgedefault: "directed" });
  const data = (parent: Element, owner: "n" | "e", attributes: Attributes) => {
    for (const [name, value] of Object.entries(attributes)) {
      el(parent, "data", { key: `${owner}_${name}` }).appendChild(doc.createTextNode(String(value)));
    }
  };
  drawn.forEachNode((id, attributes) => data(el(g, "node", { id }), "n", attributes));
  drawn.forEachEdge((key, attributes, source, target) =>
    data(el(g, "edge", { id: key, source, target }), "e", attributes),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}

// The graph view: the slice as a graphology graph drawn by sigma, laid out by ForceAtlas2 in a web worker. Interaction
// (hover, selection, a path) only changes reducer state; sigma redraws, nothing is rebuilt.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import Sigma from "sigma";
import { apiCommunities, apiSizes, pageCommunities, pageSizes, type ApiMetrics } from "./metrics.ts";
import type { Slice, SliceNode } from "./queries.ts";
import { DIMMED, EVENT_COLOUR, HIGHLIGHT, NO_GROUP, groupColours } from "./palette.ts";

export interface NodeAttributes {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  kind: string;
  country: string | null;
  community: string;
  names: string[];
}

export interface GraphView {
  readonly graph: Graph<NodeAttributes>;
  readonly sigma: Sigma<NodeAttributes>;
  colourBy(mode: "country" | "community"): void;
  select(id: string): void;
  highlightPath(ids: string[]): void;
  /** What each colour means, in the current mode. */
  legend(): { label: string; color: string }[];
  /** Where sizes and communities come from, for the legend. */
  sources(): { size: string; community: string };
  /** Takes the analytics API's PageRank and communities where they cover every person drawn. */
  useApiMetrics(metrics: ApiMetrics): void;
  kill(): void;
}

/** How long the layout runs before it stops on its own (it converges well before on small slices). */
const LAYOUT_MS = 4_000;

/** A start position from the id, so a reload starts the layout from the same place. */
function seedPosition(id: string): { x: number; y: number } {
  let hash = 2166136261;
  for (const ch of id) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  const angle = ((hash & 0xffff) / 0xffff) * 2 * Math.PI;
  const radius = 1 + (hash >>> 16) / 0xffff;
  return { x: Math.cos(angle) * radius * 100, y: Math.sin(angle) * radius * 100 };
}

/** The entity's own name, with its Latin form after it when the graph knows one. */
function labelOf(node: SliceNode): string {
  return node.latin && node.latin !== node.label ? `${node.label} (${node.latin})` : node.label;
}

export function buildGraph(slice: Slice): Graph<NodeAttributes> {
  const graph = new Graph<NodeAttributes>({ type: "undirected", multi: false });
  for (const node of slice.nodes) {
    graph.addNode(node.id, {
      label: labelOf(node),
      ...seedPosition(node.id),
      size: 4,
      color: NO_GROUP,
      kind: node.kind,
      country: node.kind === "Event" ? null : node.country,
      community: "",
      names: node.names,
    });
  }
  for (const edge of slice.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    if (graph.hasEdge(edge.source, edge.target)) continue;
    graph.addEdge(edge.source, edge.target, { weight: edge.weight, size: Math.min(1 + edge.weight, 6) });
  }
  pageSizes(graph); // until the API's PageRank arrives
  return graph;
}

export interface ViewOptions {
  colour: "country" | "community";
  /** Selected entity id, or "". */
  selected: string;
  onSelect: (id: string) => void;
}

export function createGraphView(container: HTMLElement, slice: Slice, options: ViewOptions): GraphView {
  const graph = buildGraph(slice);
  performance.mark("dashboard:graph-built");
  const countryColours = groupColours(graph.mapNodes((_, a) => a.country ?? "").filter(Boolean));
  // Communities come from the API when it answers for every person drawn, else from Louvain in the page, which
  // runs only when first asked for (it costs more than the first frame may).
  let communityColours: Map<string, string> | null = null;
  let sources = { size: "degree, in the page", community: "Louvain, in the page" };
  const communities = (): Map<string, string> => {
    if (communityColours === null) {
      pageCommunities(graph);
      communityColours = groupColours(graph.mapNodes((_, a) => a.community).filter(Boolean));
    }
    return communityColours;
  };
  let mode = options.colour;
  let hovered: string | null = null;
  let selected: string | null =
    options.selected !== "" && graph.hasNode(options.selected) ? options.selected : null;
  let path = new Set<string>();
  // Colours live on the nodes (so an export carries them); hover and selection only change reducer state.
  const paint = () =>
    graph.updateEachNodeAttributes((_, a) => {
      const key = mode === "country" ? a.country : a.community;
      const colours = mode === "country" ? countryColours : communities();
      const color = a.kind === "Event" ? EVENT_COLOUR : (key && colours.get(key)) || NO_GROUP;
      return { ...a, color };
    });
  paint();
  const focus = (): string | null => hovered ?? selected;
  const sigma = new Sigma<NodeAttributes>(graph, container, {
    renderEdgeLabels: false,
    labelFont: "system-ui, 'Noto Naskh Arabic', 'Noto Sans Arabic', sans-serif",
    labelRenderedSizeThreshold: 6,
    defaultEdgeColor: "#cbd5e1",
    zIndex: true,
    nodeReducer: (node, a) => {
      const f = focus();
      const shown = { ...a };
      if (path.size > 0 && path.has(node)) return { ...shown, highlighted: true, zIndex: 2 };
      if (f === null) return path.size > 0 ? { ...shown, color: DIMMED, label: "" } : shown;
      if (node === f) return { ...shown, highlighted: true, zIndex: 2 };
      if (graph.areNeighbors(node, f)) return { ...shown, zIndex: 1, forceLabel: true };
      return { ...shown, color: DIMMED, label: "", zIndex: 0 };
    },
    edgeReducer: (edge, a) => {
      const [s, t] = graph.extremities(edge);
      if (path.size > 0 && path.has(s) && path.has(t)) return { ...a, color: HIGHLIGHT, size: 4, zIndex: 2 };
      const f = focus();
      if (f === null) return path.size > 0 ? { ...a, hidden: true } : a;
      return s === f || t === f ? { ...a, color: "#64748b", zIndex: 1 } : { ...a, hidden: true };
    },
  });
  performance.mark("dashboard:sigma-drawn");
  sigma.on("enterNode", ({ node }) => {
    hovered = node;
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on("leaveNode", () => {
    hovered = null;
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on("clickNode", ({ node }) => options.onSelect(node));

  // The layout starts after the first frame: the worker's start-up copies the whole graph.
  let layout: FA2Layout | null = null;
  let killed = false;
  if (graph.order > 1) {
    requestAnimationFrame(() => {
      if (killed) return;
      layout = new FA2Layout(graph, {
        settings: { ...forceAtlas2.inferSettings(graph), adjustSizes: false },
        getEdgeWeight: "weight",
      });
      layout.start();
      setTimeout(() => layout?.stop(), LAYOUT_MS);
    });
  }
  return {
    graph,
    sigma,
    colourBy(next) {
      mode = next;
      paint();
    },
    select(id) {
      selected = id !== "" && graph.hasNode(id) ? id : null;
      sigma.refresh({ skipIndexation: true });
    },
    highlightPath(ids) {
      path = new Set(ids.filter((id) => graph.hasNode(id)));
      sigma.refresh({ skipIndexation: true });
    },
    sources: () => sources,
    useApiMetrics(metrics) {
      if (apiSizes(graph, metrics)) sources = { ...sources, size: "PageRank of persons, from the API" };
      if (apiCommunities(graph, metrics)) {
        communityColours = groupColours(graph.mapNodes((_, a) => a.community).filter(Boolean));
        sources = { ...sources, community: "Louvain over meetings, from the API" };
      }
      paint();
    },
    legend() {
      if (mode === "community") {
        return [...communities()].map(([, color], i) => ({ label: `community ${i + 1}`, color }));
      }
      return [...countryColours].map(([code, color]) => {
        const id = `country:${code}`;
        const name = graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : code;
        return { label: name === code ? code : `${name} (${code})`, color };
      });
    },
    kill() {
      killed = true;
      layout?.kill();
      sigma.kill();
    },
  };
}

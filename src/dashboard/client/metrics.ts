// Node size and communities: from the analytics API (issue 14) when it covers every person drawn, otherwise
// computed in the page on the graph it holds (degree centrality, Louvain), so a view is never left without them.
import type Graph from "graphology";
import louvain from "graphology-communities-louvain";
import { degreeCentrality } from "graphology-metrics/centrality/degree";
import { gql } from "./api.ts";
import type { NodeAttributes } from "./graph-view.ts";
import type { ViewState } from "./url-state.ts";

export interface ApiMetrics {
  /** PageRank of each person in the window's meeting graph. */
  pagerank: Map<string, number>;
  /** Louvain community of each person, from the API's seeded partition. */
  community: Map<string, string>;
}

const PAGE = 100;
/** At most this many ranked persons are fetched (PAGE at a time); beyond, the page computes its own. */
const MAX_RANKED = 2000;

const ANALYTICS = `query DashboardAnalytics($window: AnalyticsWindow, $offset: Int!, $withCommunities: Boolean!) {
  centrality(window: $window, by: PAGERANK, first: ${PAGE}, offset: $offset) {
    totalCount
    nodes { person { id } pagerank }
  }
  communities(window: $window, minSize: 1, first: 100) @include(if: $withCommunities) {
    persons
    communities { index size members(first: 100) { id } }
  }
}`;

interface AnalyticsAnswer {
  centrality: { totalCount: number; nodes: { person: { id: string }; pagerank: number }[] };
  communities?: {
    persons: number;
    communities: { index: number; size: number; members: { id: string }[] }[];
  };
}

/**
 * The API's PageRank and communities over the view's dates, types and status. Its countries filter means
 * something else (only entities of those countries take part), so it is not passed: persons are measured over
 * the whole window. Null when the API refuses (a window over its cost limit) or holds too many persons.
 */
export async function fetchApiMetrics(state: ViewState): Promise<ApiMetrics | null> {
  const window: Record<string, unknown> = {};
  if (state.from) window["from"] = state.from;
  if (state.to) window["to"] = state.to;
  if (state.types.length > 0) window["types"] = state.types;
  if (state.status) window["status"] = state.status;
  const pagerank = new Map<string, number>();
  const community = new Map<string, string>();
  try {
    for (let offset = 0; offset < MAX_RANKED; offset += PAGE) {
      const answer = await gql<AnalyticsAnswer>(ANALYTICS, { window, offset, withCommunities: offset === 0 });
      for (const n of answer.centrality.nodes) pagerank.set(n.person.id, n.pagerank);
      for (const c of answer.communities?.communities ?? []) {
        for (const m of c.members) community.set(m.id, String(c.index));
      }
      if (offset + PAGE >= answer.centrality.totalCount) break;
    }
  } catch {
    return null;
  }
  return { pagerank, community };
}

/** Degree centrality of every node, as a size (events drawn smaller than entities). */
export function pageSizes(graph: Graph<NodeAttributes>): void {
  const centrality = degreeCentrality(graph);
  graph.updateEachNodeAttributes((id, a) => ({
    ...a,
    size: (a.kind === "Event" ? 3 : 5) + Math.sqrt(centrality[id] ?? 0) * 14,
  }));
}

/** Louvain on the drawn graph. */
export function pageCommunities(graph: Graph<NodeAttributes>): void {
  if (graph.size === 0) return;
  const communities = louvain(graph, { getEdgeWeight: "weight" });
  graph.updateEachNodeAttributes((id, a) => ({ ...a, community: String(communities[id] ?? "") }));
}

const persons = (graph: Graph<NodeAttributes>) => graph.filterNodes((_, a) => a.kind === "Person");

/** Person sizes from PageRank when the API ranked every person drawn; true when it did. */
export function apiSizes(graph: Graph<NodeAttributes>, metrics: ApiMetrics): boolean {
  const drawn = persons(graph);
  if (drawn.length === 0 || drawn.some((id) => !metrics.pagerank.has(id))) return false;
  const top = Math.max(...drawn.map((id) => metrics.pagerank.get(id) ?? 0)) || 1;
  for (const id of drawn) {
    graph.setNodeAttribute(id, "size", 5 + Math.sqrt((metrics.pagerank.get(id) ?? 0) / top) * 14);
  }
  return true;
}

/** Person communities from the API when it placed every person drawn (other nodes get none); true when it did. */
export function apiCommunities(graph: Graph<NodeAttributes>, metrics: ApiMetrics): boolean {
  const drawn = persons(graph);
  if (drawn.length === 0 || drawn.some((id) => !metrics.community.has(id))) return false;
  graph.updateEachNodeAttributes((id, a) => ({ ...a, community: metrics.community.get(id) ?? "" }));
  return true;
}

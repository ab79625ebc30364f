// Who is central in a window: degree, weighted degree (events shared), PageRank and betweenness over the
// person–person meeting graph, by graphology-metrics, ranked best first (ties by id).
import { betweenness as betweennessCentrality, pagerank } from "graphology-metrics/centrality/index.js";
import { compareStrings } from "../domain/merge.ts";
import type { PersonGraph } from "./graphs.ts";

export const CENTRALITY_MEASURES = ["DEGREE", "WEIGHTED_DEGREE", "PAGERANK", "BETWEENNESS"] as const;
export type CentralityMeasure = (typeof CENTRALITY_MEASURES)[number];

export interface CentralityScores {
  personId: string;
  /** Distinct persons met in the window. */
  degree: number;
  /** Sum over those persons of the events shared with each. */
  weightedDegree: number;
  /** PageRank with events shared as edge weights (damping 0.85). */
  pagerank: number;
  /** Normalised betweenness over unweighted shortest paths; null when not asked for (it is the costly one). */
  betweenness: number | null;
}

/** Exact betweenness of every person: O(persons × meetings), so computed only when asked for. */
export function betweennessScores(graph: PersonGraph): Record<string, number> {
  // graphology's Brandes index refuses an empty graph.
  return graph.order === 0 ? {} : betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
}

/** Every measure for every person of the graph (PageRank once for the whole graph; betweenness when given). */
export function centralityScores(
  graph: PersonGraph,
  between: Record<string, number> | null,
): CentralityScores[] {
  const ranks = graph.size === 0 ? {} : pagerank(graph, { getEdgeWeight: "weight" });
  return graph.mapNodes((id) => {
    let weightedDegree = 0;
    graph.forEachEdge(id, (_edge, attributes) => {
      weightedDegree += attributes.weight;
    });
    return {
      personId: id,
      degree: graph.degree(id),
      weightedDegree,
      // A graph without edges has no PageRank walk: every node is as likely as any other.
      pagerank: ranks[id] ?? 1 / graph.order,
      betweenness: between === null ? null : (between[id] ?? 0),
    };
  });
}

const SCORE: Record<CentralityMeasure, (s: CentralityScores) => number> = {
  DEGREE: (s) => s.degree,
  WEIGHTED_DEGREE: (s) => s.weightedDegree,
  PAGERANK: (s) => s.pagerank,
  BETWEENNESS: (s) => s.betweenness ?? 0,
};

/** Highest score first; equal scores by person id, so pages never overlap. */
export function rankBy(scores: readonly CentralityScores[], measure: CentralityMeasure): CentralityScores[] {
  const score = SCORE[measure];
  return [...scores].sort((a, b) => score(b) - score(a) || compareStrings(a.personId, b.personId));
}

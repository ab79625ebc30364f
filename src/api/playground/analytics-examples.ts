// The playground's analytics tabs: the busiest meeting's people as the ego and the pair, their countries as the
// dyad, and a window of held events (a seed graph is small; the comments say how to narrow it by dates).
import type { ExampleTab } from "./examples.ts";

export interface AnalyticsExampleInput {
  person: string;
  other: string;
  countries: [string, string];
}

const WINDOW_HELP = `# The window: {"from": "2024-01-01", "to": "2024-12-31", "countries": ["IR"], "types": ["Meeting"],
# "status": "held"}, every part optional; a window holding more events than the cost limit is refused.`;

const CENTRAL = `${WINDOW_HELP}
# Who is central, and which circles form: persons ranked by PageRank over the meeting graph
# (weighted by events shared), then Louvain communities with their modularity and dominant countries.
query CentralAndCircles($window: AnalyticsWindow) {
  centrality(window: $window, by: PAGERANK, first: 10) {
    totalCount
    nodes { rank person { name country { code } } degree weightedDegree pagerank betweenness }
  }
  communities(window: $window, first: 5) {
    modularity
    persons
    communities { index size dominantCountries { country count } members(first: 5) { name } }
  }
}`;

const ACTIVITY = `${WINDOW_HELP}
# How busy: a country pair's events per quarter, and the busiest country pairs of the window.
query Activity($pair: [String!], $window: AnalyticsWindow) {
  activity(subject: { pair: $pair }, period: QUARTER, window: $window) { total undated periods { period count } }
  busiestDyads(window: $window, first: 5) {
    totalCount
    dyads { a { code name } b { code name } count first { date type } last { date type } }
  }
}`;

const SPAN = `# The first and the last meeting of two people, and every event they shared.
query FirstAndLast($a: ID!, $b: ID!) {
  pairSpan(a: $a, b: $b) {
    count
    first { date type place { name } }
    last { date type place { name } }
    events(first: 10) { date type evidence { sentence text } }
  }
}`;

const EGO = `${WINDOW_HELP}
# A person's network in a window: who they met, and whom those met, within two hops (capped).
query Ego($id: ID!, $window: AnalyticsWindow) {
  egoNetwork(id: $id, window: $window, depth: 2, limit: 50) {
    truncated
    nodes { id name type }
    edges { source target label via }
  }
}`;

export function analyticsTabs(input: AnalyticsExampleInput): ExampleTab[] {
  const window = { status: "held" };
  const vars = (v: Record<string, unknown>): string => JSON.stringify(v, null, 2);
  return [
    { query: CENTRAL, variables: vars({ window }) },
    { query: ACTIVITY, variables: vars({ pair: input.countries, window }) },
    { query: SPAN, variables: vars({ a: input.person, b: input.other }) },
    { query: EGO, variables: vars({ id: input.person, window }) },
  ];
}

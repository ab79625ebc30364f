// Which officials form circles: Louvain (graphology-communities-louvain) over the person–person meeting graph,
// with a seeded random source so the same window gives the same partition on every store and every run.
import louvainExport from "graphology-communities-louvain";
import { compareStrings } from "../domain/merge.ts";
import type { PersonGraph } from "./graphs.ts";

type Louvain = typeof louvainExport.default;

function isLouvain(value: unknown): value is Louvain {
  return typeof value === "function" && "detailed" in value;
}

// The package is CommonJS (module.exports = louvain) with types that declare an ES default export, so under
// NodeNext TypeScript types the default import as the module object while Node hands over the function itself.
const louvain: Louvain = isLouvain(louvainExport) ? louvainExport : louvainExport.default;

/** Louvain's seed: any fixed value works; a fixed one makes answers repeatable. */
export const LOUVAIN_SEED = 20220716;

export interface CountryCount {
  country: string;
  count: number;
}

export interface Community {
  /** 0 for the largest community, then by size (ties by first member id). */
  index: number;
  /** Person ids: most events in the window first, then by id. */
  members: string[];
  /** Countries of the members, most members first (ties by code); persons without a country are left out. */
  countries: CountryCount[];
}

export interface Partition {
  /** Null when the graph has no meeting at all (modularity is undefined then). */
  modularity: number | null;
  communities: Community[];
}

/** mulberry32: a tiny seeded generator, so Louvain's random node order repeats. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Louvain as diplograph runs it (weights: events shared; seeded): tests call this to compare. */
export function runLouvain(graph: PersonGraph) {
  return louvain.detailed(graph, { getEdgeWeight: "weight", rng: seededRandom(LOUVAIN_SEED) });
}

function countriesOf(graph: PersonGraph, members: readonly string[]): CountryCount[] {
  const counts = new Map<string, number>();
  for (const id of members) {
    const country = graph.getNodeAttribute(id, "country");
    if (country !== null) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return [...counts]
    .map(([country, count]) => ({ country, count }))
    .sort((a, b) => b.count - a.count || compareStrings(a.country, b.country));
}

export function detectCommunities(graph: PersonGraph): Partition {
  const detailed = runLouvain(graph);
  const groups = new Map<number, string[]>();
  graph.forEachNode((id) => {
    const label = detailed.communities[id];
    if (label === undefined) return;
    const group = groups.get(label) ?? [];
    group.push(id);
    groups.set(label, group);
  });
  const events = (id: string) => graph.getNodeAttribute(id, "events");
  const lists = [...groups.values()].map((members) =>
    members.sort((a, b) => events(b) - events(a) || compareStrings(a, b)),
  );
  const firstId = (members: readonly string[]) => [...members].sort(compareStrings)[0] ?? "";
  lists.sort((a, b) => b.length - a.length || compareStrings(firstId(a), firstId(b)));
  return {
    modularity: graph.size === 0 ? null : detailed.modularity,
    communities: lists.map((members, index) => ({ index, members, countries: countriesOf(graph, members) })),
  };
}

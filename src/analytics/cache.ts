// Projections kept per graph version and window: a version is the store's counts and its articles' content
// hashes (every write changes one of them), so a cached answer is never served for a graph that changed.
import { createHash } from "node:crypto";
import { compareStrings } from "../domain/merge.ts";
import type { GraphStore } from "../store/graph-store.ts";
import { betweennessScores, centralityScores, type CentralityScores } from "./centrality.ts";
import { detectCommunities, type Partition } from "./communities.ts";
import { busiestDyads, type Dyad } from "./activity.ts";
import { entityEventGraph, personGraph, type EntityEventGraph, type PersonGraph } from "./graphs.ts";
import { projectWindow, type Projection } from "./projection.ts";
import { windowKey, type Window } from "./window.ts";

/** A projection and what was computed on it, each computed on first use. */
export interface Analysed {
  projection: Projection;
  persons(): PersonGraph;
  entities(): EntityEventGraph;
  /** Degree, weighted degree and PageRank; with betweenness too when `withBetweenness`. */
  scores(withBetweenness: boolean): CentralityScores[];
  partition(): Partition;
  dyads(): Dyad[];
}

function once<T>(make: () => T): () => T {
  let done: { value: T } | null = null;
  return () => (done ??= { value: make() }).value;
}

export function analyse(projection: Projection): Analysed {
  const persons = once(() => personGraph(projection));
  const cheap = once(() => centralityScores(persons(), null));
  const full = once(() => centralityScores(persons(), betweennessScores(persons())));
  return {
    projection,
    persons,
    entities: once(() => entityEventGraph(projection)),
    scores: (withBetweenness) => (withBetweenness ? full() : cheap()),
    partition: once(() => detectCommunities(persons())),
    dyads: once(() => busiestDyads(projection)),
  };
}

export async function graphVersion(store: GraphStore): Promise<string> {
  const [counts, articles] = await Promise.all([store.counts(), store.listArticles()]);
  const hash = createHash("sha256").update(JSON.stringify(counts));
  for (const a of [...articles].sort((x, y) => compareStrings(x.id, y.id))) {
    hash.update(`\n${a.id}\u0000${a.contentHash}`);
  }
  return hash.digest("base64url");
}

export interface CacheOptions {
  /** Most events one window may hold (the API passes its cost limit). */
  maxEvents: number;
  /** Windows kept at once; the least recently used goes first. Default 16. */
  maxWindows?: number;
}

export class ProjectionCache {
  readonly maxEvents: number;
  private readonly maxWindows: number;
  private version: string | null = null;
  /** Insertion order is use order: a hit is moved to the end. */
  private readonly entries = new Map<string, Promise<Analysed>>();

  constructor(options: CacheOptions) {
    this.maxEvents = options.maxEvents;
    this.maxWindows = options.maxWindows ?? 16;
  }

  /** The analysed window at this graph version, built with `store` (the caller's, deadline and all) on a miss. */
  get(store: GraphStore, version: string, window: Window): Promise<Analysed> {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const key = windowKey(window);
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const built = projectWindow(store, window, this.maxEvents).then(analyse);
    // A failed build (too large, store down, deadline) is not kept: the next ask tries again.
    built.catch(() => {
      if (this.entries.get(key) === built) this.entries.delete(key);
    });
    this.entries.set(key, built);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxWindows) break;
      this.entries.delete(oldest);
    }
    return built;
  }
}

const caches = new WeakMap<GraphStore, ProjectionCache>();

/** One cache per store (the API's requests share it); the first caller's options set it up. */
export function projectionCacheFor(store: GraphStore, options: CacheOptions): ProjectionCache {
  let cache = caches.get(store);
  if (cache === undefined || cache.maxEvents !== options.maxEvents) {
    cache = new ProjectionCache(options);
    caches.set(store, cache);
  }
  return cache;
}

// Bench section "analytics": centrality (all four measures) and Louvain communities over a one-year window of the
// synthetic graph of 100,000 events (at BENCH_SCALE=1; the window holds about a tenth), on the memory store.
// Each figure is one run: projecting the window (paging events and entities through the GraphStore interface)
// and computing, then the same call again, answered from the cache.
import { createAnalytics } from "../../../src/analytics/index.ts";
import { createMemoryStore } from "../../../src/store/memory/index.ts";
import type { BenchSection } from "../section.ts";
import { optionsAtScale } from "../synthetic-graph.ts";
import { loadSynthetic } from "../timing.ts";

const WINDOW = { from: "2017-01-01", to: "2017-12-31" };

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

export const analyticsSection: BenchSection = {
  name: "analytics",
  description:
    "centrality and communities over a 1-year window of the 100k-event synthetic graph (memory store)",
  async run(report, config) {
    const options = optionsAtScale(0.1 * config.scale);
    const store = await createMemoryStore();
    try {
      const loadSeconds = await loadSynthetic(store, options);
      const { totalCount } = await store.findEvents({ ...WINDOW, limit: 1 });
      // Separate caches (keyed by their limit) so each analytic is timed with its own projection.
      const forCentrality = createAnalytics(store, { maxEvents: 1_000_000 });
      const centrality = await timed(() =>
        forCentrality.centrality(WINDOW, "PAGERANK", { first: 20, offset: 0 }, { withBetweenness: false }),
      );
      const centralityCached = await timed(() =>
        forCentrality.centrality(WINDOW, "DEGREE", { first: 20, offset: 0 }, { withBetweenness: false }),
      );
      // Betweenness on the cached projection: what a query selecting it adds.
      const betweenness = await timed(() =>
        forCentrality.centrality(WINDOW, "BETWEENNESS", { first: 20, offset: 0 }),
      );
      const forCommunities = createAnalytics(store, { maxEvents: 1_000_001 });
      const communities = await timed(() => forCommunities.communities(WINDOW, 2, 20));
      const communitiesCached = await timed(() => forCommunities.communities(WINDOW, 2, 20));
      report.table(
        `analytics: one-year window (${totalCount} of ${options.events} events, ${centrality.value.totalCount} persons)`,
        ["analytic", "first call ms", "cached ms"],
        [
          ["centrality (degree, weighted degree, PageRank)", centrality.ms, centralityCached.ms],
          ["betweenness (exact, on the cached projection)", betweenness.ms, ""],
          [
            `communities (Louvain: ${communities.value.totalCount} of size >= 2, modularity ${communities.value.modularity?.toFixed(3) ?? "n/a"})`,
            communities.ms,
            communitiesCached.ms,
          ],
        ],
      );
      report.note(
        `graph loaded in ${loadSeconds.toFixed(1)} s; each first call projects the window, then computes`,
      );
      report.figure("analytics.centrality.ms", centrality.ms);
      report.figure("analytics.communities.ms", communities.ms);
      report.figure("analytics.betweenness.ms", betweenness.ms);
      report.result("analytics.centrality_year_ms", {
        value: centrality.ms,
        scale: options.events / 1_000_000,
        detail: `degree, weighted degree and PageRank over ${totalCount} events of one year (projection included)`,
      });
      report.result("analytics.communities_year_ms", {
        value: communities.ms,
        scale: options.events / 1_000_000,
        detail: `Louvain over ${totalCount} events of one year (projection included)`,
      });
    } finally {
      await store.close();
    }
  },
};

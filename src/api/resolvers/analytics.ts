// Resolvers of the analyst questions: each checks its bounds and asks ctx.analytics (src/analytics).
import { firstAndLast, WindowTooLargeError } from "../../analytics/index.ts";
import { exportGraph, renderExport } from "../../commands/export.ts";
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import type { Person } from "../../domain/types.ts";
import type {
  CentralityRankingResolvers,
  CentralityScoreResolvers,
  CommunityPartitionResolvers,
  CommunityResolvers,
  DyadRankingResolvers,
  DyadResolvers,
  PairSpanResolvers,
  QueryResolvers,
} from "../generated/graphql.ts";
import type { ApiContext } from "../context.ts";
import { API_LIMITS, intInRange, pageSize } from "../args.ts";
import { countryOrStub, loadEntities, requireEntity } from "../queries.ts";

/** Whether the field's selection reaches `path` (fragments included), e.g. ["nodes", "betweenness"]. */
function selectsField(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const walk = (set: SelectionSetNode | undefined, rest: readonly string[]): boolean => {
    if (set === undefined) return false;
    const [name, ...deeper] = rest;
    return set.selections.some((sel) => {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value !== name) return false;
        return deeper.length === 0 || walk(sel.selectionSet, deeper);
      }
      if (sel.kind === Kind.INLINE_FRAGMENT) return walk(sel.selectionSet, rest);
      return walk(info.fragments[sel.name.value]?.selectionSet, rest);
    });
  };
  return info.fieldNodes.some((node) => walk(node.selectionSet, path));
}

type AnalyticsFields =
  "centrality" | "communities" | "activity" | "busiestDyads" | "pairSpan" | "egoNetwork" | "graphExport";

async function persons(ctx: ApiContext, ids: readonly string[]): Promise<Person[]> {
  return (await loadEntities(ctx, ids)).filter((e): e is Person => e.type === "Person");
}

export const AnalyticsQuery: Pick<QueryResolvers, AnalyticsFields> = {
  centrality: async (_, { window, by, first, offset }, ctx, info) => {
    const measure = by ?? "PAGERANK";
    const page = {
      first: pageSize(first, 20),
      offset: intInRange("offset", offset, 0, Number.MAX_SAFE_INTEGER, 0),
    };
    // Exact betweenness is the costly measure: computed only when the query selects it (or ranks by it).
    const withBetweenness = selectsField(info, ["nodes", "betweenness"]);
    const ranked = await ctx.analytics.centrality(window ?? null, measure, page, { withBetweenness });
    return { ...ranked, measure, offset: page.offset };
  },
  communities: (_, { window, minSize, first }, ctx) =>
    ctx.analytics.communities(
      window ?? null,
      intInRange("minSize", minSize, 1, Number.MAX_SAFE_INTEGER, 2),
      pageSize(first, 20),
    ),
  activity: (_, { subject, period, window }, ctx) =>
    ctx.analytics.activity(subject, period ?? "MONTH", window ?? null),
  busiestDyads: (_, { window, first }, ctx) =>
    ctx.analytics.busiestDyads(window ?? null, pageSize(first, 10)),
  pairSpan: (_, { a, b, window }, ctx) => ctx.analytics.pairSpan(a, b, window ?? null),
  egoNetwork: (_, { id, window, depth, limit }, ctx) =>
    ctx.analytics.egoNetwork(id, window ?? null, {
      depth: intInRange("depth", depth, 1, API_LIMITS.maxDepth, 1),
      limit: intInRange("limit", limit, 1, API_LIMITS.maxNeighborhood, 200),
    }),
  graphExport: async (_, { format }, ctx) => {
    const { totalCount } = await ctx.store.findEvents({ limit: 1 });
    if (totalCount > ctx.analytics.maxEvents)
      throw new WindowTooLargeError(totalCount, ctx.analytics.maxEvents);
    return renderExport(await exportGraph(ctx.store), FORMATS[format ?? "GEXF"]);
  },
};

const FORMATS = { JSON: "json", GEXF: "gexf", GRAPHML: "graphml" } as const;

export const CentralityRanking: CentralityRankingResolvers = {
  nodes: (r) => r.items.map((scores, i) => ({ rank: r.offset + i + 1, scores })),
};

export const CentralityScore: CentralityScoreResolvers = {
  person: async (s, _, ctx) => {
    const entity = await requireEntity(ctx, s.scores.personId, "centrality person");
    if (entity.type !== "Person") throw new Error(`api: centrality: "${entity.id}" is no person`);
    return entity;
  },
  degree: (s) => s.scores.degree,
  weightedDegree: (s) => s.scores.weightedDegree,
  pagerank: (s) => s.scores.pagerank,
  betweenness: (s) => {
    if (s.scores.betweenness === null) throw new Error("api: betweenness was not computed for this query");
    return s.scores.betweenness;
  },
};

export const CommunityPartition: CommunityPartitionResolvers = {
  communities: (p) => p.items,
};

export const Community: CommunityResolvers = {
  size: (c) => c.members.length,
  members: (c, { first }, ctx) => persons(ctx, c.members.slice(0, pageSize(first, 20))),
  dominantCountries: (c, { first }) => c.countries.slice(0, pageSize(first, 3)),
};

export const DyadRanking: DyadRankingResolvers = {
  dyads: (r) => r.items,
};

export const Dyad: DyadResolvers = {
  a: (d, _, ctx) => countryOrStub(ctx, d.a),
  b: (d, _, ctx) => countryOrStub(ctx, d.b),
  count: (d) => d.events.length,
  first: (d) => firstAndLast(d.events).first,
  last: (d) => firstAndLast(d.events).last,
};

export const PairSpan: PairSpanResolvers = {
  events: (p, { first }) => p.events.slice(0, pageSize(first, 20)),
};

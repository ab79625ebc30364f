// Resolvers of paths, subgraphs and counts.
import { EVENT_TYPES } from "../../domain/types.ts";
import type {
  HopResolvers,
  PathResolvers,
  StatsResolvers,
  SubgraphEdgeResolvers,
} from "../generated/graphql.ts";
import { requireEntity } from "../queries.ts";

export const Path: PathResolvers = {
  hops: (p) => p.hops,
};

export const Hop: HopResolvers = {
  from: (h, _, ctx) => requireEntity(ctx, h.source, "hop.from"),
  to: (h, _, ctx) => requireEntity(ctx, h.target, "hop.to"),
  event: (h, _, ctx) => (h.kind === "EVENT" ? ctx.loaders.event.load(h.via) : null),
};

export const SubgraphEdge: SubgraphEdgeResolvers = {};

export const Stats: StatsResolvers = {
  persons: (s) => s.counts.entities.Person,
  countries: (s) => s.counts.entities.Country,
  organizations: (s) => s.counts.entities.Organization,
  places: (s) => s.counts.entities.Place,
  events: (s) => EVENT_TYPES.reduce((sum, t) => sum + s.counts.events[t], 0),
  eventsByType: (s) => EVENT_TYPES.map((type) => ({ type, count: s.counts.events[type] })),
  articles: (s) => s.counts.articles,
  positions: (s) => s.counts.occupancies,
  relations: (s) => s.counts.relations,
};

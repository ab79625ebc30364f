// Root query resolvers: each checks its arguments and makes one call (to the store or a composed read).
import { countryId } from "../../domain/ids.ts";
import type { QueryResolvers } from "../generated/graphql.ts";
import {
  API_LIMITS,
  countryCode,
  intInRange,
  isoDate,
  nonEmpty,
  optionalCountryCode,
  pageSize,
} from "../args.ts";
import { bilateral, entityOfType, eventsBetween, requireEntity, searchEntities } from "../queries.ts";

export const Query: QueryResolvers = {
  search: (_, { text, type, first }, ctx) =>
    searchEntities(ctx, nonEmpty("text", text), type ?? undefined, pageSize(first, 20, API_LIMITS.maxSearch)),
  person: (_, { id }, ctx) => entityOfType(ctx, id, "Person"),
  country: (_, { code }, ctx) => entityOfType(ctx, countryId(countryCode("code", code)), "Country"),
  organization: (_, { id }, ctx) => entityOfType(ctx, id, "Organization"),
  entity: (_, { id }, ctx) => ctx.loaders.entity.load(id),
  event: (_, { id }, ctx) => ctx.loaders.event.load(id),
  article: (_, { id }, ctx) => ctx.loaders.article.load(id),
  events: (_, { filter, first, after }, ctx) =>
    ctx.store.findEvents({
      participant: filter?.participant ?? undefined,
      country: optionalCountryCode("filter.country", filter?.country),
      type: filter?.type ?? undefined,
      from: isoDate("filter.from", filter?.from),
      to: isoDate("filter.to", filter?.to),
      place: filter?.place ?? undefined,
      limit: pageSize(first),
      after: after ?? undefined,
    }),
  meetingsBetween: (_, { a, b }, ctx) => eventsBetween(ctx, a, b),
  bilateral: (_, { a, b }, ctx) => bilateral(ctx, a, b),
  path: async (_, { from, to, maxHops }, ctx) => {
    const hops = intInRange("maxHops", maxHops, 1, API_LIMITS.maxHops, 4);
    await Promise.all([requireEntity(ctx, from, "from"), requireEntity(ctx, to, "to")]);
    return ctx.store.shortestPath(from, to, { maxHops: hops });
  },
  neighborhood: async (_, { id, depth, limit }, ctx) => {
    const d = intInRange("depth", depth, 1, API_LIMITS.maxDepth, 1);
    const l = intInRange("limit", limit, 1, API_LIMITS.maxNeighborhood, 200);
    await requireEntity(ctx, id, "id");
    return ctx.store.neighborhood(id, { depth: d, limit: l });
  },
  stats: async (_, __, ctx) => ({ store: ctx.store.kind, counts: await ctx.store.counts() }),
  health: async (_, __, ctx) => {
    await ctx.store.counts();
    return { status: "ok", store: ctx.store.kind };
  },
};

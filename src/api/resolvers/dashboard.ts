// Root resolvers of the dashboard's schema (schema/dashboard.graphql): the graph slice.
import type { QueryResolvers } from "../generated/graphql.ts";
import { intInRange } from "../args.ts";
import { SLICE_LIMITS, graphSlice } from "./dashboard-slice.ts";

export const DashboardQuery: Pick<QueryResolvers, "graphSlice"> = {
  graphSlice: (_, { filter, view, maxEvents }, ctx) =>
    graphSlice(
      ctx,
      filter ?? {},
      view ?? "EVENTS",
      intInRange("maxEvents", maxEvents, 1, SLICE_LIMITS.maxEvents, SLICE_LIMITS.defaultEvents),
    ),
};

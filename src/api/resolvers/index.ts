// All resolvers, typed by the generated Resolvers type.
import type { Resolvers } from "../generated/graphql.ts";
import { Country, EntityInterface, Organization, Person, PersonMet, Place, Position } from "./entities.ts";
import {
  Bilateral,
  Event,
  EventConnection,
  Evidence,
  Official,
  Participant,
  TimelineEntry,
} from "./events.ts";
import {
  AnalyticsQuery,
  CentralityRanking,
  CentralityScore,
  Community,
  CommunityPartition,
  Dyad,
  DyadRanking,
  PairSpan,
} from "./analytics.ts";
import { Hop, Path, Stats, SubgraphEdge } from "./graph.ts";
import { ImportResult, IngestResult, Mutation, RetractResult } from "./mutation.ts";
import { Query } from "./query.ts";
import { DashboardQuery } from "./dashboard.ts";

export const resolvers: Resolvers = {
  Query: { ...Query, ...DashboardQuery, ...AnalyticsQuery },
  Mutation,
  Entity: EntityInterface,
  Person,
  PersonMet,
  Position,
  Country,
  Organization,
  Place,
  Event,
  Participant,
  Evidence,
  EventConnection,
  Bilateral,
  Official,
  TimelineEntry,
  Path,
  Hop,
  SubgraphEdge,
  Stats,
  IngestResult,
  RetractResult,
  ImportResult,
  CentralityRanking,
  CentralityScore,
  CommunityPartition,
  Community,
  DyadRanking,
  Dyad,
  PairSpan,
};

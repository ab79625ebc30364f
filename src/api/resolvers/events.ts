// Resolvers of events and what hangs off them: participants, evidence, articles, pages, bilateral timelines.
import type { Article as ArticleModel } from "../../domain/types.ts";
import type {
  BilateralResolvers,
  EventConnectionResolvers,
  EventResolvers,
  EvidenceResolvers,
  OfficialResolvers,
  ParticipantResolvers,
  TimelineEntryResolvers,
} from "../generated/graphql.ts";
import { requireEntity } from "../queries.ts";

export const Event: EventResolvers = {
  date: (e) => e.date?.value ?? null,
  datePrecision: (e) => e.date?.precision ?? null,
  dateText: (e) => e.date?.text ?? null,
  place: (e, _, ctx) => (e.location === null ? null : ctx.loaders.entity.load(e.location)),
  articles: async (e, _, ctx) => {
    const found = await ctx.loaders.article.loadMany([...new Set(e.evidence.map((x) => x.articleId))]);
    return found.filter((a): a is ArticleModel => a !== null && !(a instanceof Error));
  },
};

export const Participant: ParticipantResolvers = {
  entity: (p, _, ctx) => requireEntity(ctx, p.entityId, "participant"),
};

export const Evidence: EvidenceResolvers = {
  article: (e, _, ctx) => ctx.loaders.article.load(e.articleId),
};

export const EventConnection: EventConnectionResolvers = {
  nodes: (page) => page.items,
  pageInfo: (page) => ({ endCursor: page.endCursor, hasNextPage: page.hasNextPage }),
};

export const Bilateral: BilateralResolvers = {
  timeline: (b) => b.events.map((event) => ({ event })),
};

export const Official: OfficialResolvers = {
  country: (o) => o.person.country,
};

export const TimelineEntry: TimelineEntryResolvers = {
  date: (t) => t.event.date?.value ?? null,
  datePrecision: (t) => t.event.date?.precision ?? null,
};

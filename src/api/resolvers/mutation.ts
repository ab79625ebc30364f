// Mutations (the auth plugin has let only holders of the write token this far) and what they return.
import { articleIdFor } from "../../domain/ids.ts";
import type {
  IngestResultResolvers,
  MutationResolvers,
  RetractResultResolvers,
} from "../generated/graphql.ts";
import { API_ERROR_CODES, apiError } from "../errors.ts";
import { API_LIMITS, isoDate, nonEmpty, optionalCountryCode } from "../args.ts";
import { loadEntities, loadEvents } from "../queries.ts";

export const Mutation: MutationResolvers = {
  ingestArticle: (_, { input }, ctx) => {
    if (ctx.ingest === null)
      throw apiError("ingestion is not configured on this server", API_ERROR_CODES.ingestUnavailable);
    const text = nonEmpty("input.text", input.text, API_LIMITS.maxTextLength);
    return ctx.ingest(
      {
        text,
        language: nonEmpty("input.language", input.language, 8),
        title: input.title ?? null,
        url: input.url ?? null,
        source: input.source ?? null,
        publishedAt: isoDate("input.publishedAt", input.publishedAt) ?? null,
        sourceCountry: optionalCountryCode("input.sourceCountry", input.sourceCountry) ?? null,
        id: input.id ?? articleIdFor(text),
      },
      ctx.store,
    );
  },
  retractArticle: (_, { id }, ctx) => ctx.store.retractArticle(id),
};

export const IngestResult: IngestResultResolvers = {
  article: (r, _, ctx) => ctx.loaders.article.load(r.articleId),
  entities: (r, _, ctx) => loadEntities(ctx, r.created.entities),
  events: (r, _, ctx) => loadEvents(ctx, r.created.events),
  positionIds: (r) => r.created.occupancies,
  relationIds: (r) => r.created.relations,
};

export const RetractResult: RetractResultResolvers = {
  removedEntityIds: (r) => r.removed.entities,
  removedEventIds: (r) => r.removed.events,
  removedPositionIds: (r) => r.removed.occupancies,
  removedRelationIds: (r) => r.removed.relations,
  keptIds: (r) => r.kept,
};

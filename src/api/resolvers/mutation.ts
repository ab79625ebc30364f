// Mutations (the auth plugin has let only holders of the write token this far) and what they return.
import { articleIdFor } from "../../domain/ids.ts";
import type {
  ImportResultResolvers,
  IngestResultResolvers,
  MutationResolvers,
  RetractResultResolvers,
} from "../generated/graphql.ts";
import { importGraph } from "../../commands/import.ts";
import { parseExport } from "../../commands/import-patches.ts";
import { InvalidInputError, messageOf } from "../../domain/errors.ts";
import { serialised } from "../../ingest/write-lock.ts";
import { API_ERROR_CODES, apiError } from "../errors.ts";
import { checkArticleEnvelope } from "../../ingest/article-input.ts";
import { loadEntities, loadEvents } from "../queries.ts";

export const Mutation: MutationResolvers = {
  ingestArticle: (_, { input }, ctx) => {
    if (ctx.ingest === null)
      throw apiError("ingestion is not configured on this server", API_ERROR_CODES.ingestUnavailable);
    // The same rules as for files (src/ingest/article-input.ts): size and metadata here, at once; the text
    // itself (binary, mostly not letters, its language) in the extraction worker, off the event loop.
    const given = Object.fromEntries(Object.entries(input).filter(([k, v]) => k !== "text" && v != null));
    const meta = checkArticleEnvelope("input", input.text, given, ctx.maxArticleBytes);
    const text = input.text.trim();
    return ctx.ingest(
      {
        text,
        language: meta.language ?? "",
        title: meta.title ?? null,
        url: meta.url ?? null,
        source: meta.source ?? null,
        publishedAt: meta.publishedAt ?? null,
        sourceCountry: meta.sourceCountry ?? null,
        id: meta.id ?? articleIdFor(text),
      },
      ctx.store,
    );
  },
  retractArticle: (_, { id }, ctx) => ctx.store.retractArticle(id),
  importGraph: (_, { json }, ctx) => {
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch (error) {
      throw new InvalidInputError(`importGraph: json is not valid JSON (${messageOf(error)})`);
    }
    const graph = parseExport(raw, "importGraph");
    // One writer at a time on this store, as for ingestArticle: an import never interleaves with an ingest.
    return serialised(ctx.store, () => importGraph(ctx.store, graph, "importGraph"));
  },
};

export const ImportResult: ImportResultResolvers = {
  positions: (r) => r.occupancies,
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

// The per-request context: the store (guarded by the request's deadline), DataLoaders, the caller's rights.
import DataLoader from "dataloader";
import { createHash, timingSafeEqual } from "node:crypto";
import type { Article, DiplomaticEvent, Entity, Occupancy } from "../domain/types.ts";
import type { GraphStore } from "../store/graph-store.ts";
import type { ApplyResult } from "../store/graph-store.ts";
import type { IngestInput } from "./models.ts";
import { withDeadline } from "./limits/deadline.ts";
import { DEFAULT_MAX_ARTICLE_BYTES } from "../domain/limits.ts";
import { graphIndexFor, type GraphIndex } from "../resolve/graph-index.ts";
import { createAnalytics, type Analytics } from "../analytics/index.ts";

/** Turns an article into a patch and applies it (the extraction pipeline, injected by the CLI). */
export type Ingest = (input: IngestInput, store: GraphStore) => Promise<ApplyResult>;

export interface Loaders {
  entity: DataLoader<string, Entity | null>;
  event: DataLoader<string, DiplomaticEvent | null>;
  article: DataLoader<string, Article | null>;
  /** A person's positions, asked once per request however many times the person appears in the answer. */
  occupancies: DataLoader<string, Occupancy[]>;
}

export interface ApiContext {
  /** The store, refusing new calls once the request's deadline has passed. */
  store: GraphStore;
  loaders: Loaders;
  ingest: Ingest | null;
  /** The caller's rights; `writeEnabled` false when the server has no write token (mutations are off for all). */
  auth: { read: boolean; write: boolean; writeEnabled: boolean };
  /** Largest article text in UTF-8 bytes (ingestArticle). */
  maxArticleBytes: number;
  /** The resolver's index of names by transliteration key (kept per store, not per request), for search across scripts. */
  nameIndex: () => Promise<GraphIndex>;
  /** Centrality, communities, activity and ego networks over time windows (projections cached per store). */
  analytics: Analytics;
}

export interface ContextOptions {
  store: GraphStore;
  ingest: Ingest | null;
  /** Bearer token for mutations; null refuses every mutation. */
  token: string | null;
  /** Bearer token for reads; null leaves reads open. */
  readToken: string | null;
  timeoutMs: number;
  /** Largest article text in UTF-8 bytes; default DEFAULT_MAX_ARTICLE_BYTES. */
  maxArticleBytes?: number;
  /** The API's cost limit, also the most events one analytics window may hold. */
  maxCost: number;
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    entity: new DataLoader((ids) => store.getEntities(ids), { maxBatchSize: 1000 }),
    event: new DataLoader((ids) => store.getEvents(ids), { maxBatchSize: 1000 }),
    article: new DataLoader((ids) => Promise.all(ids.map((id) => store.getArticle(id)))),
    occupancies: new DataLoader((ids) => Promise.all(ids.map((id) => store.occupanciesOf(id)))),
  };
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match?.[1] ?? null;
}

/** Compares in constant time (hashes first, so lengths leak nothing either). */
export function tokenMatches(given: string | null, expected: string | null): boolean {
  if (given === null || expected === null) return false;
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

export function createContext(options: ContextOptions, authorization: string | undefined): ApiContext {
  const given = bearerToken(authorization);
  const write = tokenMatches(given, options.token);
  const read = options.readToken === null || write || tokenMatches(given, options.readToken);
  const store = withDeadline(options.store, Date.now() + options.timeoutMs);
  return {
    store,
    loaders: createLoaders(store),
    ingest: options.ingest,
    auth: { read, write, writeEnabled: options.token !== null },
    maxArticleBytes: options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
    nameIndex: () => graphIndexFor(options.store),
    analytics: createAnalytics(store, { maxEvents: options.maxCost }, options.store),
  };
}

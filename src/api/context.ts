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

/** DataLoaders made on first use: most requests need one or two of the four. */
class RequestLoaders implements Loaders {
  #entity?: Loaders["entity"];
  #event?: Loaders["event"];
  #article?: Loaders["article"];
  #occupancies?: Loaders["occupancies"];
  constructor(private readonly store: GraphStore) {}
  get entity(): Loaders["entity"] {
    return (this.#entity ??= new DataLoader((ids) => this.store.getEntities(ids), { maxBatchSize: 1000 }));
  }
  get event(): Loaders["event"] {
    return (this.#event ??= new DataLoader((ids) => this.store.getEvents(ids), { maxBatchSize: 1000 }));
  }
  get article(): Loaders["article"] {
    return (this.#article ??= new DataLoader((ids) =>
      Promise.all(ids.map((id) => this.store.getArticle(id))),
    ));
  }
  get occupancies(): Loaders["occupancies"] {
    return (this.#occupancies ??= new DataLoader((ids) =>
      Promise.all(ids.map((id) => this.store.occupanciesOf(id))),
    ));
  }
}

export function createLoaders(store: GraphStore): Loaders {
  return new RequestLoaders(store);
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

/** Shadows a lazy getter with its value, so the next read is a plain field. */
function keep<T>(target: object, key: string, value: T): T {
  Object.defineProperty(target, key, { value, enumerable: true });
  return value;
}

/**
 * One per request. Built for every request, so what a request may not need (the loaders, analytics) is made on
 * first use. Apollo copies the context's own fields into an object of the same prototype before execution
 * (cloneObject), which has no #private slots: the lazy parts are getters on the prototype that leave their value
 * as an own field of the object they were asked on.
 */
class RequestContext implements ApiContext {
  readonly ingest: Ingest | null;
  readonly maxArticleBytes: number;
  constructor(
    readonly store: GraphStore,
    readonly auth: ApiContext["auth"],
    private readonly options: ContextOptions,
  ) {
    this.ingest = options.ingest;
    this.maxArticleBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  }
  get loaders(): Loaders {
    return keep(this, "loaders", createLoaders(this.store));
  }
  get analytics(): Analytics {
    return keep(
      this,
      "analytics",
      createAnalytics(this.store, { maxEvents: this.options.maxCost }, this.options.store),
    );
  }
  nameIndex(): Promise<GraphIndex> {
    return graphIndexFor(this.options.store);
  }
}

export function createContext(options: ContextOptions, authorization: string | undefined): ApiContext {
  const given = bearerToken(authorization);
  const write = tokenMatches(given, options.token);
  const read = options.readToken === null || write || tokenMatches(given, options.readToken);
  const store = withDeadline(options.store, Date.now() + options.timeoutMs);
  return new RequestContext(store, { read, write, writeEnabled: options.token !== null }, options);
}

// The one interface every graph store implements (memory/graphology and Neo4j); the contract suite in tests/store pins its behaviour.
import type {
  Article,
  DiplomaticEvent,
  Entity,
  EntityType,
  EventStatus,
  EventType,
  Evidence,
  GraphPatch,
  Occupancy,
  Relation,
} from "../domain/types.ts";

export interface EntityQuery {
  type?: EntityType;
  /** ISO alpha-2. */
  country?: string;
  /** Matched, folded (case, diacritics, letter variants), as a substring of the name or any alias. */
  name?: string;
  /** Default 50, at most 1000. */
  limit?: number;
  offset?: number;
}

export interface EventQuery {
  /** Entity id that took part. */
  participant?: string;
  /** ISO alpha-2: a participant of that country, or a location in it. */
  country?: string;
  type?: EventType;
  status?: EventStatus;
  /** Inclusive ISO dates; events without a date never match a date bound. */
  from?: string;
  to?: string;
  /** Entity id of the location (a place or a country). */
  place?: string;
  /** Default 50, at most 1000. */
  limit?: number;
  /** An endCursor from an earlier page. */
  after?: string;
}

/** Events come ordered by date (undated last), then id; cursors are opaque. */
export interface Page<T> {
  items: T[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * One tie between two entities, as drawn: through an event both took part in (or one took part in and the
 * other is its location), through a relation, or through an occupancy (person to organisation).
 */
export interface Link {
  source: string;
  target: string;
  kind: "EVENT" | "RELATION" | "OCCUPANCY";
  /** The event type, relation type, or the occupancy's title. */
  label: string;
  /** Id of the event, relation or occupancy. */
  via: string;
  evidence: Evidence[];
}

export interface Subgraph {
  nodes: Entity[];
  edges: Link[];
  /** True when the limit cut nodes off. */
  truncated: boolean;
}

export interface GraphPath {
  /** Number of hops (entity to entity). */
  length: number;
  nodes: Entity[];
  hops: Link[];
}

export interface Counts {
  entities: Record<EntityType, number>;
  events: Record<EventType, number>;
  articles: number;
  occupancies: number;
  relations: number;
}

export interface ApplyResult {
  articleId: string;
  /** Ids that did not exist before this patch. */
  created: { entities: string[]; events: string[]; occupancies: string[]; relations: string[] };
  /** True when the article had been applied before with exactly this content. */
  unchanged: boolean;
}

export interface RetractResult {
  articleId: string;
  /** Ids that disappeared because only this article supported them. */
  removed: { entities: string[]; events: string[]; occupancies: string[]; relations: string[] };
  /** Ids that stay, backed by other articles. */
  kept: string[];
}

/** Bounds of every read; a bound outside [1, max] (or not an integer) is an InvalidInputError. */
export const LIMITS = {
  defaultPage: 50,
  maxPage: 1000,
  defaultDepth: 1,
  maxDepth: 4,
  defaultNeighborhood: 200,
  maxNeighborhood: 2000,
  defaultHops: 4,
  maxHops: 8,
} as const;

export interface GraphStore {
  readonly kind: "memory" | "neo4j";

  /** Merges one article's patch (idempotent: the same patch twice changes nothing; a new version of the article replaces the old one). */
  applyPatch(patch: GraphPatch): Promise<ApplyResult>;
  /** Removes one article's contribution; facts only it supported disappear. Throws NotFoundError for an unknown article. */
  retractArticle(articleId: string): Promise<RetractResult>;

  getArticle(id: string): Promise<Article | null>;
  listArticles(): Promise<Article[]>;
  getEntity(id: string): Promise<Entity | null>;
  /** In the order asked, null where unknown (for DataLoader). */
  getEntities(ids: readonly string[]): Promise<(Entity | null)[]>;
  getEvent(id: string): Promise<DiplomaticEvent | null>;
  getEvents(ids: readonly string[]): Promise<(DiplomaticEvent | null)[]>;
  findEntities(query: EntityQuery): Promise<Entity[]>;
  findEvents(query: EventQuery): Promise<Page<DiplomaticEvent>>;
  /** Events in which both entities appear (as participants, or one as the location). */
  eventsBetween(a: string, b: string): Promise<DiplomaticEvent[]>;
  /** Events with participants of both countries (ISO alpha-2). */
  eventsBetweenCountries(a: string, b: string): Promise<DiplomaticEvent[]>;
  occupanciesOf(personId: string): Promise<Occupancy[]>;
  relationsOf(entityId: string): Promise<Relation[]>;
  /** Entities within `depth` hops (default 1, at most LIMITS.maxDepth), at most `limit` nodes (default 200). */
  neighborhood(id: string, options?: { depth?: number; limit?: number }): Promise<Subgraph>;
  /** The shortest chain of links between two entities, at most `maxHops` (default 4, at most LIMITS.maxHops); null when none. */
  shortestPath(from: string, to: string, options?: { maxHops?: number }): Promise<GraphPath | null>;
  counts(): Promise<Counts>;
  close(): Promise<void>;
}

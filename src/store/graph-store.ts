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
  /**
   * Inclusive ISO dates, compared with date.value; events without a date, or with a day but no year
   * (precision "day_no_year"), never match a date bound.
   */
  from?: string;
  to?: string;
  /** Entity id of the location (a place or a country). */
  place?: string;
  /** Default 50, at most 1000. */
  limit?: number;
  /** An endCursor from an earlier page. */
  after?: string;
}

/**
 * Events come ordered by date value (undated and "day_no_year" last), then id; cursors are opaque
 * (src/store/event-order.ts makes them, so every store pages alike).
 */
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
  /** The centre first, then by distance, then id; the limit keeps the nearest. */
  nodes: Entity[];
  /**
   * Links between kept nodes through every tie that touches a node nearer than the outermost kept layer
   * (links between two nodes of that layer are left out), each pair once per tie, sorted by via, source, target.
   */
  edges: Link[];
  /** True when the limit cut nodes off. */
  truncated: boolean;
}

export interface GraphPath {
  /** Number of hops (entity to entity): an event two entities share is one hop, as are a relation and an occupancy. */
  length: number;
  nodes: Entity[];
  /** hops[i] goes from nodes[i] to nodes[i + 1] (oriented along the path, whatever the tie's own direction). */
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

/**
 * Every method is async. Reads never see half a write. Objects returned may be shared and frozen
 * (memory store): copy before changing them. Unknown ids: lookups give null, filters give nothing,
 * traversals (neighborhood, shortestPath) throw NotFoundError. Bad bounds or codes: InvalidInputError.
 */
export interface GraphStore {
  readonly kind: "memory" | "neo4j";

  /**
   * Merges one article's patch (idempotent: the same patch twice changes nothing; a new version of the article
   * replaces the old one). The patch is checked (parsePatch) and every entity it refers to must be in it or
   * in the graph: otherwise InvalidInputError and nothing changes. A new version that would remove an entity
   * another article still refers to is a ConflictError.
   */
  applyPatch(patch: GraphPatch): Promise<ApplyResult>;
  /**
   * Removes one article's contribution; facts only it supported disappear, the others keep the rest of their
   * evidence. NotFoundError for an unknown article; ConflictError (nothing changes) when an entity only this
   * article describes is still referred to by another article's event, relation or occupancy.
   */
  retractArticle(articleId: string): Promise<RetractResult>;

  getArticle(id: string): Promise<Article | null>;
  listArticles(): Promise<Article[]>;
  getEntity(id: string): Promise<Entity | null>;
  /** In the order asked, null where unknown (for DataLoader). */
  getEntities(ids: readonly string[]): Promise<(Entity | null)[]>;
  getEvent(id: string): Promise<DiplomaticEvent | null>;
  getEvents(ids: readonly string[]): Promise<(DiplomaticEvent | null)[]>;
  /** Entities matching every filter, ordered by id. */
  findEntities(query: EntityQuery): Promise<Entity[]>;
  findEvents(query: EventQuery): Promise<Page<DiplomaticEvent>>;
  /** Events in which both entities appear (as participants, or one as the location), in event order. */
  eventsBetween(a: string, b: string): Promise<DiplomaticEvent[]>;
  /** Events with a participant of country a and another of country b (ISO alpha-2; a == b: two of that country), in event order. */
  eventsBetweenCountries(a: string, b: string): Promise<DiplomaticEvent[]>;
  /** By id. */
  occupanciesOf(personId: string): Promise<Occupancy[]>;
  /** Relations the entity is the source or the target of, by id. */
  relationsOf(entityId: string): Promise<Relation[]>;
  /** Entities within `depth` hops (default 1, at most LIMITS.maxDepth), at most `limit` nodes (default 200). */
  neighborhood(id: string, options?: { depth?: number; limit?: number }): Promise<Subgraph>;
  /** The shortest chain of links between two entities, at most `maxHops` (default 4, at most LIMITS.maxHops); null when none. */
  shortestPath(from: string, to: string, options?: { maxHops?: number }): Promise<GraphPath | null>;
  counts(): Promise<Counts>;
  close(): Promise<void>;
}

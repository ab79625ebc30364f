// Cypher of the reads: lookups, entity and event search (filters composed from the fragments below, values
// always parameters), events between entities or countries, ties of an entity, counts.
import { ENTITY_TYPES, EVENT_TYPES } from "../../../domain/types.ts";

/** Which state the graph is in: the lock node's epoch and how many writes changed it (`answer-cache.ts`). */
export const GRAPH_VERSION =
  "OPTIONAL MATCH (l:WriteLock {id: 'graph'}) " +
  "RETURN coalesce(l.epoch, '') + ':' + toString(coalesce(l.version, 0)) AS version";

export const GET_ARTICLE = "MATCH (a:Article {id: $id}) RETURN a.json AS json";
export const LIST_ARTICLES = "MATCH (a:Article) RETURN a.json AS json ORDER BY a.sortId";

/**
 * Items by id, in one record: `same`, the ids whose revision is the one the caller holds (`$have`: id to
 * revision, decoded-cache.ts), and `sent`, [id, revision, JSON] for the others. A node written before
 * revisions existed has none: always sent. One record, not one per item: for a page's 65 participants that took about a
 * fifth less of Node's CPU (docs/benchmarks.md).
 */
const BY_ID_RETURN =
  "WITH e, id, e.rev = $have[id] AS same " +
  "RETURN collect(CASE WHEN same THEN id END) AS same, " +
  "collect(CASE WHEN same THEN null ELSE [id, e.rev, e.json] END) AS sent";
export const GET_ENTITIES = `UNWIND $ids AS id MATCH (e:Entity {id: id}) ${BY_ID_RETURN}`;
export const GET_EVENTS = `UNWIND $ids AS id MATCH (e:Item {id: id}) WHERE e:Event ${BY_ID_RETURN}`;

/** findEntities filters; each names its parameter. */
export const ENTITY_FILTERS = {
  type: "e.type = $type",
  country: "e.country = $country",
  // Served by the TEXT index on the folded names.
  name: "e.searchText CONTAINS $name",
} as const;
export type EntityFilter = keyof typeof ENTITY_FILTERS;

export function findEntitiesQuery(filters: readonly EntityFilter[]): string {
  const where = filters.length === 0 ? "" : ` WHERE ${filters.map((f) => ENTITY_FILTERS[f]).join(" AND ")}`;
  return `MATCH (e:Entity)${where} RETURN e.json AS json ORDER BY e.sortId SKIP $offset LIMIT $limit`;
}

/** findEvents filters; a participant is any entity on the event but its location. */
export const EVENT_FILTERS = {
  place: "e.location = $place",
  type: "e.type = $type",
  status: "e.status = $status",
  // Undated events (and days without a year) have no date property: a bound never matches them.
  from: "e.date >= $from",
  to: "e.date <= $to",
  country: "EXISTS { MATCH (x:Entity)-[:TOUCHES]->(e) WHERE x.country = $country }",
  after: "e.sortKey > $after",
} as const;
export type EventFilter = keyof typeof EVENT_FILTERS;

/** Starting from the participant (an index seek, then its edges) when there is one. */
const EVENTS_OF_PARTICIPANT =
  "MATCH (:Entity {id: $participant})-[r:TOUCHES]->(e:Event) WHERE r.role <> 'location' WITH DISTINCT e";

/**
 * Else from the country's entities (a seek on the country index, then their edges): the country filter's
 * EXISTS on every event read the whole :Event label (PROFILE, docs/neo4j-plans); same events, found from the
 * other end.
 */
const EVENTS_OF_COUNTRY = "MATCH (:Entity {country: $country})-[:TOUCHES]->(e:Event) WITH DISTINCT e";

function eventMatch(participant: boolean, filters: readonly EventFilter[]): string {
  const where = (rest: readonly EventFilter[]) => {
    const conditions = rest.map((f) => EVENT_FILTERS[f]).join(" AND ");
    return conditions ? ` WHERE ${conditions}` : "";
  };
  if (participant) return `${EVENTS_OF_PARTICIPANT}${where(filters)}`;
  if (filters.includes("country"))
    return `${EVENTS_OF_COUNTRY}${where(filters.filter((f) => f !== "country"))}`;
  return `MATCH (e:Event)${where(filters)}`;
}

/**
 * The events' total and one page in event order (after the cursor's key when `pageFilters` has `after`), in one
 * statement: two subqueries, each planned from its own seek, so that a page is one round trip.
 */
export function eventsPageQuery(
  participant: boolean,
  filters: readonly EventFilter[],
  pageFilters: readonly EventFilter[],
): string {
  return (
    `CALL { ${eventMatch(participant, filters)} RETURN count(e) AS total } ` +
    `CALL { ${eventMatch(participant, pageFilters)} WITH e ORDER BY e.sortKey LIMIT $limit ` +
    "RETURN collect(e.json) AS jsons } RETURN total, jsons"
  );
}

export const EVENTS_BETWEEN =
  "MATCH (:Entity {id: $a})-[:TOUCHES]->(e:Event) WHERE EXISTS { MATCH (:Entity {id: $b})-[:TOUCHES]->(e) } " +
  "WITH DISTINCT e ORDER BY e.sortKey RETURN e.json AS json";

/** Two different participants (not the location), one of each country. */
export const EVENTS_BETWEEN_COUNTRIES =
  "MATCH (p:Entity {country: $a})-[r1:TOUCHES]->(e:Event)<-[r2:TOUCHES]-(q:Entity {country: $b}) " +
  "WHERE p <> q AND r1.role <> 'location' AND r2.role <> 'location' " +
  "WITH DISTINCT e ORDER BY e.sortKey RETURN e.json AS json";

export const OCCUPANCIES_OF =
  "MATCH (:Entity {id: $id})-[:TOUCHES {role: 'person'}]->(o:Occupancy) " +
  "WITH DISTINCT o ORDER BY o.sortId RETURN o.json AS json";

export const RELATIONS_OF =
  "MATCH (:Entity {id: $id})-[:TOUCHES]->(r:Relation) WITH DISTINCT r ORDER BY r.sortId RETURN r.json AS json";

/**
 * One row per count. Types are counted as Entity:Person, Event:Visit …, not by the type label alone (which Neo4j
 * would answer from its count store for free): a database shared with other data may hold other :Person nodes.
 * Counts of one label are taken before the constant columns are added: `count(n)` grouped by constants is an
 * aggregation over a label scan, `WITH count(n)` alone is read from the count store (PROFILE).
 */
export const COUNTS = [
  ...ENTITY_TYPES.map((t) => `MATCH (n:Entity:${t}) RETURN 'entity' AS what, '${t}' AS type, count(n) AS n`),
  ...EVENT_TYPES.map((t) => `MATCH (n:Event:${t}) RETURN 'event' AS what, '${t}' AS type, count(n) AS n`),
  "MATCH (n:Article) WITH count(n) AS n RETURN 'articles' AS what, '' AS type, n",
  "MATCH (n:Occupancy) WITH count(n) AS n RETURN 'occupancies' AS what, '' AS type, n",
  "MATCH (n:Relation) WITH count(n) AS n RETURN 'relations' AS what, '' AS type, n",
].join(" UNION ALL ");

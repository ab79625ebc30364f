// Cypher of a write transaction (one per patch): read what the change needs, then batched UNWIND … MERGE.
// Values only ever travel as parameters; the label lists below are the domain's own constants.
import { ENTITY_TYPES, EVENT_TYPES } from "../../../domain/types.ts";

/**
 * Taken first by every write transaction: writes are serialised across every process that writes the graph
 * (as the memory store runs one write at a time), so each plans against the state the previous one left.
 */
export const LOCK_WRITES = "MERGE (l:WriteLock {id: 'graph'}) SET l.article = $articleId";

/**
 * Sent with every write that changes the graph: readers that keep answers (`answer-cache.ts`) read the version
 * first and use what they kept only while it has not moved, whichever process wrote. The epoch is new whenever
 * the lock node is (a database emptied and written again counts its versions from 0 again).
 */
export const BUMP_VERSION =
  "MATCH (l:WriteLock {id: 'graph'}) " +
  "SET l.version = coalesce(l.version, 0) + 1, l.epoch = coalesce(l.epoch, randomUUID())";

export const READ_PATCH = "MATCH (a:Article {id: $articleId}) RETURN a.patch AS patch";

/** Kind and last article of the items a change touches or refers to. */
export const READ_STORED =
  "UNWIND $ids AS id MATCH (i:Item {id: id}) RETURN i.id AS id, i.kind AS kind, i.lastArticle AS lastArticle";

export const READ_MERGED = "UNWIND $ids AS id MATCH (i:Item {id: id}) RETURN i.id AS id, i.json AS json";

/** Every article's say about each item (the contributions the merge rules fold). */
export const READ_CONTRIBUTIONS =
  "UNWIND $ids AS id MATCH (a:Article)-[s:SAYS]->(:Item {id: id}) RETURN id, a.id AS articleId, s.json AS json";

/** The ties next to entities about to vanish, with every article's say about each. */
export const READ_NEIGHBOUR_TIES =
  "UNWIND $ids AS id MATCH (:Entity {id: id})-[:TOUCHES]->(t:Tie) WITH DISTINCT id, t " +
  "MATCH (a:Article)-[s:SAYS]->(t) " +
  "RETURN id AS entityId, t.id AS tieId, t.kind AS kind, a.id AS articleId, s.json AS json";

export const DELETE_ITEMS = "UNWIND $ids AS id MATCH (i:Item {id: id}) DETACH DELETE i";

export const DELETE_SAYS = "MATCH (:Article {id: $articleId})-[s:SAYS]->() DELETE s";

/** The type is a label too (counts by label, `MATCH (p:Person)` for Cypher users); a changed type swaps the label. */
export const UPSERT_ENTITIES =
  "UNWIND $rows AS row MERGE (n:Item {id: row.id}) SET n:Entity, n += row " +
  `REMOVE n:${ENTITY_TYPES.join(":")} SET n:$(row.type)`;

export const UPSERT_EVENTS =
  "UNWIND $rows AS row MERGE (n:Item {id: row.id}) SET n:Tie:Event, n += row " +
  `REMOVE n:${EVENT_TYPES.join(":")} SET n:$(row.type)`;

export const UPSERT_RELATIONS =
  "UNWIND $rows AS row MERGE (n:Item {id: row.id}) SET n:Tie:Relation, n += row";

export const UPSERT_OCCUPANCIES =
  "UNWIND $rows AS row MERGE (n:Item {id: row.id}) SET n:Tie:Occupancy, n += row";

/** A changed tie is re-hung whole: its old edges go, the merged tie's edges come. */
export const DELETE_TIE_EDGES = "UNWIND $ids AS id MATCH (:Item {id: id})<-[r:TOUCHES]-() DELETE r";

export const CREATE_TIE_EDGES =
  "UNWIND $edges AS e MATCH (x:Entity {id: e.entity}) MATCH (t:Item {id: e.tie}) " +
  "CREATE (x)-[:TOUCHES {role: e.role}]->(t)";

export const UPSERT_ARTICLE = "MERGE (a:Article {id: $props.id}) SET a += $props";

export const CREATE_SAYS =
  "MATCH (a:Article {id: $articleId}) UNWIND $says AS s MATCH (i:Item {id: s.id}) " +
  "CREATE (a)-[:SAYS {json: s.json}]->(i)";

export const DELETE_ARTICLE = "MATCH (a:Article {id: $articleId}) DETACH DELETE a";

// The schema the store sets up on connect; every statement is idempotent (IF NOT EXISTS), so connecting twice is harmless.

/** Uniqueness constraints (each also an index): every item id once whatever its kind, entity and article ids, the write lock. */
export const CONSTRAINTS: readonly string[] = [
  "CREATE CONSTRAINT diplograph_item_id IF NOT EXISTS FOR (n:Item) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT diplograph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT diplograph_article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT diplograph_write_lock_id IF NOT EXISTS FOR (n:WriteLock) REQUIRE n.id IS UNIQUE",
];

/**
 * Range indexes for the orders and filters the reads use (names, types, countries, dates, places); a TEXT
 * index (trigram) for substring search over the folded names; a full-text (Lucene) index over the folded and
 * the written names with an analyzer that splits Arabic and Latin script alike and keeps every word.
 */
export const INDEXES: readonly string[] = [
  "CREATE INDEX diplograph_entity_sort IF NOT EXISTS FOR (n:Entity) ON (n.sortId)",
  "CREATE INDEX diplograph_entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type)",
  "CREATE INDEX diplograph_entity_country IF NOT EXISTS FOR (n:Entity) ON (n.country)",
  "CREATE INDEX diplograph_entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
  "CREATE TEXT INDEX diplograph_entity_search IF NOT EXISTS FOR (n:Entity) ON (n.searchText)",
  "CREATE FULLTEXT INDEX diplograph_entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText, n.name] " +
    "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }",
  "CREATE INDEX diplograph_event_sort IF NOT EXISTS FOR (n:Event) ON (n.sortKey)",
  "CREATE INDEX diplograph_event_date IF NOT EXISTS FOR (n:Event) ON (n.date)",
  "CREATE INDEX diplograph_event_type IF NOT EXISTS FOR (n:Event) ON (n.type)",
  "CREATE INDEX diplograph_event_location IF NOT EXISTS FOR (n:Event) ON (n.location)",
  "CREATE INDEX diplograph_article_sort IF NOT EXISTS FOR (n:Article) ON (n.sortId)",
];

/** Waits until every index is online, so the first queries do not scan. */
export const AWAIT_INDEXES = "CALL db.awaitIndexes($seconds)";

/** The name of the full-text index, for `CALL db.index.fulltext.queryNodes(...)` from Cypher. */
export const FULLTEXT_INDEX = "diplograph_entity_names";

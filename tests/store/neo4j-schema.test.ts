// The schema the Neo4j store sets up on connect: its constraints and indexes exist and are online, a second
// connect changes nothing, and the full-text index finds names in Arabic and Latin script (folded).
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { foldName } from "../../src/domain/fold.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { FULLTEXT_INDEX, createNeo4jStore } from "../../src/store/neo4j/index.ts";
import { describeWithNeo4j } from "../neo4j/describe-neo4j.ts";
import { connectTo, useNeo4jPool } from "../neo4j/neo4j-pool.ts";
import { IDS, fixturePatches } from "./fixtures.ts";

describeWithNeo4j("Neo4j store schema", (primary) => {
  const pool = useNeo4jPool(primary);
  let store: GraphStore;
  let driver: Driver;
  let release: () => void = () => undefined;
  const query = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params, { database: primary.database })).records.map((r) =>
      r.toObject(),
    );
  const schema = async () => ({
    constraints: (await query("SHOW CONSTRAINTS YIELD name, type RETURN name, type ORDER BY name")).filter(
      (c) => String(c.name).startsWith("diplograph_"),
    ),
    indexes: (
      await query("SHOW INDEXES YIELD name, type, state RETURN name, type, state ORDER BY name")
    ).filter((i) => String(i.name).startsWith("diplograph_")),
  });

  beforeAll(async () => {
    const slot = await pool.acquire();
    release = slot.release;
    driver = connectTo(slot.connection);
    store = await createNeo4jStore(slot.connection);
    for (const patch of fixturePatches()) await store.applyPatch(patch);
  });
  afterAll(async () => {
    await store?.close();
    await driver?.close();
    release();
  });

  it("creates uniqueness constraints on ids and online indexes for names, types and dates", async () => {
    const { constraints, indexes } = await schema();
    expect(constraints.map((c) => c.name)).toEqual([
      "diplograph_article_id",
      "diplograph_entity_id",
      "diplograph_item_id",
      "diplograph_write_lock_id",
    ]);
    expect(constraints.every((c) => c.type === "UNIQUENESS" || c.type === "NODE_PROPERTY_UNIQUENESS")).toBe(
      true,
    );
    const byName = new Map(indexes.map((i) => [String(i.name), i]));
    for (const name of [
      "diplograph_entity_name",
      "diplograph_entity_type",
      "diplograph_event_date",
      "diplograph_event_type",
    ]) {
      expect(byName.get(name)).toMatchObject({ type: "RANGE", state: "ONLINE" });
    }
    expect(byName.get("diplograph_entity_search")).toMatchObject({ type: "TEXT", state: "ONLINE" });
    expect(byName.get(FULLTEXT_INDEX)).toMatchObject({ type: "FULLTEXT", state: "ONLINE" });
    const [fulltext] = await query(
      "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = $name RETURN options",
      {
        name: FULLTEXT_INDEX,
      },
    );
    expect(fulltext?.options).toMatchObject({
      indexConfig: { "fulltext.analyzer": "standard-no-stop-words" },
    });
  });

  it("sets up idempotently: a second store on the same database changes nothing", async () => {
    const before = await schema();
    const second = await createNeo4jStore({ ...primary });
    await second.close();
    expect(await schema()).toEqual(before);
    expect((await store.counts()).articles).toBe(3);
  });

  it.each([
    ["Arabic as written", "شميراني", IDS.shamirani],
    ["Arabic with Persian letters", "علی شمیرانی", IDS.shamirani],
    ["Latin, any case", "SHAMIRANI", IDS.shamirani],
    ["Latin without its diacritics", "Serguei", IDS.lazutkin],
    ["a place in Arabic", "باكو", IDS.baku],
  ])("finds %s through the full-text index (query folded like the names)", async (_what, text, id) => {
    const rows = await query(
      `CALL db.index.fulltext.queryNodes($index, $text) YIELD node RETURN node.id AS id`,
      { index: FULLTEXT_INDEX, text: foldName(text) },
    );
    expect(rows.map((r) => r.id)).toContain(id);
  });
});

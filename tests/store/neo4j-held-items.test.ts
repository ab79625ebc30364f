// Lookups by id send Neo4j the revisions this process holds, and Neo4j leaves those items' JSON out
// (decoded-cache.ts). A change made behind the store's back (raw Cypher) shows which JSON was not sent: one that
// keeps the revision is not seen, one that moves it is, and a node without a revision is always sent.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Entity } from "../../src/domain/types.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { revisionOf } from "../../src/store/neo4j/decoded-cache.ts";
import { createNeo4jStore } from "../../src/store/neo4j/index.ts";
import { describeWithNeo4j } from "../neo4j/describe-neo4j.ts";
import { connectTo, useNeo4jPool, type Neo4jSlot } from "../neo4j/neo4j-pool.ts";
import { IDS, patchA } from "./fixtures.ts";

const TIMEOUT_MS = 60_000;

describeWithNeo4j("Neo4j store: items held by revision", (primary) => {
  const pool = useNeo4jPool(primary, { size: 1 });
  let slot: Neo4jSlot;
  let store: GraphStore;
  beforeAll(async () => {
    slot = await pool.acquire();
    store = await createNeo4jStore(slot.connection, { connectAttempts: 3 });
    await store.applyPatch(patchA());
  }, TIMEOUT_MS);
  afterAll(async () => {
    await store.close();
    slot.release();
  });

  /** Sets an entity node's stored JSON (and revision, or none) without the store. */
  async function setBehindTheStore(entity: Entity, rev: "same" | "new" | "none"): Promise<void> {
    const json = JSON.stringify(entity);
    const set = rev === "same" ? "" : rev === "new" ? ", e.rev = $rev" : " REMOVE e.rev";
    const driver = connectTo(slot.connection);
    try {
      await driver.executeQuery(
        `MATCH (e:Entity {id: $id}) SET e.json = $json${set}`,
        { id: entity.id, json, rev: revisionOf(json) },
        { database: slot.connection.database },
      );
    } finally {
      await driver.close();
    }
  }

  const nameOf = async (id: string) => (await store.getEntity(id))?.name;
  const namesOf = async (ids: string[]) => (await store.getEntities(ids)).map((e) => e?.name ?? null);

  it(
    "is not sent JSON it holds at the node's revision, and is sent it once the revision moves",
    async () => {
      const entity = await store.getEntity(IDS.alakbarov);
      if (entity === null) throw new Error("fixture entity missing");
      const name = entity.name;

      await setBehindTheStore({ ...entity, name: "Renamed Behind" }, "same");
      expect(await nameOf(IDS.alakbarov)).toBe(name);
      expect(await namesOf([IDS.iran, IDS.alakbarov, "person:nobody"])).toEqual([
        expect.any(String),
        name,
        null,
      ]);

      await setBehindTheStore({ ...entity, name: "Renamed With Revision" }, "new");
      expect(await nameOf(IDS.alakbarov)).toBe("Renamed With Revision");

      await setBehindTheStore({ ...entity, name: "Renamed Without Revision" }, "none");
      expect(await nameOf(IDS.alakbarov)).toBe("Renamed Without Revision");
      await setBehindTheStore({ ...entity, name: "Renamed Again" }, "none");
      expect(await nameOf(IDS.alakbarov)).toBe("Renamed Again");
    },
    TIMEOUT_MS,
  );

  it(
    "gives the store's own writes a revision that lookups agree with",
    async () => {
      const driver = connectTo(slot.connection);
      try {
        const { records } = await driver.executeQuery(
          "MATCH (e:Item) WHERE e:Entity OR e:Event RETURN e.id AS id, e.json AS json, e.rev AS rev",
          {},
          { database: slot.connection.database },
        );
        const written = records.filter((r) => r.get("id") !== IDS.alakbarov);
        expect(written.length).toBeGreaterThan(5);
        for (const r of written) expect(r.get("rev")).toBe(revisionOf(String(r.get("json"))));
      } finally {
        await driver.close();
      }
      const events = await store.getEvents([IDS.meetAlakbarov, IDS.visit]);
      expect(events.map((e) => e?.id)).toEqual([IDS.meetAlakbarov, IDS.visit]);
    },
    TIMEOUT_MS,
  );
});

// Scanned answers kept by the Neo4j store (answer-cache.ts): reused while the graph's version holds, and
// computed again after any write, even one made by another process. A change made behind the store's back
// (raw Cypher, no version bump) shows which answers were reused.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { createNeo4jStore } from "../../src/store/neo4j/index.ts";
import { describeWithNeo4j } from "../neo4j/describe-neo4j.ts";
import { connectTo, useNeo4jPool, type Neo4jSlot } from "../neo4j/neo4j-pool.ts";
import type { GraphPatch } from "../../src/domain/types.ts";
import { IDS, article, evidence, patchA, person } from "./fixtures.ts";

/** An article that names one official and touches nothing the other tests look at. */
function unrelatedPatch(): GraphPatch {
  const id = "article:cache-unrelated";
  const told = [evidence(id, 0, "An envoy arrived.")];
  return {
    article: article(id, "en", "2024-01-01"),
    entities: [person("person:cache-envoy", "Envoy", "FR", told)],
    events: [],
    occupancies: [],
    relations: [],
  };
}

const TIMEOUT_MS = 60_000;

describeWithNeo4j("Neo4j store: kept answers", (primary) => {
  const pool = useNeo4jPool(primary, { size: 1 });
  let slot: Neo4jSlot;
  let reader: GraphStore;
  let writer: GraphStore;
  beforeAll(async () => {
    slot = await pool.acquire();
    // Two stores on one database: two processes, as far as each one's kept answers go.
    reader = await createNeo4jStore(slot.connection, { connectAttempts: 3 });
    writer = await createNeo4jStore(slot.connection, { connectAttempts: 3 });
  }, TIMEOUT_MS);
  afterAll(async () => {
    await reader.close();
    await writer.close();
    slot.release();
  });

  /** Detaches an event from every entity behind the store's back: the graph changes, its version does not. */
  async function unhookBehindTheStore(eventId: string): Promise<void> {
    const driver = connectTo(slot.connection);
    try {
      await driver.executeQuery(
        "MATCH (:Entity)-[r:TOUCHES]->(:Event {id: $id}) DELETE r",
        { id: eventId },
        {
          database: slot.connection.database,
        },
      );
    } finally {
      await driver.close();
    }
  }

  const countryEvents = async (store: GraphStore) =>
    (await store.findEvents({ country: "IR", limit: 50 })).items.map((e) => e.id);
  const bilateralEvents = async (store: GraphStore) =>
    (await store.eventsBetweenCountries("IR", "AZ")).map((e) => e.id);

  it(
    "reuses a scanned answer until a write, from any store, changes the graph",
    async () => {
      await writer.applyPatch(patchA());
      const events = await countryEvents(reader);
      const between = await bilateralEvents(reader);
      expect(events).toContain(IDS.meetAlakbarov);
      expect(between).toContain(IDS.meetAlakbarov);

      await unhookBehindTheStore(IDS.meetAlakbarov);
      // Kept: the version has not moved, so the store answers as before.
      expect(await countryEvents(reader)).toEqual(events);
      expect(await bilateralEvents(reader)).toEqual(between);
      // A store that kept nothing sees the change at once.
      const fresh = await createNeo4jStore(slot.connection, { connectAttempts: 3 });
      try {
        expect(await countryEvents(fresh)).not.toContain(IDS.meetAlakbarov);
      } finally {
        await fresh.close();
      }

      // Another store's write moves the version: the reader computes its answers again.
      await writer.applyPatch(unrelatedPatch());
      expect(await countryEvents(reader)).not.toContain(IDS.meetAlakbarov);
      expect(await bilateralEvents(reader)).not.toContain(IDS.meetAlakbarov);
    },
    TIMEOUT_MS,
  );

  it(
    "gives each caller its own list: changing one answer changes no later one",
    async () => {
      const first = await reader.eventsBetweenCountries("IR", "AZ");
      const length = first.length;
      first.pop();
      expect(await reader.eventsBetweenCountries("IR", "AZ")).toHaveLength(length);
      const page = await reader.findEvents({ country: "IR", limit: 50 });
      const items = page.items.length;
      page.items.length = 0;
      expect((await reader.findEvents({ country: "IR", limit: 50 })).items).toHaveLength(items);
    },
    TIMEOUT_MS,
  );
});

// Cypher injection: ids, names and every other text full of quotes, backticks, parameters, comments and
// Cypher itself go through the Neo4j store verbatim, change nothing else, and leave with their article.
import { afterAll, beforeAll, expect, it } from "vitest";
import { contentHash } from "../../src/domain/ids.ts";
import type { DiplomaticEvent, Entity, Evidence, GraphPatch } from "../../src/domain/types.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { createNeo4jStore } from "../../src/store/neo4j/index.ts";
import { describeWithNeo4j } from "../neo4j/describe-neo4j.ts";
import { connectTo, useNeo4jPool } from "../neo4j/neo4j-pool.ts";
import { readBack } from "./contract/harness.ts";
import { IDS, fixturePatches } from "./fixtures.ts";

/** Strings that would break (or rewrite) a statement they were pasted into. */
const NASTY = [
  "'}) DETACH DELETE n //",
  '"}) MATCH (x) DETACH DELETE x RETURN 1 //',
  "`}) DETACH DELETE n WITH 1 AS `x",
  "$param",
  "${id} $articleId $ids",
  "'; CALL dbms.shutdown(); //",
  "MATCH (n) DETACH DELETE n",
  "n:Entity {id: 'x'}) SET n.json = '{}'",
  "/* comment */ RETURN 1 UNION MATCH (m) RETURN m",
  "\\' \\\" \\` back\\slashes",
  "علي' شميراني\" `الأمن`",
  "😀 Ａ ｚ \u200f\u202e reversed \u2066",
  "line\nbreak\ttab\r",
  "\u0000 nul and \u0007 bell",
];

const ARTICLE = `article:${NASTY[0] ?? ""}`;

function nastyPatch(): GraphPatch {
  const ev = (sentence: number): Evidence[] => [
    {
      articleId: ARTICLE,
      sentence,
      start: 0,
      end: 5,
      text: NASTY[sentence % NASTY.length] ?? "",
      extractorVersion: NASTY[(sentence + 1) % NASTY.length] ?? "v",
    },
  ];
  const entities: Entity[] = NASTY.map((text, i) => ({
    id: `person:${text}`,
    type: "Person",
    name: text,
    aliases: [NASTY[(i + 3) % NASTY.length] ?? "", `${text} alias`],
    country: "IR",
    titles: [NASTY[(i + 5) % NASTY.length] ?? ""],
    evidence: ev(i),
  }));
  entities.push({
    id: `place:${NASTY[2] ?? ""}`,
    type: "Place",
    name: NASTY[2] ?? "",
    aliases: [],
    country: "AZ",
    kind: "city",
    evidence: ev(1),
  });
  const events: DiplomaticEvent[] = NASTY.map((text, i) => ({
    id: `event:${text}`,
    type: "Meeting",
    status: "held",
    participants: [
      { entityId: `person:${text}`, role: "participant" },
      { entityId: `person:${NASTY[(i + 1) % NASTY.length] ?? ""}`, role: "participant" },
      // Ties into the fixture graph, so paths and neighbourhoods cross from one to the other.
      ...(i === 0 ? [{ entityId: IDS.lazutkin, role: "counterpart" as const }] : []),
    ],
    location: i % 2 === 0 ? `place:${NASTY[2] ?? ""}` : null,
    date: { value: "2022-07-16", precision: "day", text },
    mode: null,
    duration: text,
    topics: [text],
    evidence: ev(i),
  }));
  return {
    article: {
      id: ARTICLE,
      language: "ar",
      title: NASTY[1] ?? null,
      source: NASTY[3] ?? null,
      sourceCountry: null,
      url: NASTY[4] ?? null,
      publishedAt: null,
      contentHash: contentHash(NASTY.join("")),
    },
    entities,
    events,
    occupancies: NASTY.map((text) => ({
      id: `occ:${text}`,
      personId: `person:${text}`,
      title: text,
      organizationId: null,
      country: null,
      observed: ["2022-07-16"],
      start: null,
      end: null,
      evidence: ev(2),
    })),
    relations: [
      {
        id: `rel:${NASTY[5] ?? ""}`,
        type: "COUNTERPART_OF",
        source: `person:${NASTY[5] ?? ""}`,
        target: IDS.shamirani,
        evidence: ev(3),
      },
    ],
  };
}

describeWithNeo4j("Neo4j store against Cypher injection", (primary) => {
  const pool = useNeo4jPool(primary);
  let neo: GraphStore;
  let memory: GraphStore;
  let release: () => void = () => undefined;
  const driver = connectTo(primary);
  /** What the database holds besides our items: labels, relationship types and property keys in use. */
  const schemaInUse = async (): Promise<unknown> => {
    const ask = async (query: string) =>
      (await driver.executeQuery(query, {}, { database: primary.database })).records
        .map((r) => String(r.get(0)))
        .sort();
    return {
      labels: await ask("CALL db.labels()"),
      types: await ask("CALL db.relationshipTypes()"),
      keys: await ask("MATCH (n) WHERE n:Item OR n:Article UNWIND keys(n) AS k RETURN DISTINCT k"),
    };
  };

  beforeAll(async () => {
    const slot = await pool.acquire();
    release = slot.release;
    neo = await createNeo4jStore(slot.connection);
    memory = await createMemoryStore();
    for (const patch of fixturePatches()) {
      await neo.applyPatch(patch);
      await memory.applyPatch(patch);
    }
  });
  afterAll(async () => {
    await neo?.close();
    await memory?.close();
    await driver.close();
    release();
  });

  it("stores every string verbatim, changes nothing else, and retracts cleanly", async () => {
    const before = await readBack(neo);
    const schemaBefore = await schemaInUse();
    const patch = nastyPatch();

    const result = await neo.applyPatch(patch);
    expect(result.created.entities).toHaveLength(patch.entities.length);
    expect(result.created.events).toHaveLength(NASTY.length);
    expect(await neo.applyPatch(nastyPatch())).toMatchObject({ unchanged: true });
    await memory.applyPatch(patch);

    // Verbatim: what went in comes out, character for character, as from the memory store.
    expect(await neo.getArticle(ARTICLE)).toEqual(patch.article);
    for (const entity of patch.entities) {
      expect(await neo.getEntity(entity.id)).toEqual(await memory.getEntity(entity.id));
      expect((await neo.getEntity(entity.id))?.name).toBe(entity.name);
    }
    for (const event of patch.events) expect(await neo.getEvent(event.id)).toEqual(event);
    expect(await readBack(neo)).toEqual(await readBack(memory));

    // As query values, they are only values.
    for (const text of NASTY) {
      const id = `person:${text}`;
      expect((await neo.findEntities({ name: text })).map((e) => e.id)).toEqual(
        (await memory.findEntities({ name: text })).map((e) => e.id),
      );
      expect(await neo.eventsBetween(id, `event:${text}`)).toEqual([]);
      expect(await neo.findEvents({ participant: id })).toEqual(await memory.findEvents({ participant: id }));
      expect(await neo.occupanciesOf(id)).toEqual(await memory.occupanciesOf(id));
      expect(await neo.relationsOf(id)).toEqual(await memory.relationsOf(id));
      expect(await neo.neighborhood(id, { depth: 2 })).toEqual(await memory.neighborhood(id, { depth: 2 }));
      expect((await neo.shortestPath(id, IDS.alakbarov))?.length).toBe(
        (await memory.shortestPath(id, IDS.alakbarov))?.length,
      );
      expect(await neo.getArticle(text)).toBeNull();
    }

    // Nothing outside the patch changed: the fixture reads as before, and no label, relationship type or
    // property key appeared that the store does not use anyway.
    const fixtureIds = (before as { entities: { id: string }[] }).entities.map((e) => e.id);
    for (const id of fixtureIds) {
      if (id !== IDS.shamirani && id !== IDS.lazutkin) {
        expect(await neo.getEntity(id)).toEqual(await memory.getEntity(id));
      }
    }
    expect(await schemaInUse()).toEqual(schemaBefore);

    // Retracting the article takes every string back out and leaves the fixture as it was.
    const retracted = await neo.retractArticle(ARTICLE);
    expect(retracted.removed.entities).toHaveLength(patch.entities.length);
    expect(await readBack(neo)).toEqual(before);
    expect(await schemaInUse()).toEqual(schemaBefore);
  });
});

// Contract: malformed patches, dangling references, evidence from another article, ids that change kind,
// bad query bounds: each a typed error (by code), and the store unchanged.
import { expect, it } from "vitest";
import type { GraphPatch } from "../../../src/domain/types.ts";
import type { GraphStore } from "../../../src/store/graph-store.ts";
import { ARTICLES, IDS, event, evidence, occupancy, patchC, person, relation } from "../fixtures.ts";
import { expectCode, readBack, type Harness } from "./harness.ts";

/** A copy of article C's patch (a valid one) broken by `edit`; the result is what a client might send. */
function brokenC(edit: (patch: Record<string, unknown> & GraphPatch) => void): unknown {
  const patch: Record<string, unknown> & GraphPatch = { ...patchC() };
  edit(patch);
  return patch;
}

const ev = evidence(ARTICLES.c, 9, "A sentence.");
// Arrays are covariant: a typed list can take a deliberately ill-typed item through this view, without a cast.
const loose = (items: unknown[]): unknown[] => items;

const MALFORMED: [string, unknown][] = [
  ["null", null],
  ["a string", "not a patch"],
  ["an empty object", {}],
  ["a patch without its article", brokenC((p) => Reflect.deleteProperty(p, "article"))],
  ["an article without a content hash", brokenC((p) => (p.article.contentHash = "abc"))],
  ["an unknown field", brokenC((p) => (p.extra = 1))],
  ["a lower-case country code", brokenC((p) => p.entities.push(person("person:x", "X", "ru", [ev])))],
  [
    "an entity of unknown type",
    brokenC((p) => loose(p.entities).push({ ...person("person:x", "X", null, [ev]), type: "Alien" })),
  ],
  ["an entity without evidence", brokenC((p) => p.entities.push(person("person:x", "X", "RU", [])))],
  [
    "evidence that ends before it starts",
    brokenC((p) => p.entities.push(person("person:x", "X", "RU", [{ ...ev, start: 9, end: 3 }]))),
  ],
  [
    "a malformed date",
    brokenC((p) =>
      p.events.push(event("event:x", "Call", [], [ev], { date: { value: "2022-8-2", precision: "day" } })),
    ),
  ],
  [
    "an unknown participant role",
    brokenC((p) =>
      loose(p.events).push({
        ...event("event:x", "Call", [], [ev]),
        participants: [{ entityId: IDS.lazutkin, role: "spy" }],
      }),
    ),
  ],
  [
    "evidence from another article",
    brokenC((p) => p.entities.push(person("person:x", "X", "RU", [evidence(ARTICLES.a, 0, "s")]))),
  ],
  ["one id twice", brokenC((p) => p.events.push(event(IDS.lazutkin, "Call", [], [ev])))],
  [
    "a participant nobody knows",
    brokenC((p) => p.events.push(event("event:x", "Call", [["person:ghost", "counterpart"]], [ev]))),
  ],
  [
    "a location nobody knows",
    brokenC((p) => p.events.push(event("event:x", "Visit", [], [ev], { location: "place:ghost" }))),
  ],
  [
    "an occupancy in an unknown organisation",
    brokenC((p) =>
      p.occupancies.push(occupancy("occ:x", IDS.lazutkin, "Minister", "org:ghost", "RU", [], [ev])),
    ),
  ],
  [
    "a relation to an unknown entity",
    brokenC((p) => p.relations.push(relation("rel:x", "COUNTERPART_OF", IDS.lazutkin, "person:ghost", [ev]))),
  ],
  [
    "an event id already used by an entity",
    brokenC((p) => p.events.push(event(IDS.shamirani, "Call", [], [ev]))),
  ],
  [
    "an entity id already used by an event",
    brokenC((p) => p.entities.push(person(IDS.visit, "X", "RU", [ev]))),
  ],
];

export function badInputSection(h: Harness): void {
  it.each(MALFORMED)("refuses %s with BAD_USER_INPUT, the store unchanged", async (_what, input) => {
    const store = await h.loadedFresh();
    const before = await readBack(store);
    await expectCode(store.applyPatch(input as GraphPatch), "BAD_USER_INPUT");
    expect(await readBack(store)).toEqual(before);
  });

  it("refuses a dangling reference on an empty store, which stays empty", async () => {
    const store: GraphStore = await h.fresh();
    const patch = patchC();
    patch.entities = patch.entities.filter((e) => e.id !== IDS.lazutkin);
    await expectCode(store.applyPatch(patch), "BAD_USER_INPUT");
    expect(await store.listArticles()).toEqual([]);
    expect((await store.counts()).entities.Person).toBe(0);
  });

  it.each([
    ["findEntities limit 0", (s: GraphStore) => s.findEntities({ limit: 0 })],
    ["findEntities limit past the maximum", (s: GraphStore) => s.findEntities({ limit: 1001 })],
    ["findEntities negative offset", (s: GraphStore) => s.findEntities({ offset: -1 })],
    ["findEntities unknown country code", (s: GraphStore) => s.findEntities({ country: "Iran" })],
    ["findEvents limit 0", (s: GraphStore) => s.findEvents({ limit: 0 })],
    ["findEvents limit past the maximum", (s: GraphStore) => s.findEvents({ limit: 1001 })],
    ["findEvents malformed cursor", (s: GraphStore) => s.findEvents({ after: "not a cursor" })],
    ["findEvents malformed date", (s: GraphStore) => s.findEvents({ from: "July 2022" })],
    ["findEvents country not ISO", (s: GraphStore) => s.findEvents({ country: "IRN" })],
  ])("refuses %s with BAD_USER_INPUT", async (_what, call) => {
    const store = await h.loadedFresh();
    await expectCode(call(store), "BAD_USER_INPUT");
  });
}

// Contract: neighbourhoods and shortest paths in entity terms (an event between two entities is one hop),
// with their bounds: depth, size, hops; the truncated flag; unknown ids.
import { describe, expect, it } from "vitest";
import type { GraphPath, GraphStore, Link } from "../../../src/store/graph-store.ts";
import { IDS } from "../fixtures.ts";
import { expectCode, type Harness } from "./harness.ts";

const edge = (l: Link): string => `${l.via} ${l.source}>${l.target}`;

const NEIGHBORHOODS: [string, string, { depth?: number; limit?: number }, string[], boolean][] = [
  [
    "one hop, nearest first then by id",
    IDS.shamirani,
    {},
    [IDS.shamirani, IDS.snsc, IDS.alakbarov, IDS.amir, IDS.ulubekov, IDS.baku, IDS.tehran],
    false,
  ],
  ["cut by the limit", IDS.shamirani, { limit: 3 }, [IDS.shamirani, IDS.snsc, IDS.alakbarov], true],
  [
    "two hops",
    IDS.alakbarov,
    { depth: 2 },
    [IDS.alakbarov, IDS.shamirani, IDS.baku, IDS.snsc, IDS.amir, IDS.ulubekov, IDS.tehran],
    false,
  ],
  [
    "two hops cut inside the second",
    IDS.alakbarov,
    { depth: 2, limit: 4 },
    [IDS.alakbarov, IDS.shamirani, IDS.baku, IDS.snsc],
    true,
  ],
  ["only the centre when the limit is 1", IDS.alakbarov, { limit: 1 }, [IDS.alakbarov], true],
  ["an entity with no ties", IDS.tabriz, { depth: 3 }, [IDS.tabriz], false],
  [
    "a relation and an event to a country",
    IDS.russia,
    { depth: 2 },
    [IDS.russia, IDS.moscow, IDS.lazutkin],
    false,
  ],
];

function expectWellFormedPath(path: GraphPath | null, from: string, to: string, length: number): GraphPath {
  expect(path).not.toBeNull();
  const p = path as GraphPath;
  expect(p.length).toBe(length);
  expect(p.hops).toHaveLength(length);
  expect(p.nodes).toHaveLength(length + 1);
  expect(p.nodes[0]?.id).toBe(from);
  expect(p.nodes[length]?.id).toBe(to);
  p.hops.forEach((hop, i) => {
    expect(hop.source).toBe(p.nodes[i]?.id);
    expect(hop.target).toBe(p.nodes[i + 1]?.id);
    expect(hop.evidence.length).toBeGreaterThan(0);
  });
  return p;
}

/** A hop must be a real tie between its two entities. */
async function expectRealHop(store: GraphStore, hop: Link): Promise<void> {
  if (hop.kind === "EVENT") {
    const ids = (await store.eventsBetween(hop.source, hop.target)).map((e) => e.id);
    expect(ids).toContain(hop.via);
    expect((await store.getEvent(hop.via))?.type).toBe(hop.label);
  } else if (hop.kind === "RELATION") {
    expect((await store.relationsOf(hop.source)).map((r) => r.id)).toContain(hop.via);
    expect((await store.relationsOf(hop.target)).map((r) => r.id)).toContain(hop.via);
  } else {
    const person = (await store.getEntity(hop.source))?.type === "Person" ? hop.source : hop.target;
    expect((await store.occupanciesOf(person)).map((o) => o.id)).toContain(hop.via);
  }
}

export function traversalSection(h: Harness): void {
  describe("neighborhood", () => {
    const store = h.shared();
    it.each(NEIGHBORHOODS)("%s", async (_what, id, options, ids, truncated) => {
      const sub = await store().neighborhood(id, options);
      expect(sub.nodes.map((n) => n.id)).toEqual(ids);
      expect(sub.truncated).toBe(truncated);
      const kept = new Set(ids);
      for (const l of sub.edges) expect(kept.has(l.source) && kept.has(l.target)).toBe(true);
    });

    it("draws every link through the ties it crossed, each pair once, sorted by tie then ends", async () => {
      const sub = await store().neighborhood(IDS.shamirani, { depth: 1 });
      expect(sub.edges.map(edge)).toEqual([
        `${IDS.meetAlakbarov} ${IDS.alakbarov}>${IDS.baku}`,
        `${IDS.meetAlakbarov} ${IDS.shamirani}>${IDS.alakbarov}`,
        `${IDS.meetAlakbarov} ${IDS.shamirani}>${IDS.baku}`,
        `${IDS.meetTehran} ${IDS.amir}>${IDS.tehran}`,
        `${IDS.meetTehran} ${IDS.shamirani}>${IDS.amir}`,
        `${IDS.meetTehran} ${IDS.shamirani}>${IDS.tehran}`,
        `${IDS.meetUlubekov} ${IDS.shamirani}>${IDS.ulubekov}`,
        `${IDS.meetUlubekov} ${IDS.shamirani}>${IDS.baku}`,
        `${IDS.meetUlubekov} ${IDS.ulubekov}>${IDS.baku}`,
        `${IDS.visit} ${IDS.shamirani}>${IDS.baku}`,
        `${IDS.occShamirani} ${IDS.shamirani}>${IDS.snsc}`,
        `${IDS.relAz} ${IDS.shamirani}>${IDS.ulubekov}`,
      ]);
      const occupancy = sub.edges.find((l) => l.via === IDS.occShamirani);
      expect(occupancy).toMatchObject({
        kind: "OCCUPANCY",
        label: "Secretary of the Supreme National Security Council",
      });
      const meeting = sub.edges.find((l) => l.via === IDS.meetAlakbarov);
      expect(meeting).toMatchObject({ kind: "EVENT", label: "Meeting" });
      expect(meeting?.evidence).toEqual((await store().getEvent(IDS.meetAlakbarov))?.evidence);
      expect(sub.edges.find((l) => l.via === IDS.relAz)).toMatchObject({
        kind: "RELATION",
        label: "COUNTERPART_OF",
      });
    });

    it("reaches as far as the maximal depth, and the limit is exact", async () => {
      const far = await store().neighborhood(IDS.lazutkin, { depth: 4 });
      expect(far.nodes).toHaveLength(13);
      expect(far.truncated).toBe(false);
      expect((await store().neighborhood(IDS.lazutkin, { depth: 4, limit: 13 })).truncated).toBe(false);
      const cut = await store().neighborhood(IDS.lazutkin, { depth: 4, limit: 12 });
      expect(cut.truncated).toBe(true);
      expect(cut.nodes.map((n) => n.id)).toEqual(far.nodes.slice(0, 12).map((n) => n.id));
    });

    it.each([
      ["depth 0", { depth: 0 }],
      ["depth past the maximum", { depth: 5 }],
      ["a fractional depth", { depth: 1.5 }],
      ["limit 0", { limit: 0 }],
      ["a negative limit", { limit: -1 }],
      ["limit past the maximum", { limit: 2001 }],
    ])("refuses %s", async (_what, options) => {
      await expectCode(store().neighborhood(IDS.shamirani, options), "BAD_USER_INPUT");
    });

    it.each([
      ["an unknown id", "person:nobody"],
      ["an event id", IDS.visit],
    ])("NOT_FOUND for %s", async (_what, id) => {
      await expectCode(store().neighborhood(id), "NOT_FOUND");
    });
  });

  describe("shortestPath", () => {
    const store = h.shared();
    it.each([
      ["through a person and an event", IDS.alakbarov, IDS.lazutkin, {}, 3],
      ["exactly at maxHops", IDS.alakbarov, IDS.lazutkin, { maxHops: 3 }, 3],
      ["one event hop", IDS.alakbarov, IDS.baku, {}, 1],
      ["one occupancy hop", IDS.ulubekov, IDS.azCouncil, {}, 1],
      ["an occupancy hop walked backwards", IDS.azCouncil, IDS.ulubekov, {}, 1],
      ["a relation hop", IDS.moscow, IDS.russia, {}, 1],
      ["event then relation", IDS.lazutkin, IDS.russia, {}, 2],
      ["a long way with a raised bound", IDS.alakbarov, IDS.russia, { maxHops: 5 }, 5],
      ["an entity to itself", IDS.shamirani, IDS.shamirani, {}, 0],
    ])("%s", async (_what, from, to, options, length) => {
      const path = expectWellFormedPath(await store().shortestPath(from, to, options), from, to, length);
      for (const hop of path.hops) await expectRealHop(store(), hop);
    });

    it("gives the hop's label, kind and evidence", async () => {
      const path = await store().shortestPath(IDS.azCouncil, IDS.ulubekov);
      expect(path?.hops[0]).toMatchObject({
        kind: "OCCUPANCY",
        via: IDS.occUlubekov,
        label: "أمين مجلس الأمن",
      });
      const meeting = await store().shortestPath(IDS.alakbarov, IDS.baku);
      expect(meeting?.hops[0]).toMatchObject({ kind: "EVENT", via: IDS.meetAlakbarov, label: "Meeting" });
      expect(meeting?.hops[0]?.evidence).toHaveLength(2);
    });

    it.each([
      ["beyond the default maxHops (4)", IDS.alakbarov, IDS.russia, {}],
      ["beyond a given maxHops", IDS.alakbarov, IDS.lazutkin, { maxHops: 2 }],
      ["between two parts of the graph", IDS.shamirani, IDS.iran, {}],
      ["to an entity with no ties", IDS.shamirani, IDS.tabriz, { maxHops: 8 }],
    ])("null %s", async (_what, from, to, options) => {
      expect(await store().shortestPath(from, to, options)).toBeNull();
    });

    it.each([
      ["maxHops 0", { maxHops: 0 }],
      ["maxHops past the maximum", { maxHops: 9 }],
      ["a fractional maxHops", { maxHops: 2.5 }],
    ])("refuses %s", async (_what, options) => {
      await expectCode(store().shortestPath(IDS.alakbarov, IDS.lazutkin, options), "BAD_USER_INPUT");
    });

    it.each([
      ["an unknown start", "person:nobody", IDS.lazutkin],
      ["an unknown end", IDS.lazutkin, "person:nobody"],
      ["an event id", IDS.call, IDS.lazutkin],
    ])("NOT_FOUND for %s", async (_what, from, to) => {
      await expectCode(store().shortestPath(from, to), "NOT_FOUND");
    });
  });
}

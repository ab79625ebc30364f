// The graphSlice query over HTTP against the API fixtures; run for each GraphStore implementation so they answer alike.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { codeOf, dataOf, startApi, type Running } from "../api/client.ts";
import { ids, seed } from "../api/fixtures.ts";

const SLICE = `query Slice($filter: SliceFilter, $view: SliceView, $max: Int) {
  graphSlice(filter: $filter, view: $view, maxEvents: $max) {
    view truncated maxEvents totalEvents drawnEvents
    nodes { id kind label latin names country eventType status date datePrecision }
    edges { source target kind weight }
    withoutFullDate { id date datePrecision }
  }
}`;

interface Slice {
  truncated: boolean;
  totalEvents: number;
  drawnEvents: number;
  nodes: { id: string; kind: string; latin: string | null; eventType: string | null }[];
  edges: { source: string; target: string; kind: string; weight: number }[];
  withoutFullDate: { id: string; date: string | null; datePrecision: string | null }[];
}

export function describeSlice(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`graphSlice on ${name}`, () => {
    let store: GraphStore;
    let api: Running;
    beforeAll(async () => {
      store = await makeStore();
      await seed(store);
      api = await startApi({ store });
    });
    afterAll(async () => {
      await api?.stop();
      await store?.close();
    });
    const slice = async (variables: Record<string, unknown>): Promise<Slice> =>
      dataOf(await api.gql(SLICE, variables))["graphSlice"] as Slice;

    it("draws every event with its participants, location and the people's countries", async () => {
      const s = await slice({});
      const events = s.nodes.filter((n) => n.kind === "Event").map((n) => n.id);
      expect(events).toHaveLength(s.totalEvents);
      expect(events).toEqual(expect.arrayContaining([ids.meeting, ids.visit, ids.bashirovMeeting]));
      expect(s.truncated).toBe(false);
      expect(s.edges).toContainEqual({
        source: ids.shamirani,
        target: ids.meeting,
        kind: "PARTICIPANT",
        weight: 1,
      });
      expect(s.edges).toContainEqual({
        source: ids.shamirani,
        target: "country:IR",
        kind: "COUNTRY",
        weight: 1,
      });
      const nodeIds = new Set(s.nodes.map((n) => n.id));
      for (const e of s.edges) expect([nodeIds.has(e.source), nodeIds.has(e.target)]).toEqual([true, true]);
      expect(s.withoutFullDate).toEqual([]);
    });
    it("weights person–person edges by shared events in the PEOPLE view", async () => {
      const s = await slice({ view: "PEOPLE" });
      expect(new Set(s.nodes.map((n) => n.kind))).toEqual(new Set(["Person"]));
      const met = s.edges.find(
        (e) => [e.source, e.target].sort().join() === [ids.shamirani, ids.alakbarov].sort().join(),
      );
      expect(met?.kind).toBe("MET");
      expect(met?.weight).toBe((await store.eventsBetween(ids.shamirani, ids.alakbarov)).length);
    });
    it("keeps events without a full date apart when a date range is set", async () => {
      const s = await slice({ filter: { from: "2023-01-01", to: "2023-12-31" } });
      const drawn = s.nodes.filter((n) => n.kind === "Event").map((n) => n.id);
      expect(drawn).toEqual(expect.arrayContaining([ids.bashirovVisit, ids.bashirovMeeting]));
      expect(drawn).not.toContain(ids.meeting);
      const apart = s.withoutFullDate.map((e) => e.id);
      expect(apart).toContain(ids.meeting); // undated
      expect(apart).toContain(ids.visit); // a day without its year
      expect(s.withoutFullDate.find((e) => e.id === ids.visit)?.datePrecision).toBe("day_no_year");
      expect(apart.some((id) => drawn.includes(id))).toBe(false);
    });
    it("filters by several countries and types, and by status", async () => {
      const visits = await slice({ filter: { types: ["Visit"] } });
      expect(new Set(visits.nodes.filter((n) => n.kind === "Event").map((n) => n.eventType))).toEqual(
        new Set(["Visit"]),
      );
      const both = await slice({ filter: { countries: ["ir", "AZ"], types: ["Visit", "Meeting"] } });
      expect(both.totalEvents).toBe(both.drawnEvents);
      expect(both.nodes.filter((n) => n.kind === "Event").length).toBe(both.drawnEvents);
      const planned = await slice({ filter: { status: "planned" } });
      expect(planned.totalEvents).toBe(0);
    });
    it("cuts at maxEvents and says so", async () => {
      const all = await slice({});
      const cut = await slice({ max: 1 });
      expect(cut).toMatchObject({ truncated: true, drawnEvents: 1, totalEvents: all.totalEvents });
      expect(cut.nodes.filter((n) => n.kind === "Event")).toHaveLength(1);
    });
    it.each([
      [{ filter: { from: "2023-13-01" } }],
      [{ filter: { countries: ["XX"] } }],
      [{ filter: { status: "maybe" } }],
      [{ max: 0 }],
      [{ max: 5001 }],
    ])("refuses bad input %j with BAD_USER_INPUT", async (variables) => {
      expect(codeOf(await api.gql(SLICE, variables))).toBe("BAD_USER_INPUT");
    });
  });
}

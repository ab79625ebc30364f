// The API suite's relationship queries: meetingsBetween, bilateral, path, neighborhood.
import { describe, expect, it } from "vitest";
import { codeOf, dataOf, type GqlResponse } from "./client.ts";
import { S, ids } from "./fixtures.ts";
import { at, idsOf } from "./response.ts";

type Ask = (query: string, variables?: Record<string, unknown>) => Promise<GqlResponse>;

export function describeRelations(q: Ask): void {
  describe("relationships", () => {
    it("meetingsBetween gives the shared events with their evidence sentences", async () => {
      const data = dataOf(
        await q(`query($a: ID!, $b: ID!) { meetingsBetween(a: $a, b: $b) { id type evidence { text } } }`, {
          a: ids.shamirani,
          b: ids.alakbarov,
        }),
      );
      expect(idsOf(data["meetingsBetween"])).toEqual([ids.meeting]);
      expect(at(data, "meetingsBetween.0.evidence")).toEqual(
        expect.arrayContaining([{ text: S.met }, { text: S.twoHours }]),
      );
    });
    it("meetingsBetween answers NOT_FOUND for an unknown id", async () => {
      const res = await q(`{ meetingsBetween(a: "person:nobody", b: "${ids.alakbarov}") { id } }`);
      expect(codeOf(res)).toBe("NOT_FOUND");
    });
    it("bilateral gives the events, the officials of both countries and a timeline", async () => {
      const b = dataOf(
        await q(`{ bilateral(a: "IR", b: "az") { a { code } b { code } events { id }
        officials { person { id } country eventCount } timeline { date event { id } } } }`),
      )["bilateral"];
      expect(b).toMatchObject({ a: { code: "IR" }, b: { code: "AZ" } });
      expect(idsOf(at(b, "events"))).toEqual(
        expect.arrayContaining([ids.meeting, ids.meetingNasibov, ids.bashirovMeeting]),
      );
      const officials = at(b, "officials");
      expect(officials).toEqual(
        expect.arrayContaining([
          { person: { id: ids.shamirani }, country: "IR", eventCount: 2 },
          { person: { id: ids.alakbarov }, country: "AZ", eventCount: 1 },
          { person: { id: ids.bashirov }, country: "AZ", eventCount: 1 },
        ]),
      );
      const timeline = at(b, "timeline");
      const dates = Array.isArray(timeline) ? timeline.map((t) => at(t, "date")) : [];
      const dated = dates.filter((d) => d !== null);
      expect(dated).toEqual([...dated].sort());
      expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
    });
    it.each([
      ["an unknown code", `{ bilateral(a: "IR", b: "XX") { events { id } } }`],
      ["a name for a code", `{ bilateral(a: "Iran", b: "AZ") { events { id } } }`],
    ])("bilateral refuses %s with BAD_USER_INPUT", async (_, query) => {
      expect(codeOf(await q(query))).toBe("BAD_USER_INPUT");
    });
    it("path links Ulubekov to Alakbarov through Shamirani, each hop with evidence", async () => {
      const p = dataOf(
        await q(
          `query($f: ID!, $t: ID!) { path(from: $f, to: $t) { length nodes { id }
        hops { from { id } to { id } kind label via evidence { text sentence } } } }`,
          { f: ids.ulubekov, t: ids.alakbarov },
        ),
      )["path"];
      expect(at(p, "length")).toBe(2);
      expect(idsOf(at(p, "nodes"))).toEqual([ids.ulubekov, ids.shamirani, ids.alakbarov]);
      expect(at(p, "hops.0.from.id")).toBe(ids.ulubekov);
      expect(at(p, "hops.1.to.id")).toBe(ids.alakbarov);
      expect(at(p, "hops.1")).toMatchObject({ kind: "EVENT", label: "Meeting", via: ids.meeting });
      const hops = at(p, "hops");
      expect(
        Array.isArray(hops) &&
          hops.every((h) => Array.isArray(at(h, "evidence")) && (at(h, "evidence.0.text") ?? "") !== ""),
      ).toBe(true);
    });
    it("path is null when nothing links the two", async () => {
      expect(
        dataOf(await q(`{ path(from: "${ids.loner}", to: "${ids.alakbarov}") { length } }`))["path"],
      ).toBeNull();
    });
    it.each([0, 9, -1])("path refuses maxHops %d with BAD_USER_INPUT", async (maxHops) => {
      const res = await q(
        `query($h: Int) { path(from: "${ids.ulubekov}", to: "${ids.alakbarov}", maxHops: $h) { length } }`,
        { h: maxHops },
      );
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
    });
    it("path answers NOT_FOUND for an unknown id", async () => {
      expect(codeOf(await q(`{ path(from: "person:nobody", to: "${ids.alakbarov}") { length } }`))).toBe(
        "NOT_FOUND",
      );
    });
    it("neighborhood gives nodes and edges for drawing", async () => {
      const g = dataOf(
        await q(
          `query($id: ID!) { neighborhood(id: $id) { truncated nodes { id type name }
      edges { source target kind label via evidence { text } } } }`,
          { id: ids.shamirani },
        ),
      )["neighborhood"];
      expect(idsOf(at(g, "nodes"))).toEqual(
        expect.arrayContaining([ids.shamirani, ids.alakbarov, ids.nasibov, ids.ulubekov]),
      );
      const edges = at(g, "edges");
      expect(Array.isArray(edges) && edges.length > 0).toBe(true);
      expect(at(g, "truncated")).toBe(false);
    });
    it("neighborhood keeps to its limit and says it cut", async () => {
      const g = dataOf(
        await q(`{ neighborhood(id: "${ids.shamirani}", depth: 2, limit: 2) { truncated nodes { id } } }`),
      )["neighborhood"];
      expect((at(g, "nodes") as unknown[]).length).toBeLessThanOrEqual(2);
      expect(at(g, "truncated")).toBe(true);
    });
    it.each([
      ["depth 5", `depth: 5`],
      ["depth 0", `depth: 0`],
      ["limit 0", `limit: 0`],
      ["limit 2001", `limit: 2001`],
    ])("neighborhood refuses %s with BAD_USER_INPUT", async (_, args) => {
      expect(codeOf(await q(`{ neighborhood(id: "${ids.shamirani}", ${args}) { truncated } }`))).toBe(
        "BAD_USER_INPUT",
      );
    });
  });
}

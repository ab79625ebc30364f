// Contract: finding events with every filter, in date order (undated last), with keyset pagination;
// events between two entities and between two countries.
import { describe, expect, it } from "vitest";
import type { EventQuery } from "../../../src/store/graph-store.ts";
import { IDS } from "../fixtures.ts";
import { expectCode, type Harness } from "./harness.ts";

const ALL = [
  IDS.meetTehran, // 2022-06-01
  IDS.meetAlakbarov, // 2022-07-16, before the visit by id
  IDS.visit, // 2022-07-16
  IDS.meetUlubekov, // 2022-07-17
  IDS.call, // 2022-08-02
  IDS.plannedVisit, // 2022-09 (month)
  IDS.agreement, // undated
  IDS.statement, // a day without its year: undated
];
const except = (...ids: string[]) => ALL.filter((id) => !ids.includes(id));

const FILTERS: [string, EventQuery, string[]][] = [
  ["no filter: all, by date, undated last", {}, ALL],
  [
    "a participant",
    { participant: IDS.shamirani },
    [IDS.meetTehran, IDS.meetAlakbarov, IDS.visit, IDS.meetUlubekov],
  ],
  ["a location is not a participant", { participant: IDS.baku }, []],
  ["an unknown participant", { participant: "person:nobody" }, []],
  ["a place", { place: IDS.baku }, [IDS.meetAlakbarov, IDS.visit, IDS.meetUlubekov]],
  ["another place", { place: IDS.tehran }, [IDS.meetTehran, IDS.plannedVisit]],
  ["a country by participant or location", { country: "RU" }, [IDS.call, IDS.plannedVisit, IDS.statement]],
  [
    "a country's visits told by location",
    { country: "AZ" },
    [IDS.meetAlakbarov, IDS.visit, IDS.meetUlubekov, IDS.agreement],
  ],
  ["a country code in lower case", { country: "ir" }, except(IDS.statement)],
  ["a type", { type: "Meeting" }, [IDS.meetTehran, IDS.meetAlakbarov, IDS.meetUlubekov]],
  ["another type", { type: "Visit" }, [IDS.visit, IDS.plannedVisit]],
  ["planned", { status: "planned" }, [IDS.plannedVisit]],
  ["held", { status: "held" }, except(IDS.plannedVisit)],
  [
    "an inclusive date range",
    { from: "2022-07-16", to: "2022-07-17" },
    [IDS.meetAlakbarov, IDS.visit, IDS.meetUlubekov],
  ],
  ["from a date: undated never match", { from: "2022-08-01" }, [IDS.call, IDS.plannedVisit]],
  ["to a date", { to: "2022-06-30" }, [IDS.meetTehran]],
  [
    "participant, type and date together",
    { participant: IDS.shamirani, type: "Meeting", from: "2022-07-01" },
    [IDS.meetAlakbarov, IDS.meetUlubekov],
  ],
  ["country and type", { country: "AZ", type: "Agreement" }, [IDS.agreement]],
  ["place and participant", { place: IDS.tehran, participant: IDS.lazutkin }, [IDS.plannedVisit]],
];

const PAGINATIONS: [string, EventQuery, number][] = [
  ["all events by 3", {}, 3],
  ["all events by 1", {}, 1],
  ["all events in one page", {}, 8],
  ["Iran's events by 2", { country: "IR" }, 2],
  ["a participant's events by 3", { participant: IDS.shamirani }, 3],
];

export function eventsSection(h: Harness): void {
  describe("findEvents", () => {
    const store = h.shared();
    it.each(FILTERS)("%s", async (_what, query, ids) => {
      const page = await store().findEvents(query);
      expect(page.items.map((e) => e.id)).toEqual(ids);
      expect(page.totalCount).toBe(ids.length);
      expect(page.hasNextPage).toBe(false);
      if (ids.length === 0) expect(page.endCursor).toBeNull();
    });

    it.each(PAGINATIONS)("pages: %s", async (_what, query, limit) => {
      const whole = (await store().findEvents({ ...query, limit: 1000 })).items.map((e) => e.id);
      const seen: string[] = [];
      let after: string | undefined;
      for (let pages = 0; pages < 20; pages++) {
        const page = await store().findEvents({ ...query, limit, ...(after === undefined ? {} : { after }) });
        expect(page.totalCount).toBe(whole.length);
        expect(page.items.length).toBeLessThanOrEqual(limit);
        seen.push(...page.items.map((e) => e.id));
        if (!page.hasNextPage) break;
        expect(page.endCursor).not.toBeNull();
        after = page.endCursor ?? undefined;
      }
      expect(seen).toEqual(whole);
    });

    it("a cursor past the last event gives an empty last page", async () => {
      const last = await store().findEvents({ limit: 8 });
      const after = last.endCursor ?? "";
      const page = await store().findEvents({ after });
      expect(page).toMatchObject({ items: [], totalCount: 8, hasNextPage: false, endCursor: null });
    });
  });

  describe("eventsBetween", () => {
    const store = h.shared();
    it.each([
      ["two who met", IDS.shamirani, IDS.alakbarov, [IDS.meetAlakbarov]],
      ["either order", IDS.alakbarov, IDS.shamirani, [IDS.meetAlakbarov]],
      [
        "a participant and the location",
        IDS.shamirani,
        IDS.baku,
        [IDS.meetAlakbarov, IDS.visit, IDS.meetUlubekov],
      ],
      ["two countries that signed", IDS.iran, IDS.azerbaijan, [IDS.agreement]],
      ["a planned visit", IDS.lazutkin, IDS.tehran, [IDS.plannedVisit]],
      ["two who never met", IDS.shamirani, IDS.lazutkin, []],
      ["an unknown entity", "person:nobody", IDS.shamirani, []],
    ])("%s", async (_what, a, b, ids) => {
      expect((await store().eventsBetween(a, b)).map((e) => e.id)).toEqual(ids);
    });
  });

  describe("eventsBetweenCountries", () => {
    const store = h.shared();
    it.each([
      ["Iran and Azerbaijan", "IR", "AZ", [IDS.meetAlakbarov, IDS.meetUlubekov, IDS.agreement]],
      ["either order", "AZ", "IR", [IDS.meetAlakbarov, IDS.meetUlubekov, IDS.agreement]],
      ["lower case codes", "ir", "az", [IDS.meetAlakbarov, IDS.meetUlubekov, IDS.agreement]],
      ["Iran and Russia", "IR", "RU", [IDS.call]],
      ["two participants of one country", "IR", "IR", [IDS.meetTehran]],
      ["a country alone in its events", "RU", "RU", []],
      ["a country with no events", "IR", "FR", []],
    ])("%s", async (_what, a, b, ids) => {
      expect((await store().eventsBetweenCountries(a, b)).map((e) => e.id)).toEqual(ids);
    });
    it("refuses a code that is not ISO alpha-2", async () => {
      await expectCode(store().eventsBetweenCountries("IRN", "AZ"), "BAD_USER_INPUT");
    });
  });
}

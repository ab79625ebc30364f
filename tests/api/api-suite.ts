// The API suite: every root field over HTTP against a seeded store; run for each GraphStore implementation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { TOKEN, codeOf, dataOf, startApi, type Running } from "./client.ts";
import { describeMutations } from "./api-suite-mutations.ts";
import { describeRelations } from "./api-suite-relations.ts";
import { at, idsOf } from "./response.ts";
import { S, fakeIngest, ids, seed } from "./fixtures.ts";

export type MakeStore = () => Promise<GraphStore>;

export function describeApi(name: string, makeStore: MakeStore): void {
  describe(`api on ${name}`, () => {
    let store: GraphStore;
    let api: Running;
    beforeAll(async () => {
      store = await makeStore();
      await seed(store);
      api = await startApi({ store, ingest: fakeIngest, options: { token: TOKEN } });
    });
    afterAll(async () => {
      await api.stop();
      await store.close();
    });
    const q = (query: string, variables?: Record<string, unknown>) => api.gql(query, variables);

    describe("search", () => {
      it.each([
        ["the Arabic name", "شميراني", ids.shamirani],
        ["a Latin alias, any case", "shamirani", ids.shamirani],
        ["a place", "باكو", ids.baku],
      ])("finds entities by %s", async (_, text, id) => {
        const data = dataOf(
          await q(`query($t: String!) { search(text: $t) { id type name names } }`, { t: text }),
        );
        expect(idsOf(data["search"])).toContain(id);
      });
      it("filters by type", async () => {
        const data = dataOf(await q(`{ search(text: "باكو", type: Person) { id } }`));
        expect(data["search"]).toEqual([]);
      });
      it.each([
        ["an empty text", `{ search(text: "  ") { id } }`],
        ["a page over the cap", `{ search(text: "a", first: 101) { id } }`],
      ])("refuses %s with BAD_USER_INPUT", async (_, query) => {
        expect(codeOf(await q(query))).toBe("BAD_USER_INPUT");
      });
    });

    describe("person, country, organization, event", () => {
      it("gives a person's names, country, positions, events, counterparts and people met", async () => {
        const res = await q(
          `query($id: ID!) { person(id: $id) { id type name names country { code } titles
            positions { title organization { name } country { code } observed evidence { sentence } }
            events { totalCount nodes { id } } counterparts { id } peopleMet { count person { id } events { id } } } }`,
          { id: ids.shamirani },
        );
        const p = dataOf(res)["person"];
        expect(p).toMatchObject({
          id: ids.shamirani,
          type: "Person",
          name: "علي شميراني",
          country: { code: "IR" },
        });
        expect(at(p, "names.0")).toBe("علي شميراني");
        expect(new Set(at(p, "names") as unknown[])).toEqual(
          new Set(["علي شميراني", "شميراني", "Ali Shamirani"]),
        );
        expect(at(p, "positions")).toEqual([
          {
            title: "سكرتير المجلس الأعلى للأمن القومي",
            organization: { name: "المجلس الأعلى للأمن القومي" },
            country: { code: "IR" },
            observed: ["2020-07-16"],
            evidence: [{ sentence: 2 }],
          },
        ]);
        expect(at(p, "events.totalCount")).toBe(3);
        expect(idsOf(at(p, "counterparts"))).toEqual([ids.ulubekov]);
        const met = at(p, "peopleMet");
        expect(Array.isArray(met) ? met.map((m) => [at(m, "person.id"), at(m, "count")]) : met).toEqual(
          expect.arrayContaining([
            [ids.alakbarov, 1],
            [ids.nasibov, 1],
          ]),
        );
      });
      it.each([
        ["an unknown id", `{ person(id: "person:nobody") { id } }`, "person"],
        ["an id of another type", `{ person(id: "country:IR") { id } }`, "person"],
        ["an unknown organisation", `{ organization(id: "org:none") { id } }`, "organization"],
        ["an unknown event", `{ event(id: "event:none") { id } }`, "event"],
        ["a valid country code the graph lacks", `{ country(code: "ZW") { id } }`, "country"],
      ])("answers null for %s", async (_, query, field) => {
        expect(dataOf(await q(query))[field]).toBeNull();
      });
      it("finds a country by code in any case, with its people and events", async () => {
        const c = dataOf(
          await q(`{ country(code: "az") { id type code name names people { id } events { totalCount } } }`),
        )["country"];
        expect(c).toMatchObject({ id: "country:AZ", type: "Country", code: "AZ", name: "أذربيجان" });
        expect(idsOf(at(c, "people"))).toEqual(
          expect.arrayContaining([ids.alakbarov, ids.ulubekov, ids.bashirov]),
        );
        expect(at(c, "events.totalCount")).toBeGreaterThanOrEqual(3);
      });
      it.each(["XX", "IRN", "1"])("refuses the country code %s with BAD_USER_INPUT", async (code) => {
        expect(codeOf(await q(`query($c: String!) { country(code: $c) { id } }`, { c: code }))).toBe(
          "BAD_USER_INPUT",
        );
      });
      it("gives an organisation with its kind and country", async () => {
        const o = dataOf(
          await q(`query($id: ID!) { organization(id: $id) { type kind country { code } } }`, {
            id: ids.snsc,
          }),
        );
        expect(o["organization"]).toEqual({ type: "Organization", kind: "council", country: { code: "IR" } });
      });
      it("gives an event with participants and roles, place, date, mode, duration and evidence", async () => {
        const e = dataOf(
          await q(
            `query($id: ID!) { event(id: $id) { id type status date datePrecision mode duration
              participants { role entity { id type } } place { __typename name ... on Place { country { code } } }
              evidence { text articleId sentence start end article { id } } articles { id } } }`,
            { id: ids.meeting },
          ),
        )["event"];
        expect(e).toMatchObject({
          type: "Meeting",
          status: "held",
          date: null,
          mode: "in_person",
          duration: "PT2H",
        });
        expect(at(e, "participants")).toEqual([
          { role: "visitor", entity: { id: ids.shamirani, type: "Person" } },
          { role: "host", entity: { id: ids.alakbarov, type: "Person" } },
        ]);
        expect(at(e, "place")).toEqual({ __typename: "Place", name: "باكو", country: { code: "AZ" } });
        expect(at(e, "evidence")).toEqual(
          expect.arrayContaining([
            {
              text: S.met,
              articleId: ids.articleBaku,
              sentence: 4,
              start: 4000,
              end: 4000 + S.met.length,
              article: { id: ids.articleBaku },
            },
          ]),
        );
        expect(at(e, "articles")).toEqual([{ id: ids.articleBaku }]);
      });
      it("gives a date with its precision and the words that gave it", async () => {
        const e = dataOf(
          await q(`query($id: ID!) { event(id: $id) { date datePrecision dateText } }`, { id: ids.visit }),
        );
        expect(e["event"]).toEqual({
          date: "0000-07-16",
          datePrecision: "day_no_year",
          dateText: "يوم الخميس (16 يوليو)",
        });
      });
    });

    describe("events", () => {
      const page = `query($f: EventFilter, $first: Int, $after: String) {
        events(filter: $f, first: $first, after: $after) { totalCount nodes { id date } pageInfo { endCursor hasNextPage } } }`;
      it("pages through every event with cursors, dated first", async () => {
        const seen: unknown[] = [];
        let after: unknown = null;
        for (let i = 0; i < 5; i++) {
          const events = dataOf(await q(page, { first: 2, after }))["events"];
          expect(at(events, "totalCount")).toBe(5);
          seen.push(...idsOf(at(events, "nodes")));
          if (at(events, "pageInfo.hasNextPage") !== true) break;
          after = at(events, "pageInfo.endCursor");
        }
        expect(new Set(seen).size).toBe(5);
      });
      it.each([
        ["type", { type: "Meeting" }, 3],
        ["participant", { participant: ids.shamirani }, 3],
        ["place", { place: ids.tehran }, 2],
        ["date range", { from: "2023-01-01", to: "2023-12-31" }, 2],
        ["country", { country: "ir" }, 5],
      ])("filters by %s", async (_, f, count) => {
        expect(at(dataOf(await q(page, { f }))["events"], "totalCount")).toBe(count);
      });
      it.each([
        ["a page over the cap", { first: 101 }],
        ["a page of zero", { first: 0 }],
        ["an unknown country", { f: { country: "QQ" } }],
        ["a date that is not one", { f: { from: "yesterday" } }],
      ])("refuses %s with BAD_USER_INPUT", async (_, vars) => {
        expect(codeOf(await q(page, vars))).toBe("BAD_USER_INPUT");
      });
    });

    describeRelations(q);

    describe("stats and health", () => {
      it("counts what the graph holds", async () => {
        const s = dataOf(
          await q(`{ stats { store persons countries organizations places events articles positions relations
          eventsByType { type count } } health { status store } }`),
        );
        expect(s["stats"]).toMatchObject({
          store: store.kind,
          persons: 7,
          countries: 2,
          organizations: 1,
          places: 2,
          events: 5,
          articles: 2,
          positions: 1,
          relations: 2,
        });
        expect(at(s, "stats.eventsByType")).toEqual(
          expect.arrayContaining([
            { type: "Meeting", count: 3 },
            { type: "Visit", count: 2 },
          ]),
        );
        expect(s["health"]).toEqual({ status: "ok", store: store.kind });
      });
    });

    describeMutations(() => ({ api, store }));
  });
}

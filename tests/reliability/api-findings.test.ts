// The API findings of issue 13, each as a caller meets it: one event order everywhere, bilateral of a country
// with itself, a GET of /graphql from curl, mutations off for want of a token, no internal prefixes in messages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { TOKEN, codeOf, dataOf, startApi, type Running } from "../api/client.ts";
import type { GraphPatch } from "../../src/domain/types.ts";
import { article, bakuPatch, evidence, fakeIngest, ids } from "../api/fixtures.ts";
import { seededStore } from "../api/stores.fake.ts";

let store: GraphStore;
let api: Running;
/** A dated meeting in Baku of two people the seeded graph holds (it has an undated one and a day-without-year visit). */
function datedTalks(): GraphPatch {
  const id = "article:dated-talks";
  const ev = evidence(id, 0, "They met again in Baku on 20 July 2020.");
  const base = bakuPatch();
  const keep = new Set<string>([ids.shamirani, ids.alakbarov, ids.baku]);
  return {
    article: article(id, "dated talks", "2020-07-21"),
    entities: base.entities.filter((e) => keep.has(e.id)).map((e) => ({ ...e, evidence: [ev] })),
    events: [
      {
        id: "event:dated-talks",
        type: "Meeting",
        status: "held",
        duration: null,
        topics: [],
        mode: "in_person",
        participants: [
          { entityId: ids.shamirani, role: "visitor" },
          { entityId: ids.alakbarov, role: "host" },
        ],
        location: ids.baku,
        date: { value: "2020-07-20", precision: "day" },
        evidence: [ev],
      },
    ],
    occupancies: [],
    relations: [],
  };
}

beforeAll(async () => {
  store = await seededStore();
  await store.applyPatch(datedTalks());
  api = await startApi({ store, ingest: fakeIngest, options: { token: TOKEN } });
});
afterAll(async () => {
  await api.stop();
  await store.close();
});

interface EventRow {
  id: string;
  date: string | null;
  datePrecision: string | null;
}
const EVENT = "id date datePrecision";
/** Where an event may sit: dated ones first, then those without a date or without a year. */
const placeable = (e: EventRow) => e.date !== null && e.datePrecision !== "day_no_year";

describe("one event order", () => {
  it("meetingsBetween, bilateral and the events connection order the same events the same way", async () => {
    const data = dataOf(
      await api.gql(`{
        between: meetingsBetween(a: "${ids.shamirani}", b: "${ids.baku}") { ${EVENT} }
        bilateral(a: "IR", b: "AZ") { events { ${EVENT} } }
        events(first: 100) { nodes { ${EVENT} } }
      }`),
    ) as {
      between: EventRow[];
      bilateral: { events: EventRow[] };
      events: { nodes: EventRow[] };
    };
    const all = data.events.nodes.map((e) => e.id);
    const inConnectionOrder = (rows: EventRow[]) => {
      const wanted = new Set(rows.map((r) => r.id));
      return all.filter((id) => wanted.has(id));
    };
    for (const rows of [data.between, data.bilateral.events]) {
      expect(rows.length).toBeGreaterThan(1);
      expect(rows.map((r) => r.id)).toEqual(inConnectionOrder(rows));
    }
    // A day-without-year visit, an undated meeting and a dated one: the dated one comes first.
    const between = data.between;
    expect(between.some((e) => e.datePrecision === "day_no_year")).toBe(true);
    expect(between[0]?.id).toBe("event:dated-talks");
    expect(between.slice(1).every((e) => !placeable(e))).toBe(true);
  });
});

describe("bad input and how the API says so", () => {
  it("bilateral of a country with itself is BAD_USER_INPUT", async () => {
    const res = await api.gql(`{ bilateral(a: "IR", b: "ir") { events { id } } }`);
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    expect(res.body.errors?.[0]?.message).toMatch(/two different countries/);
  });
  it("a GET of /graphql from curl (no query, no browser) says how to ask, not CSRF", async () => {
    const res = await fetch(api.url, { headers: { accept: "*/*", "user-agent": "curl/8.5.0" } });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/CSRF|Cross-Site/i);
    expect(text).toMatch(/POST a JSON body/);
  });
  it("a mutation on a server without a token says mutations are off and why", async () => {
    const open = await startApi({ store, ingest: fakeIngest });
    try {
      const res = await open.gql(`mutation { retractArticle(id: "x") { articleId } }`, {}, { token: TOKEN });
      expect(codeOf(res)).toBe("UNAUTHENTICATED");
      expect(res.body.errors?.[0]?.message).toMatch(/mutations are off on this server.*no DIPLOGRAPH_TOKEN/);
    } finally {
      await open.stop();
    }
  });
  it.each([
    ["a page size out of range", `{ events(first: 100000) { totalCount } }`, {}],
    ["an unknown person", `{ meetingsBetween(a: "person:none", b: "${ids.baku}") { id } }`, {}],
    ["an unknown article", `mutation { retractArticle(id: "article:none") { articleId } }`, { token: TOKEN }],
  ])("%s: the message has no internal module prefix", async (_, query, options) => {
    const res = await api.gql(query, {}, options);
    const message = res.body.errors?.[0]?.message ?? "";
    expect(message.length).toBeGreaterThan(0);
    expect(message).not.toMatch(/^(api|store\/\w+|extract|resolve|ingest):/);
  });
});

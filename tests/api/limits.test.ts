// Bad input over HTTP: malformed GraphQL, wrong types, too deep, too costly, too large, too slow.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { codeOf, dataOf, startApi, type Running } from "./client.ts";
import { ids } from "./fixtures.ts";
import { countingStore, seededStore, slowCounts } from "./stores.fake.ts";

let store: GraphStore;
let api: Running;
beforeAll(async () => {
  store = await seededStore();
  api = await startApi({ store, options: { limits: { maxBodyBytes: 20_000, maxDepth: 8, maxCost: 5_000 } } });
});
afterAll(async () => {
  await api.stop();
  await store.close();
});

const post = (body: string, contentType = "application/json") =>
  fetch(api.url, { method: "POST", headers: { "content-type": contentType }, body });

describe("malformed requests", () => {
  it.each([
    ["a syntax error", `{ search(text: "x" { id } }`, 400, "GRAPHQL_PARSE_FAILED"],
    ["an unknown field", `{ nothing }`, 400, "GRAPHQL_VALIDATION_FAILED"],
    [
      "a string for an Int",
      `{ path(from: "a", to: "b", maxHops: "three") { length } }`,
      400,
      "GRAPHQL_VALIDATION_FAILED",
    ],
    ["a missing required argument", `{ person { id } }`, 400, "GRAPHQL_VALIDATION_FAILED"],
    ["an unknown enum value", `{ search(text: "x", type: Planet) { id } }`, 400, "GRAPHQL_VALIDATION_FAILED"],
  ])("refuses %s", async (_, query, status, code) => {
    const res = await api.gql(query);
    expect(res.status).toBe(status);
    expect(codeOf(res)).toBe(code);
  });
  it("refuses a variable of the wrong type with BAD_USER_INPUT", async () => {
    const res = await api.gql(`query($n: Int) { search(text: "x", first: $n) { id } }`, { n: "many" });
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
  });
  it("refuses a body that is not JSON", async () => {
    const res = await post("{ not json");
    expect(res.status).toBe(400);
  });
  it("refuses a request without a query", async () => {
    const res = await post(JSON.stringify({ variables: {} }));
    expect(res.status).toBe(400);
  });
});

describe("depth and cost", () => {
  const deep = `{ person(id: "${ids.shamirani}") { peopleMet { person { peopleMet { person { peopleMet { person {
    peopleMet { person { name } } } } } } } } } }`;
  it("refuses nesting deeper than the limit", async () => {
    const res = await api.gql(deep);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe("QUERY_TOO_DEEP");
  });
  it("counts fragments toward depth", async () => {
    const res = await api.gql(`query { person(id: "x") { ...A } }
      fragment A on Person { peopleMet { person { peopleMet { person { peopleMet { person { country { name } } } } } } } }`);
    expect(codeOf(res)).toBe("QUERY_TOO_DEEP");
  });
  it("refuses a query whose estimated cost is too high", async () => {
    const res = await api.gql(`{ events(first: 100) { nodes { participants { entity { ... on Person {
      peopleMet(first: 100) { count } } } } } } }`);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe("QUERY_TOO_COSTLY");
  });
  it("counts the cost again when a size comes from a variable (the same query text, cached once)", async () => {
    const query = `query($n: Int) { events(first: $n) { nodes { participants { entity { ... on Person {
      peopleMet(first: 100) { count } } } } } } }`;
    expect(codeOf(await api.gql(query, { n: 1 }))).toBeUndefined();
    expect(codeOf(await api.gql(query, { n: 100 }))).toBe("QUERY_TOO_COSTLY");
    expect(codeOf(await api.gql(query, { n: 1 }))).toBeUndefined();
  });
  it("lets the playground's introspection through", async () => {
    const res = await api.gql(
      `{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }`,
    );
    expect(res.status).toBe(200);
  });
});

describe("size", () => {
  it("answers 413 to a body over the cap", async () => {
    const res = await post(
      JSON.stringify({ query: `{ health { status } }`, variables: { pad: "x".repeat(30_000) } }),
    );
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
  });
  it("answers 413 to a GET query over the cap", async () => {
    const small = await startApi({ store, options: { limits: { maxBodyBytes: 2_000 } } });
    try {
      const query = `{ health { status } }\n# ${"x".repeat(3_000)}`;
      const res = await fetch(`${small.url}?query=${encodeURIComponent(query)}`, {
        headers: { "apollo-require-preflight": "1" },
      });
      expect(res.status).toBe(413);
    } finally {
      await small.stop();
    }
  });
  it("refuses a query of too many tokens, even under the byte cap", async () => {
    const query = `query($v: [Int] = [${"1 ".repeat(6_000)}]) { health { status } }`;
    expect(query.length).toBeLessThan(20_000);
    const res = await api.gql(query);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe("GRAPHQL_PARSE_FAILED");
  });
});

describe("time", () => {
  it("answers 503 TIMEOUT when the request outlives its time", async () => {
    const slow = await startApi({ store: slowCounts(store, 1_000), options: { limits: { timeoutMs: 100 } } });
    try {
      const started = Date.now();
      const res = await slow.gql(`{ stats { persons } }`);
      expect(Date.now() - started).toBeLessThan(900);
      expect(res.status).toBe(503);
      expect(codeOf(res)).toBe("TIMEOUT");
    } finally {
      await slow.stop();
    }
  });
});

describe("DataLoader", () => {
  it("loads the entities of a list of events in one batch", async () => {
    const { store: counted, calls } = countingStore(store);
    const spied = await startApi({ store: counted });
    try {
      const data = dataOf(
        await spied.gql(`{ events(first: 5) { nodes { participants { entity { name } } place { name } } } }`),
      );
      expect(data["events"]).toBeDefined();
      expect(calls.get("getEntities")).toBe(1);
      expect(calls.get("getEntity") ?? 0).toBe(0);
    } finally {
      await spied.stop();
    }
  });
  it("asks a person's positions once per request, however often the person appears", async () => {
    const { store: counted, calls } = countingStore(store);
    const spied = await startApi({ store: counted });
    try {
      const data = dataOf(
        await spied.gql(
          `{ events(first: 50) { nodes { participants { entity { id ... on Person { positions { title } } } } } } }`,
        ),
      );
      const nodes = (data["events"] as { nodes: { participants: { entity: { id: string } }[] }[] }).nodes;
      const mentions = nodes.flatMap((n) => n.participants.map((p) => p.entity.id));
      const persons = new Set(mentions.filter((id) => id.startsWith("person:")));
      // The fixture graph names some person in more than one event: otherwise this test proves nothing.
      expect(mentions.filter((id) => id.startsWith("person:")).length).toBeGreaterThan(persons.size);
      expect(calls.get("occupanciesOf")).toBe(persons.size);
    } finally {
      await spied.stop();
    }
  });
});

// The HTTP surface besides GraphQL: health, CORS, routes, the read token, a server with no write token.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { TOKEN, codeOf, dataOf, startApi, type Running } from "./client.ts";
import { fakeIngest } from "./fixtures.ts";
import { seededStore } from "./stores.fake.ts";

const READ = "read-token-0123456789abcdef";
let store: GraphStore;
let api: Running;
beforeAll(async () => {
  store = await seededStore();
  api = await startApi({ store, options: { corsOrigins: ["https://dash.example.org"] } });
});
afterAll(async () => {
  await api.stop();
  await store.close();
});

describe("health", () => {
  it("reports the store and its counts", async () => {
    const res = await fetch(`${api.origin}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: "ok",
      store: "memory",
      counts: { articles: 2, entities: { Person: 7 } },
    });
  });
});

describe("routes", () => {
  it.each([
    ["an unknown path", "/nothing", "GET", 404],
    ["PUT on /graphql", "/graphql", "PUT", 405],
  ])("answers %s", async (_, path, method, status) => {
    expect((await fetch(`${api.origin}${path}`, { method })).status).toBe(status);
  });
  it("does not serve the playground when it is off", async () => {
    const res = await fetch(`${api.origin}/playground`);
    expect(res.status).toBe(404);
  });
});

describe("CORS", () => {
  it("allows a configured origin, with a preflight", async () => {
    const pre = await fetch(api.url, {
      method: "OPTIONS",
      headers: { origin: "https://dash.example.org", "access-control-request-method": "POST" },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe("https://dash.example.org");
    expect(pre.headers.get("access-control-allow-headers")).toContain("authorization");
    const res = await fetch(api.url, {
      method: "POST",
      headers: { origin: "https://dash.example.org", "content-type": "application/json" },
      body: JSON.stringify({ query: "{ health { status } }" }),
    });
    expect(res.headers.get("access-control-allow-origin")).toBe("https://dash.example.org");
  });
  it("gives no CORS header to another origin", async () => {
    const res = await fetch(api.url, { method: "OPTIONS", headers: { origin: "https://evil.example.com" } });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("tokens", () => {
  it("refuses every mutation when no token is configured, whatever the bearer", async () => {
    const open = await startApi({ store, ingest: fakeIngest });
    try {
      const before = await store.counts();
      const res = await open.gql(
        `mutation { retractArticle(id: "article:bashirov-tehran") { articleId } }`,
        {},
        { token: TOKEN },
      );
      expect(codeOf(res)).toBe("UNAUTHENTICATED");
      expect(await store.counts()).toEqual(before);
    } finally {
      await open.stop();
    }
  });
  it("guards reads when a read token is configured", async () => {
    const guarded = await startApi({ store, options: { token: TOKEN, readToken: READ } });
    try {
      const query = `{ stats { persons } }`;
      const none = await guarded.gql(query);
      expect(none.status).toBe(401);
      expect(codeOf(none)).toBe("UNAUTHENTICATED");
      expect(dataOf(await guarded.gql(query, {}, { token: READ }))["stats"]).toEqual({ persons: 7 });
      expect(dataOf(await guarded.gql(query, {}, { token: TOKEN }))["stats"]).toEqual({ persons: 7 });
      const write = await guarded.gql(
        `mutation { retractArticle(id: "x") { articleId } }`,
        {},
        { token: READ },
      );
      expect(codeOf(write)).toBe("UNAUTHENTICATED");
    } finally {
      await guarded.stop();
    }
  });
});

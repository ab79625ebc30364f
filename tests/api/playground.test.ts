// The playground over HTTP: a page and assets from the local build, example tabs filled with ids from the graph.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { startApi, type Running } from "./client.ts";
import { ids } from "./fixtures.ts";
import { seededStore } from "./stores.fake.ts";

let store: GraphStore;
let api: Running;
beforeAll(async () => {
  store = await seededStore();
  api = await startApi({ store, options: { playground: true } });
}, 120_000);
afterAll(async () => {
  await api.stop();
  await store.close();
});

describe("playground", () => {
  it.each([
    ["GET /graphql from a browser", "/graphql"],
    ["GET /playground", "/playground"],
  ])("serves the page at %s, with a CSP allowing only this server", async (_, path) => {
    const res = await fetch(`${api.origin}${path}`, {
      headers: { accept: "text/html,application/xhtml+xml" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    const html = await res.text();
    expect(html).toContain("/playground/assets/graphiql.js");
    expect(html).not.toMatch(/(src|href)="https?:/);
  });
  it("fills the example tabs from the graph: a real meeting's two people, their countries, a path", async () => {
    const html = await (await fetch(`${api.origin}/playground`)).text();
    const json =
      /<script id="playground-config" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1] ?? "{}";
    const text = JSON.stringify(JSON.parse(json));
    // The pair whose meeting is told most often in the fixtures is Shamirani and Alakbarov (three sentences).
    for (const id of [ids.shamirani, ids.alakbarov]) expect(text).toContain(id);
    expect(await store.eventsBetween(ids.shamirani, ids.alakbarov)).not.toHaveLength(0);
    expect(text).toContain("meetingsBetween");
    expect(text).toContain('bilateral(a: \\"IR\\", b: \\"AZ\\")');
    expect(text).toContain("path(from:");
    expect(text).not.toContain("seed the graph first");
  });
  it.each([
    ["graphiql.js", "text/javascript"],
    ["graphiql.css", "text/css"],
  ])("serves %s from the build", async (name, type) => {
    const res = await fetch(`${api.origin}/playground/assets/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain(type);
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
  });
  it.each(["../../package.json", "%2e%2e%2fpackage.json", "client.js"])(
    "serves nothing else (%s)",
    async (name) => {
      const res = await fetch(`${api.origin}/playground/assets/${name}`);
      expect(res.status).toBe(404);
    },
  );
  it("still answers GraphQL GETs at /graphql", async () => {
    const res = await fetch(`${api.url}?query=${encodeURIComponent("{ health { status } }")}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "1" },
    });
    expect(await res.json()).toEqual({ data: { health: { status: "ok" } } });
  });
});

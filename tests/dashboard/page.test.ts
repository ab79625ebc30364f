// The dashboard over HTTP: the page and its assets from the local build, a CSP allowing only this server, a link
// from the playground, and nothing else served from the assets path.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { startApi, type Running } from "../api/client.ts";
import { seededStore } from "../api/stores.fake.ts";

let store: GraphStore;
let api: Running;
beforeAll(async () => {
  store = await seededStore();
  api = await startApi({ store, options: { playground: true } });
}, 120_000);
afterAll(async () => {
  await api?.stop();
  await store?.close();
});

describe("dashboard page", () => {
  it.each(["/dashboard", "/dashboard/"])("serves %s with a CSP allowing only this server", async (path) => {
    const res = await fetch(`${api.origin}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const html = await res.text();
    expect(html).toContain("/dashboard/assets/dashboard.js");
    expect(html).not.toMatch(/(src|href)="https?:/);
  });
  it.each([
    ["dashboard.js", "text/javascript", 100_000],
    ["dashboard.css", "text/css", 1_000],
  ])("serves %s from the build", async (name, type, size) => {
    const res = await fetch(`${api.origin}/dashboard/assets/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain(type);
    const body = await res.text();
    expect(body.length).toBeGreaterThan(size);
  });
  it.each(["../../package.json", "%2e%2e%2fpackage.json", "main.ts"])(
    "serves nothing else (%s)",
    async (name) => {
      expect((await fetch(`${api.origin}/dashboard/assets/${name}`)).status).toBe(404);
    },
  );
  it("is linked from the playground", async () => {
    const html = await (await fetch(`${api.origin}/playground`)).text();
    expect(html).toContain('href="/dashboard"');
  });
  it("is not served when the browser pages are off", async () => {
    const bare = await startApi({ store, options: { playground: false } });
    try {
      expect((await fetch(`${bare.origin}/dashboard`)).status).toBe(404);
    } finally {
      await bare.stop();
    }
  });
});

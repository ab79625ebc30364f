// The playground in headless Chromium (Debian's package, driven by playwright-core): it runs a query and
// makes no request that leaves this machine. Without Chromium: fails in CI, skips with a printed reason elsewhere.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { startApi, type Running } from "./client.ts";
import { seededStore } from "./stores.fake.ts";

const CHROMIUM = "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const present = existsSync(CHROMIUM);
if (!present) {
  const reason = `browser test: ${CHROMIUM} is missing (apt-get install -y chromium)`;
  if (process.env["CI"] === "true") throw new Error(`${reason}; CI must run it`);
  console.warn(`${reason}; skipped`);
}

/** Hosts a page of ours may reach: this machine only. */
function leavesMachine(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return false;
  return !["127.0.0.1", "localhost", "[::1]"].includes(hostname);
}

describe.skipIf(!present)("playground in Chromium", () => {
  let store: GraphStore;
  let api: Running;
  let profile: string;
  let browser: BrowserContext;
  const requests: string[] = [];
  beforeAll(async () => {
    store = await seededStore();
    api = await startApi({ store, options: { playground: true } });
    profile = await mkdtemp(join(tmpdir(), "diplograph-chromium-"));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
    });
    browser.on("request", (request) => requests.push(request.url()));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await store?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it("loads GraphiQL from /graphql, runs the example and a typed query, and stays on this machine", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto(api.url, { waitUntil: "load" });
    const run = page.locator(".graphiql-execute-button");
    await run.waitFor({ state: "visible", timeout: 30_000 });
    await run.click();
    const response = page.locator(".graphiql-response");
    await expect.poll(() => response.innerText(), { timeout: 20_000 }).toContain("meetingsBetween");
    await expect.poll(() => response.innerText(), { timeout: 20_000 }).toContain(`"duration": "PT2H"`);

    const editor = page.locator(".graphiql-query-editor .CodeMirror");
    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.type("query Typed { stats { persons } }");
    await page.keyboard.press("Escape");
    await expect.poll(() => editor.innerText()).toContain("query Typed");
    await page.waitForTimeout(1_000); // GraphiQL picks up the new operation name after a debounce
    await page.keyboard.press("Control+Enter");
    await expect.poll(() => response.innerText(), { timeout: 20_000 }).toContain('"persons": 7');

    await page.screenshot({ path: join(profile, "playground.png") });
    expect(problems).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter(leavesMachine)).toEqual([]);
  }, 90_000);
});

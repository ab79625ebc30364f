// The dashboard end to end in headless Chromium on the graph seeded from seed/articles (as `npm start` seeds it),
// behind a read token: search across scripts, the person's panel, the evidence right to left with its span marked,
// a date range, what ties two people, GEXF export parsed back, a shared address reloaded, keyboard only, axe-core.
import { MultiGraph } from "graphology";
import { parse } from "graphology-gexf";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedFolders } from "../../src/commands/seed.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { dataOf, startApi, type Running } from "../api/client.ts";
import {
  CHROMIUM,
  FLAGS,
  artifact,
  chromiumPresent,
  leavesMachine,
  seriousViolations,
} from "./chromium.fixtures.ts";

const SEED = fileURLToPath(new URL("../../seed/articles", import.meta.url));
const READ_TOKEN = "read-token-0123456789abcdef";

describe.skipIf(!chromiumPresent)("dashboard in Chromium", () => {
  let store: GraphStore;
  let api: Running;
  let profile: string;
  let browser: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];
  beforeAll(async () => {
    store = await createMemoryStore({ dataDir: null });
    await seedFolders(store, [SEED], () => {});
    api = await startApi({ store, options: { playground: true, readToken: READ_TOKEN } });
    profile = await mkdtemp(join(tmpdir(), "diplograph-dashboard-"));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      acceptDownloads: true,
      viewport: { width: 1400, height: 900 },
    });
    browser.on("request", (request) => requests.push(request.url()));
    page = await browser.newPage();
    page.on("pageerror", (error) => problems.push(error.message));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await store?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  const drawnNodes = async () => Number(await page.locator("body").getAttribute("data-drawn-nodes"));
  const dashboard = () => `${api.origin}/dashboard`;

  it("asks for the read token in a banner, then draws the graph", async () => {
    await page.goto(dashboard(), { waitUntil: "load" });
    const banner = page.locator("#banner");
    await expect.poll(() => banner.innerText(), { timeout: 20_000 }).toContain("needs a read token");
    await page.locator("#token").fill(READ_TOKEN);
    await page.getByRole("button", { name: "Use token" }).click();
    await expect.poll(drawnNodes, { timeout: 20_000 }).toBeGreaterThan(5);
    await expect(banner.isHidden()).resolves.toBe(true);
  }, 60_000);

  it("finds Shamkhani by his Latin name and opens his meeting with the Azerbaijani president, by keyboard only", async () => {
    await page.keyboard.press("/"); // jumps to the search box
    await expect
      .poll(() => page.evaluate("document.activeElement && document.activeElement.id"))
      .toBe("search");
    await page.keyboard.type("Shamkhani");
    await page.locator("#search-hits [role=option]").first().waitFor({ timeout: 20_000 });
    await page.keyboard.press("Enter");
    const entity = page.locator("#entity-panel");
    await expect.poll(() => entity.locator("h2").innerText(), { timeout: 20_000 }).toBe("علي شمخاني");
    expect(await entity.locator(".names").innerText()).toContain("شمخاني");
    // Tab through the panel to the meeting with the president, and open its evidence with Enter.
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press("Tab");
      const text = String(
        await page.evaluate("document.activeElement ? document.activeElement.innerText : ''"),
      );
      found = text.includes("Meeting") && text.includes("إلهام علييف");
    }
    expect(found).toBe(true);
    await page.keyboard.press("Enter");
    const evidence = page.locator("#event-panel");
    await expect.poll(() => evidence.locator("h2").innerText(), { timeout: 20_000 }).toContain("Meeting");
    const quotes = evidence.locator("blockquote.sentence");
    expect(await quotes.count()).toBeGreaterThanOrEqual(2);
    for (const quote of await quotes.all()) expect(await quote.getAttribute("dir")).toBe("rtl");
    const directions = await page.evaluate(
      "[...document.querySelectorAll('#event-panel blockquote.sentence')].map((el) => getComputedStyle(el).direction)",
    );
    expect(new Set(directions as string[])).toEqual(new Set(["rtl"]));
    // Each span is marked exactly where the stored offsets put it in the article (read here from the seed file),
    // one mark per sentence, none of them the whole sentence only by accident of the offsets.
    const marks = await evidence.locator("blockquote mark").allInnerTexts();
    const eventId = new URL(page.url()).searchParams.get("event") ?? "";
    const stored = dataOf(
      await api.gql(
        `query($id: ID!) { event(id: $id) { evidence { start end text } } }`,
        { id: eventId },
        { token: READ_TOKEN },
      ),
    )["event"] as { evidence: { start: number; end: number; text: string }[] };
    const article = readFileSync(join(SEED, "shamkhani-baku.ar.txt"), "utf8");
    expect(marks).toEqual(stored.evidence.map((e) => article.slice(e.start, e.end)));
    expect(stored.evidence.some((e) => e.end - e.start < e.text.length)).toBe(true); // a span inside its sentence
    expect(marks.join(" ")).toContain("شمخاني");
    await page.screenshot({ path: artifact("evidence.png") });
  }, 90_000);

  it("finds the same person from his name in Persian letters (ی for ي)", async () => {
    const entity = page.locator("#entity-panel");
    await entity.getByRole("button", { name: "إلهام علييف", exact: true }).click();
    await expect.poll(() => entity.locator("h2").innerText(), { timeout: 20_000 }).toBe("إلهام علييف");
    await page.keyboard.press("/");
    await page.keyboard.type("شمخانی");
    await page.keyboard.press("Enter"); // before the matches are shown: the first one is taken
    await expect
      .poll(() => page.locator("#entity-panel h2").innerText(), { timeout: 20_000 })
      .toBe("علي شمخاني");
  }, 30_000);

  it("switches to person–person edges weighted by meetings, and back", async () => {
    const events = await drawnNodes();
    await page.locator("#view-people").check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect.poll(drawnNodes, { timeout: 20_000 }).toBeLessThan(events);
    expect(page.url()).toContain("view=people");
    await page.locator("#view-events").check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect.poll(drawnNodes, { timeout: 20_000 }).toBe(events);
  }, 30_000);

  it("has no serious accessibility violations (axe-core)", async () => {
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);

  it("colours by the API's communities on request, and back by country", async () => {
    const legend = page.locator("#legend");
    expect(await legend.innerText()).toContain("Azerbaijan (AZ)");
    await page.locator("#colour-community").check();
    await expect.poll(() => legend.innerText()).toContain("community 1");
    // The seed's persons are all in the analytics API's answer, so sizes and communities are the API's.
    await expect.poll(() => legend.innerText()).toContain("Communities: Louvain over meetings, from the API");
    expect(await legend.innerText()).toContain("Size: PageRank of persons, from the API");
    expect(page.url()).toContain("colour=community");
    await page.locator("#colour-country").check();
    await expect.poll(() => legend.innerText()).toContain("Iran (IR)");
  });

  it("redraws for a date range and lists the events without a full date apart", async () => {
    const before = await drawnNodes();
    await page.locator("#from").fill("2020-01-01");
    await page.locator("#to").fill("2030-12-31");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect.poll(drawnNodes, { timeout: 20_000 }).not.toBe(before);
    const apart = page.locator("#apart");
    await expect.poll(() => apart.innerText(), { timeout: 20_000 }).toContain("without a full date");
    expect(await apart.innerText()).toContain("16 Jul, year not given");
    expect(await page.locator("#slice-status").innerText()).toContain("No dated event in this range");
    expect(page.url()).toContain("from=2020-01-01");
    await page.screenshot({ path: artifact("date-range.png") });
    await page.locator("#from").fill("");
    await page.locator("#to").fill("");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect.poll(drawnNodes, { timeout: 20_000 }).toBe(before);
  }, 60_000);

  it("shows what ties two persons: a path through the visit and the meeting", async () => {
    const entity = page.locator("#entity-panel");
    await entity.getByRole("button", { name: "Tie to here (B)" }).click(); // Shamkhani is selected
    await entity.getByRole("button", { name: "راميل أوسوبوف", exact: true }).click();
    await expect.poll(() => entity.locator("h2").innerText(), { timeout: 20_000 }).toBe("راميل أوسوبوف");
    await entity.getByRole("button", { name: "Tie from here (A)" }).click();
    const ties = page.locator("#ties-panel");
    await expect.poll(() => ties.locator(".path li").count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await ties.innerText()).toContain("Visit");
    expect(page.url()).toMatch(/[?&]a=.*&b=/);
    await page.screenshot({ path: artifact("ties.png") });
  }, 60_000);

  it("exports GEXF that graphology-gexf reads back, and a PNG", async () => {
    const gexfDownload = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export GEXF" }).click();
    const gexf = await readFile((await (await gexfDownload).path()) ?? "", "utf8");
    const graph = parse(MultiGraph, gexf);
    expect(graph.order).toBe(await drawnNodes());
    expect(graph.size).toBe(Number(await page.locator("body").getAttribute("data-drawn-edges")));
    const labels = graph.mapNodes((_, a: Record<string, unknown>) => String(a["label"]));
    expect(labels).toContain("علي شمخاني");
    const pngDownload = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export PNG" }).click();
    const png = await readFile((await (await pngDownload).path()) ?? "");
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  }, 60_000);

  it("gives the same view when the shared address is reloaded", async () => {
    const shared = page.url();
    const nodes = await drawnNodes();
    const name = await page.locator("#entity-panel h2").innerText();
    const path = await page.locator("#ties-panel .path").innerText();
    await page.goto("about:blank");
    await page.goto(shared, { waitUntil: "load" });
    await expect.poll(drawnNodes, { timeout: 20_000 }).toBe(nodes);
    await expect.poll(() => page.locator("#entity-panel h2").innerText(), { timeout: 20_000 }).toBe(name);
    await expect.poll(() => page.locator("#ties-panel .path").innerText(), { timeout: 20_000 }).toBe(path);
    expect(await page.locator("#event-panel mark").count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifact("reloaded.png") });
  }, 60_000);

  it("says an id in the address is unknown and keeps the rest of the view", async () => {
    await page.goto(`${dashboard()}?selected=person:nobody`, { waitUntil: "load" });
    await expect
      .poll(() => page.locator("#entity-panel").innerText(), { timeout: 20_000 })
      .toContain("No entity has the id “person:nobody”");
    await expect.poll(drawnNodes, { timeout: 20_000 }).toBeGreaterThan(5);
    await page.goto(`${dashboard()}?a=person:nobody&b=country:AZ`, { waitUntil: "load" });
    await expect
      .poll(() => page.locator("#ties-panel").innerText(), { timeout: 20_000 })
      .toContain('no entity has id "person:nobody"');
    expect(await page.locator("#banner").isHidden()).toBe(true);
  }, 60_000);

  it("gives two countries' bilateral timeline in 'what ties them'", async () => {
    await page.goto(`${dashboard()}?a=country:IR&b=country:AZ`, { waitUntil: "load" });
    const ties = page.locator("#ties-panel");
    await expect.poll(() => ties.innerText(), { timeout: 20_000 }).toContain("Bilateral timeline IR–AZ");
    const between = await store.eventsBetweenCountries("IR", "AZ");
    expect(between.length).toBeGreaterThan(0);
    expect(await ties.locator("section .timeline li").count()).toBe(between.length);
  }, 60_000);

  it("shows a banner with a retry when the API cannot be reached, and recovers", async () => {
    await page.route("**/graphql", (route) => route.abort());
    await page.goto(dashboard(), { waitUntil: "load" });
    const banner = page.locator("#banner");
    await expect.poll(() => banner.innerText(), { timeout: 20_000 }).toContain("cannot be reached");
    await page.screenshot({ path: artifact("unreachable.png") });
    await page.unroute("**/graphql");
    await banner.getByRole("button", { name: "Retry" }).click();
    await expect.poll(drawnNodes, { timeout: 20_000 }).toBeGreaterThan(5);
    expect(await banner.isHidden()).toBe(true);
  }, 60_000);

  it("raised no page error and stayed on this machine", () => {
    expect(problems).toEqual([]);
    expect(requests.filter(leavesMachine)).toEqual([]);
  });
});

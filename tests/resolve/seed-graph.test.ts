// Seeds the seed article and every test article into one graph and checks it against the golds: each real person one
// node, each meeting several articles report one event. It measures what the extractors give today and says which
// stage a failure belongs to; nothing here knows the answers but the golds.
import { allEntities, allEvents } from "../../src/store/paging.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphPatch } from "../../src/domain/types.ts";
import { seedFolders, type SeedReport } from "../../src/commands/seed.ts";
import { extractArticle, supportedLanguages } from "../../src/extract/index.ts";
import { listArticleFiles, readArticleFile } from "../../src/ingest/article-files.ts";
import { ingestArticle } from "../../src/ingest/ingest.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { checkGraph, type Findings } from "./graph-check.ts";
import { FIXTURE_ARTICLES, PROJECT_ROOT, SEED_DIR, loadGolds } from "./golds.fixtures.ts";

const DIRS = [SEED_DIR, FIXTURE_ARTICLES];

/** How a graph groups the mentions (article and span) of its persons and events: equal whatever the node ids. */
async function partition(store: GraphStore): Promise<string[]> {
  const items = [...(await allEntities(store, { type: "Person" })), ...(await allEvents(store))];
  return items
    .map((item) =>
      item.evidence
        .map((e) => `${e.articleId}:${e.sentence}:${e.start}-${e.end}`)
        .sort()
        .join(" "),
    )
    .sort();
}

describe("resolve: the seed article and the test corpus in one graph", () => {
  let store: GraphStore;
  let first: SeedReport;
  let second: SeedReport;
  let findings: Findings;
  const unsupported: string[] = [];
  const files: string[] = [];

  beforeAll(async () => {
    const { golds } = loadGolds();
    files.push(...(await Promise.all(DIRS.map((d) => listArticleFiles(d)))).flat());
    const extractions = new Map<string, GraphPatch>();
    const ids = new Map<string, string>();
    for (const file of files) {
      const article = await readArticleFile(file);
      const language = article.meta.language;
      if (language && !supportedLanguages().includes(language)) {
        unsupported.push(file);
        continue;
      }
      const patch = extractArticle(article.text, article.meta);
      extractions.set(patch.article.id, patch);
      ids.set(file.slice(PROJECT_ROOT.length + 1), patch.article.id);
    }
    store = await createMemoryStore();
    const log: string[] = [];
    first = await seedFolders(store, DIRS, (line) => log.push(line));
    second = await seedFolders(store, DIRS, () => undefined);
    const ingested = golds.flatMap((g) => {
      const articleId = ids.get(g.file);
      return articleId === undefined ? [] : [{ ...g, articleId }];
    });
    findings = checkGraph({
      golds: ingested,
      extractions,
      persons: await allEntities(store, { type: "Person" }),
      places: await allEntities(store, { type: "Place" }),
      events: await allEvents(store),
    });
    const section = (title: string, lines: readonly string[]) =>
      `\n${title} (${lines.length})${lines.map((l) => `\n  ${l}`).join("")}`;
    const merged = [...findings.personNodes].filter(([, nodes]) => nodes.length === 1).map(([k]) => k);
    console.info(
      `seed graph: ${first.ingested} articles ingested, ${unsupported.length} in languages without an extractor` +
        section("persons that are one node", [merged.join(", ")]) +
        section("persons split over several nodes (resolution)", findings.splits) +
        section("nodes joining gold persons no extraction joined (resolution)", findings.overMerged) +
        section(
          "nodes joining gold persons one extraction already joined (extraction)",
          findings.extractionJoined,
        ) +
        section("gold persons an extraction missed (extraction)", findings.missed) +
        section("events several articles report, one event", findings.eventsMerged) +
        section("events several articles report, not merged (resolution)", findings.eventsSplit) +
        section("shared events an extraction did not yield (extraction)", findings.eventsNotExtracted),
    );
  }, 300_000);

  afterAll(async () => {
    await store?.close();
  });

  it("ingests every article in a language that has an extractor", () => {
    expect(first.failed).toEqual([]);
    expect(first.ingested + unsupported.length).toBe(files.length);
  });

  it("gives each real-world person the extractors found one node", () => {
    expect(findings.splits).toEqual([]);
  });

  it("never joins two real-world persons that no article's extraction joined", () => {
    expect(findings.overMerged).toEqual([]);
  });

  it("gives each meeting or visit several articles report one event, with evidence from each", () => {
    expect(findings.eventsSplit).toEqual([]);
    expect(findings.eventsMerged.length).toBeGreaterThan(0);
  });

  it("lets no extraction join two real-world persons", () => {
    expect(findings.extractionJoined).toEqual([]);
  });

  /**
   * What the extractors miss is measured by their own scores (tests/extract); here it is bounded and printed,
   * so that a regression fails and the list stays visible. Measured on this corpus (Arabic + English, 19
   * articles): 2 gold persons missed (one whose surname is also a demonym, "السوداني"; one named with no
   * title or cue) and 2 shared events not found in every report (an English Agreement
   * event; one meeting placed by an English dateline). The bounds only ever go down.
   */
  it("holds nearly every gold person and shared event (extraction coverage, bounded)", () => {
    const report = { missed: findings.missed, events: findings.eventsNotExtracted };
    console.info(`seed-graph: extraction coverage gaps: ${JSON.stringify(report, null, 2)}`);
    expect(findings.missed.length).toBeLessThanOrEqual(2);
    expect(findings.eventsNotExtracted.length).toBeLessThanOrEqual(2);
  });

  it("changes nothing when every article is seeded again", () => {
    expect(second).toEqual({ ingested: 0, unchanged: first.ingested, failed: [], skipped: 0 });
  });

  it("groups persons and events the same whichever order the articles come in", async () => {
    const reversed = await createMemoryStore();
    try {
      for (const file of [...files].reverse()) {
        if (unsupported.includes(file)) continue;
        const article = await readArticleFile(file);
        await ingestArticle(reversed, article.text, article.meta);
      }
      expect(await partition(reversed)).toEqual(await partition(store));
    } finally {
      await reversed.close();
    }
  });
});

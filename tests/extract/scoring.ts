// Scores an extraction with the project's shared scorer (../shared/eval/score.mjs), as CI and analysts do.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { toContract } from "../../src/extract/contract.ts";
import { extractArticle } from "../../src/extract/index.ts";
import { readArticleFile } from "../../src/ingest/article-files.ts";

export const PROJECT_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const SCORER = resolve(PROJECT_ROOT, "../shared/eval/score.mjs");
export const FIXTURES = join(PROJECT_ROOT, "tests/fixtures");

export interface Score {
  overallF1: number;
  persons: { tp: number; pred: number; gold: number; f: number; duplicates: number };
  personCountry: { right: number; of: number };
  personExactName: { right: number; of: number };
  meetings: { tp: number; pred: number; gold: number; f: number };
  visits: { tp: number; pred: number; gold: number; f: number };
  counterparts: { tp: number; pred: number; gold: number; f: number };
  countries: { tp: number; pred: number; gold: number; f: number };
}

export function requireScorer(): void {
  if (!existsSync(SCORER))
    throw new Error(`the scorer is missing at ${SCORER}: shared/ must stand beside the project`);
}

/** Extracts an article file (text + metadata) and scores it against a gold file. */
export async function scoreArticle(textPath: string, goldPath: string): Promise<Score> {
  requireScorer();
  const article = await readArticleFile(textPath);
  const extraction = toContract(extractArticle(article.text, article.meta));
  const dir = mkdtempSync(join(tmpdir(), "diplograph-score-"));
  const file = join(dir, "extraction.json");
  writeFileSync(file, JSON.stringify(extraction));
  const out = execFileSync(process.execPath, [SCORER, goldPath, file, "--json"], { encoding: "utf8" });
  return JSON.parse(out) as Score;
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

/**
 * One suite for a folder of scored articles (`<dir>/articles/*.<lang>.txt` with `<dir>/gold/*.gold.json`): every
 * article of that language must have a floor, each must score at least its floor, and (if given) the mean its own.
 */
export function describeFloors(
  title: string,
  dir: string,
  language: string,
  floors: Record<string, number>,
  meanFloor?: number,
): void {
  const articles = readdirSync(join(dir, "articles"))
    .filter((f) => f.endsWith(`.${language}.txt`))
    .map((f) => f.replace(/\.txt$/, ""))
    .sort();
  describe(title, () => {
    it("has a floor for every article", () => {
      requireScorer();
      expect(articles).toEqual(Object.keys(floors).sort());
    });
    it.each(articles)("%s scores at least its floor", async (id) => {
      const score = await scoreArticle(
        join(dir, "articles", `${id}.txt`),
        join(dir, "gold", `${id}.gold.json`),
      );
      expect(score.overallF1).toBeGreaterThanOrEqual(floors[id] ?? 1);
    });
    if (meanFloor === undefined) return;
    it(`scores ${meanFloor} or more on average`, async () => {
      const score = (id: string) =>
        scoreArticle(join(dir, "articles", `${id}.txt`), join(dir, "gold", `${id}.gold.json`));
      const scores = await Promise.all(articles.map(score));
      const mean = scores.reduce((sum, x) => sum + x.overallF1, 0) / scores.length;
      expect(mean).toBeGreaterThanOrEqual(meanFloor);
    });
  });
}

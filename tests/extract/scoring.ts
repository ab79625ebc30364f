// Scores an extraction with the project's scorer (src/eval/score.ts: the rules of the shared score.mjs), as
// `diplograph eval` and analysts do.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { referencedEntityIds } from "../../src/domain/schema.ts";
import { toContract } from "../../src/extract/contract.ts";
import { extractArticle } from "../../src/extract/index.ts";
import { goldSchema } from "../../src/eval/gold.ts";
import { scoreExtraction, type Score } from "../../src/eval/score.ts";
import { readArticleFile } from "../../src/ingest/article-files.ts";

export type { Score };
export const PROJECT_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const FIXTURES = join(PROJECT_ROOT, "tests/fixtures");

/** Extracts an article file (text + metadata) and scores it against a gold file. */
export async function scoreArticle(textPath: string, goldPath: string): Promise<Score> {
  const article = await readArticleFile(textPath);
  const patch = extractArticle(article.text, article.meta);
  // A patch that points at an entity it does not carry is refused by the store: the article would be lost.
  const entities = new Set(patch.entities.map((e) => e.id));
  const dangling = [...referencedEntityIds(patch)].filter((id) => !entities.has(id));
  if (dangling.length > 0)
    throw new Error(`${textPath}: references no entity of the patch: ${dangling.join(", ")}`);
  return scoreExtraction(goldSchema.parse(readJson(goldPath)), toContract(patch));
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

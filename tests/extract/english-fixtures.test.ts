// Every English test article, extracted and scored with the shared scorer against its gold; each has a floor a little under what was measured.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, requireScorer, scoreArticle } from "./scoring.ts";

/**
 * Overall F1 measured with the shared scorer (`node ../shared/eval/score.mjs GOLD EXTRACTION`): 1.000 for every
 * article. Floors sit a little under, so that a harmless change of evidence does not fail them; they only go up.
 */
const FLOORS: Record<string, number> = {
  "araghchi-cairo.en": 0.95,
  "arlington-talks.en": 0.95,
  "bayramov-tehran.en": 0.95,
  "erdogan-nakhchivan.en": 0.95,
  "mbs-calls.en": 0.95,
  "oman-talks.en": 0.95,
  "raisi-doha.en": 0.95,
  "shamkhani-baku.en": 0.95,
  "tahnoun-tehran.en": 0.95,
};

const ARTICLES = readdirSync(join(FIXTURES, "articles"))
  .filter((f) => f.endsWith(".en.txt"))
  .map((f) => f.replace(/\.txt$/, ""));

describe("extract: English test articles", () => {
  it("has a floor for every English article", () => {
    requireScorer();
    expect(ARTICLES.sort()).toEqual(Object.keys(FLOORS).sort());
  });

  it.each(ARTICLES)("%s scores at least its floor", async (id) => {
    const score = await scoreArticle(
      join(FIXTURES, "articles", `${id}.txt`),
      join(FIXTURES, "gold", `${id}.gold.json`),
    );
    expect(score.overallF1).toBeGreaterThanOrEqual(FLOORS[id] ?? 1);
  });

  it("scores 0.95 or more on average", async () => {
    const scores = await Promise.all(
      ARTICLES.map((id) =>
        scoreArticle(join(FIXTURES, "articles", `${id}.txt`), join(FIXTURES, "gold", `${id}.gold.json`)),
      ),
    );
    const mean = scores.reduce((s, x) => s + x.overallF1, 0) / scores.length;
    expect(mean).toBeGreaterThanOrEqual(0.95);
  });
});

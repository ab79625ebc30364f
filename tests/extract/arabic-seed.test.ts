// The seed article, scored against its hand-made gold (seed/articles/NAME.gold.json): the bar of issue 4.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, scoreArticle, type Score } from "./scoring.ts";

const SEED = join(PROJECT_ROOT, "seed/articles/shamkhani-baku.ar.txt");
const GOLD = join(PROJECT_ROOT, "seed/articles/shamkhani-baku.ar.gold.json");

describe("extract: the seed article (Arabic)", () => {
  let score: Score;
  beforeAll(async () => {
    score = await scoreArticle(SEED, GOLD);
  });

  it("reaches overall F1 >= 0.95", () => {
    expect(score.overallF1).toBeGreaterThanOrEqual(0.95);
  });

  it("finds all six persons, each once, with clean names and the right countries", () => {
    expect(score.persons.tp).toBe(6);
    expect(score.persons.pred).toBe(6);
    expect(score.persons.duplicates).toBe(0);
    expect(score.personExactName.right).toBe(6);
    expect(score.personCountry.right).toBe(6);
  });

  it("finds the five cross-country meeting pairs, both visits and the counterpart relation", () => {
    expect(score.meetings).toMatchObject({ tp: 5, pred: 5, gold: 5 });
    expect(score.visits).toMatchObject({ tp: 2, pred: 2, gold: 2 });
    expect(score.counterparts).toMatchObject({ tp: 1, pred: 1 });
  });
});

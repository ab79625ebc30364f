// Every Arabic test article, extracted and scored against its gold; each has a floor set a little under what was measured.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, scoreArticle } from "./scoring.ts";

/**
 * Floors measured with `npx vitest run tests/extract/arabic-fixtures.test.ts` (and the scorer by hand); they
 * only ever go up. An article below its floor is a regression.
 */
const FLOORS: Record<string, number> = {
  "ahmadian-yerevan.ar": 0.9,
  "albusaidi-baku.ar": 0.95,
  "bagheri-baghdad.ar": 0.75,
  "bayramov-tehran.ar": 0.95,
  "berri-ambassadors.ar": 0.95,
  "fidan-ankara.ar": 0.95,
  "mbz-lavrov.ar": 0.95,
  "raisi-doha.ar": 0.95,
  "shoukry-bogdanov.ar": 0.95,
};

describe("extract: Arabic test articles", () => {
  it.each(Object.entries(FLOORS))("%s scores at least %d", async (id, floor) => {
    const score = await scoreArticle(
      join(FIXTURES, "articles", `${id}.txt`),
      join(FIXTURES, "gold", `${id}.gold.json`),
    );
    expect(score.overallF1).toBeGreaterThanOrEqual(floor);
  });
});

// Every Arabic test article, extracted and scored against its gold; each has a floor set a little under what was measured.
import { describeFloors, FIXTURES } from "./scoring.ts";

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

describeFloors("extract: Arabic test articles", FIXTURES, "ar", FLOORS);

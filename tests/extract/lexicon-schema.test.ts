// Every language pack's lexicon is one schema: the core word classes under the same keys and shapes.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { coreLexiconSchema } from "../../src/extract/lang/lexicon-schema.ts";

const LANG_DIR = fileURLToPath(new URL("../../src/extract/lang/", import.meta.url));
const PACKS = readdirSync(LANG_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe("extract: language packs share one lexicon schema", () => {
  it("has the three packs", () => {
    expect(PACKS).toEqual(["ar", "en", "fa"]);
  });

  it.each(PACKS)("%s: lexicon.json has every core word class, in the core's shape", (pack) => {
    const raw: unknown = JSON.parse(readFileSync(`${LANG_DIR}${pack}/lexicon.json`, "utf8"));
    const parsed = coreLexiconSchema.safeParse(raw);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual(
      [],
    );
  });

  it.each(PACKS)("%s: its loader builds its schema on the core", (pack) => {
    const loader = readFileSync(`${LANG_DIR}${pack}/lexicon.ts`, "utf8");
    expect(loader).toMatch(/coreLexiconSchema\s*\.extend\(/);
  });
});

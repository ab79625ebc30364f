// `diplograph eval`: the three folder layouts, the report, failures kept per article, bad folders refused.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evalCommand } from "../../src/commands/eval.ts";
import { InvalidInputError } from "../../src/domain/errors.ts";
import { listScoredArticles } from "../../src/eval/corpus.ts";
import { evaluateFolder } from "../../src/eval/evaluate.ts";
import { tempDir } from "../temp-dir.ts";

const TEXT =
  "AMMAN, March 3 — Foreign Minister Omar Haddad met Azerbaijani Foreign Minister Nadia Karimova in Amman on Sunday.";
const GOLD = {
  persons: [
    { key: "omar", match: ["Haddad"], names: ["Omar Haddad"], country: "JO", titles: ["Foreign Minister"] },
    {
      key: "nadia",
      match: ["Karimova"],
      names: ["Nadia Karimova"],
      country: "AZ",
      titles: ["Foreign Minister"],
    },
  ],
  countries: ["JO", "AZ"],
  meetings: [["omar", "nadia"]],
  visits: [],
  visitsOptional: [{ visitor: "nadia", country: "JO" }],
};

const folder = () => tempDir("diplograph-eval-");
const write = (path: string, content: unknown) =>
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));

describe("eval: folders", () => {
  it("reads the corpus layout (texts/, gold/, meta.tsv with empty cells)", async () => {
    const dir = await folder();
    mkdirSync(join(dir, "texts"));
    mkdirSync(join(dir, "gold"));
    write(join(dir, "texts", "a1.txt"), TEXT);
    write(join(dir, "gold", "a1.gold.json"), GOLD);
    write(join(dir, "texts", "a2.txt"), TEXT); // no gold: listed, not scored
    write(join(dir, "meta.tsv"), "id\tlang\tpublished\tsource_country\na1\ten\t\tJO\n");
    expect(listScoredArticles(dir)).toMatchObject({
      layout: "corpus",
      withoutGold: [join(dir, "texts", "a2.txt")],
    });
    const { results } = await evaluateFolder(dir);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ id: "a1", language: "en", error: null });
    expect(results[0]?.score?.meetings).toMatchObject({ tp: 1, gold: 1 });
  });

  it("reads the plain layout (NAME.txt, NAME.json, NAME.gold.json) and prints the macro line last", async () => {
    const dir = await folder();
    write(join(dir, "b.en.txt"), TEXT);
    write(join(dir, "b.en.json"), { id: "b", language: "en", sourceCountry: "JO" });
    write(join(dir, "b.en.gold.json"), GOLD);
    const report = await evalCommand(dir, { json: false });
    const lines = report.trim().split("\n");
    expect(lines.at(-1)).toMatch(/^en: macro F1 = \d\.\d\d \(1 article\) · persons \d\.\d\d · countries/);
    expect(report).toMatch(/b\.en\s+en\s+/);
  });

  it("keeps going when one article fails, counting it as 0, and says why", async () => {
    const dir = await folder();
    write(join(dir, "good.txt"), TEXT);
    write(join(dir, "good.gold.json"), GOLD);
    write(join(dir, "broken.txt"), TEXT);
    write(join(dir, "broken.gold.json"), { persons: "not a list" });
    const out = JSON.parse(await evalCommand(dir, { json: true })) as {
      articles: { id: string; error: string | null }[];
      languages: { language: string; failed: number; articles: number }[];
    };
    expect(out.articles.find((a) => a.id === "broken")?.error).toMatch(/broken\.gold\.json: persons/);
    expect(out.articles.find((a) => a.id === "good")?.error).toBeNull();
    expect(out.languages.reduce((n, l) => n + l.failed, 0)).toBe(1);
  });

  it("refuses a folder that is not there or holds no scored article", async () => {
    await expect(evalCommand(join(await folder(), "missing"), { json: false })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(evalCommand(await folder(), { json: false })).rejects.toThrow(/no scored article/);
  });

  it("filters by language", async () => {
    const dir = await folder();
    write(join(dir, "e.txt"), TEXT);
    write(join(dir, "e.gold.json"), GOLD);
    await expect(evalCommand(dir, { json: false, lang: "ar" })).rejects.toThrow(/language ar/);
  });
});

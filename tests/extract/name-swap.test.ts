// Extraction must not depend on who is named: the test corpora scored as written and with every gold person's
// surname replaced by an invented one (name-swap.ts). A rule fitted to a name, or a name that is also a common
// word the rules lean on, shows as a drop here.
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  mkdirSync,
  copyFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { goldSchema } from "../../src/eval/gold.ts";
import { evaluateFolder } from "../../src/eval/evaluate.ts";
import { summarize } from "../../src/eval/report.ts";
import { POOLS, swapSurnames } from "./name-swap.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures", import.meta.url));
const SETS = [".", "heldout", "unseen", "unseen-2", "unseen-3"];
const work = mkdtempSync(join(tmpdir(), "diplograph-name-swap-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The set copied with swapped surnames, in the same layout; how many surnames were swapped in all. */
function swappedCopy(set: string): { dir: string; swaps: number } {
  const from = join(FIXTURES, set);
  const dir = join(work, set === "." ? "main" : set);
  mkdirSync(join(dir, "articles"), { recursive: true });
  mkdirSync(join(dir, "gold"), { recursive: true });
  let swaps = 0;
  for (const file of readdirSync(join(from, "gold"))) {
    const id = file.replace(/\.gold\.json$/, "");
    const gold = goldSchema.parse(JSON.parse(readFileSync(join(from, "gold", file), "utf8")));
    const meta = JSON.parse(readFileSync(join(from, "articles", `${id}.json`), "utf8")) as {
      language: string;
    };
    const text = readFileSync(join(from, "articles", `${id}.txt`), "utf8");
    const swapped = swapSurnames(text, gold, meta.language);
    swaps += swapped.swaps.size;
    writeFileSync(join(dir, "articles", `${id}.txt`), swapped.text);
    copyFileSync(join(from, "articles", `${id}.json`), join(dir, "articles", `${id}.json`));
    writeFileSync(join(dir, "gold", file), JSON.stringify(swapped.gold));
  }
  return { dir, swaps };
}

describe("name-swap: the stand-ins", () => {
  const gold = (match: string[]) =>
    goldSchema.parse({ persons: [{ key: "x", match }], countries: [], meetings: [], visits: [] });

  it("replaces a surname with its clitics and punctuation kept, and leaves given names and other words", () => {
    const s = swapSurnames("التقى سامي كريمو، ثم قال الكريموي وكريمو إن", gold(["كريمو", "سامي"]), "ar");
    const stand = s.swaps.get("كريمو")!;
    expect(s.text).toBe(`التقى سامي ${stand}، ثم قال الكريموي و${stand} إن`);
    expect(s.gold.persons[0]!.match).toEqual([stand, "سامي"]);
  });

  it("keeps the article of a nisba and gives it a nisba", () => {
    const s = swapSurnames("وقال العباسي، وللعباسي", gold(["العباسي"]), "ar");
    const stand = s.swaps.get("عباسي")!;
    expect(stand.endsWith("ي")).toBe(true);
    expect(s.text).toBe(`وقال ال${stand}، ولل${stand}`);
  });

  it("keeps a Latin al- and the case, and writes Persian letters in Persian", () => {
    const en = swapSurnames("Asaad al-Karimo met KARIMO's aide.", gold(["al-karimo"]), "en");
    expect(en.text).toMatch(/^Asaad al-[A-Z][a-z]+ met [A-Z][a-z]+'s aide\.$/);
    const fa = swapSurnames("دیدار کریمو", gold(["کریمو"]), "fa");
    expect(fa.text).not.toMatch(/[كي]/);
  });
});

describe("extraction does not depend on who is named", () => {
  it("uses invented surnames that no list of the extractor knows", () => {
    const known = new Set(
      ["en/common-words.txt", "ar/common-words.txt", "ar/common-words-extended.txt", "fa/function-words.txt"]
        .map((f) =>
          readFileSync(fileURLToPath(new URL(`../../src/extract/lang/${f}`, import.meta.url)), "utf8"),
        )
        .flatMap((t) => t.split(/\s+/))
        .map((w) => w.toLowerCase()),
    );
    const clashes = [...POOLS.latin, ...POOLS.arabic].filter((w) => known.has(w.toLowerCase()));
    expect(clashes).toEqual([]);
  });

  it.each(SETS)("scores tests/fixtures/%s as well with invented surnames", async (set) => {
    const { dir, swaps } = swappedCopy(set);
    expect(swaps).toBeGreaterThan(0);
    const [asWritten, swapped] = await Promise.all([
      evaluateFolder(join(FIXTURES, set)),
      evaluateFolder(dir),
    ]);
    const before = new Map(asWritten.results.map((r) => [r.id, r.score?.overallF1 ?? 0]));
    // Per article, a little room for a swap that changes a sentence's reading (a surname that was also a
    // word); per language, almost none.
    const drops = swapped.results
      .map((r) => ({ id: r.id, before: before.get(r.id) ?? 0, after: r.score?.overallF1 ?? 0 }))
      .filter((r) => r.after < r.before - 0.1);
    expect(drops).toEqual([]);
    const macro = (results: typeof asWritten.results) =>
      new Map(summarize(results).map((s) => [s.language, s.macroF1]));
    const was = macro(asWritten.results);
    for (const [language, f1] of macro(swapped.results)) {
      expect(f1, language).toBeGreaterThanOrEqual((was.get(language) ?? 0) - 0.03);
    }
  });
});

// Extraction must not depend on who is named: the test corpora scored as written, then with every gold person's
// surname replaced by an invented one, then with their given names replaced too (name-swap.ts). A rule fitted to
// a name, a name that is also a common word the rules lean on, or a rule that needs a given name of its lists,
// shows as a drop here.
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
import { goldSchema, type Gold } from "../../src/eval/gold.ts";
import { evaluateFolder } from "../../src/eval/evaluate.ts";
import { summarize } from "../../src/eval/report.ts";
import { POOLS, swapGivenNames, swapSurnames, type Swapped } from "./name-swap.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures", import.meta.url));
const SETS = [
  ".",
  "heldout",
  "unseen",
  "unseen-2",
  "unseen-3",
  "unseen-4",
  "unseen-5",
  "unseen-6",
  "unseen-7",
  "unseen-8",
  "unseen-9",
  "unseen-10",
  "unseen-11",
  "unseen-12",
  "unseen-13",
];
const work = mkdtempSync(join(tmpdir(), "diplograph-name-swap-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Swap = (text: string, gold: Gold, language: string) => Swapped;
const SURNAMES: Swap = swapSurnames;
const ALL_NAMES: Swap = (text, gold, language) => {
  const s = swapSurnames(text, gold, language);
  const g = swapGivenNames(s.text, s.gold, language);
  return { ...g, swaps: new Map([...s.swaps, ...g.swaps]) };
};

/** The set copied with `swap` applied, in the same layout; how many names were swapped in all. */
function swappedCopy(set: string, swap: Swap, label: string): { dir: string; swaps: number } {
  const from = join(FIXTURES, set);
  const dir = join(work, label, set === "." ? "main" : set);
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
    const swapped = swap(text, gold, meta.language);
    swaps += swapped.swaps.size;
    writeFileSync(join(dir, "articles", `${id}.txt`), swapped.text);
    copyFileSync(join(from, "articles", `${id}.json`), join(dir, "articles", `${id}.json`));
    writeFileSync(join(dir, "gold", file), JSON.stringify(swapped.gold));
  }
  return { dir, swaps };
}

/**
 * The set as written against its swapped copy: per article a little room for a swap that changes a sentence's
 * reading (a name that was also a word); per language, almost none.
 */
async function expectNoDrop(set: string, swap: Swap, label: string): Promise<void> {
  const { dir, swaps } = swappedCopy(set, swap, label);
  expect(swaps).toBeGreaterThan(0);
  const [asWritten, swapped] = await Promise.all([evaluateFolder(join(FIXTURES, set)), evaluateFolder(dir)]);
  const before = new Map(asWritten.results.map((r) => [r.id, r.score?.overallF1 ?? 0]));
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

describe("name-swap: given names", () => {
  const gold = (names: string[], match: string[]) =>
    goldSchema.parse({ persons: [{ key: "x", names, match }], countries: [], meetings: [], visits: [] });

  it("replaces a listed given name wherever the text writes it, with its clitics, and leaves openers", () => {
    const s = swapGivenNames(
      "استقبل سامي كريمو الوفد. وقال سامي إن عبد الله وصل.",
      gold(["سامي كريمو", "عبد الله"], ["كريمو"]),
      "ar",
    );
    const stand = s.swaps.get("سامي")!;
    expect(stand).toBeDefined();
    expect(s.text).toBe(`استقبل ${stand} كريمو الوفد. وقال ${stand} إن عبد الله وصل.`);
    expect(s.gold.persons[0]!.names).toEqual([`${stand} كريمو`, "عبد الله"]);
  });

  it("keeps the case of a Latin given name", () => {
    const s = swapGivenNames(
      "Mohammed Karimo met MOHAMMED's aide.",
      gold(["Mohammed Karimo"], ["karimo"]),
      "en",
    );
    expect(s.text).toMatch(/^[A-Z][a-z]+ Karimo met [A-Z][a-z]+'s aide\.$/);
  });
});

describe("extraction does not depend on who is named", () => {
  it("uses invented names that no list of the extractor knows", () => {
    const lists = [
      "en/common-words.txt",
      "en/given-names.txt",
      "ar/common-words.txt",
      "ar/common-words-extended.txt",
      "ar/given-names.txt",
      "fa/function-words.txt",
      "fa/given-names.txt",
    ];
    const known = new Set(
      lists
        .map((f) =>
          readFileSync(fileURLToPath(new URL(`../../src/extract/lang/${f}`, import.meta.url)), "utf8"),
        )
        .flatMap((t) => t.split(/\s+/))
        .map((w) => w.toLowerCase()),
    );
    const pools = [...POOLS.latin, ...POOLS.arabic, ...POOLS.givenLatin, ...POOLS.givenArabic];
    expect(pools.filter((w) => known.has(w.toLowerCase()))).toEqual([]);
  });

  it.each(SETS)("scores tests/fixtures/%s as well with invented surnames", (set) =>
    expectNoDrop(set, SURNAMES, "surnames"),
  );

  it.each(SETS)("scores tests/fixtures/%s as well with invented given names and surnames", (set) =>
    expectNoDrop(set, ALL_NAMES, "all"),
  );
});

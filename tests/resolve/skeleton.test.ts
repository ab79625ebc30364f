// Skeleton keys: spellings of one name across Arabic, Persian and Latin share a key; different names do not.
import { describe, expect, it } from "vitest";
import { transliterationSchema } from "../../src/resolve/data.ts";
import { foldForKeys, wordKeys } from "../../src/resolve/skeleton.ts";

const keys = (word: string): string[] => wordKeys(foldForKeys(word));
const share = (a: string, b: string): boolean => keys(a).some((k) => keys(b).includes(k));

describe("resolve/skeleton: wordKeys", () => {
  it.each([
    ["شهرخاني", "Shahrkhani", "ش and sh, خ and kh"],
    ["عسكرييف", "Askeriyev", "ain as a first vowel, -yev as ف"],
    ["بيلاروف", "Baylarov", "ya as a dropped vowel"],
    ["بايلاروف", "Baylarov", "alef as a dropped vowel"],
    ["بایلاروف", "بيلاروف", "Persian ya"],
    ["جيهون", "Jeyhun", "ha"],
    ["جيحون", "Jaykhun", "ha and kha are one class"],
    ["Jahun", "Jeyhun", "vowels differ"],
    ["عبداللهي", "Abdollahi", "doubled lam"],
    ["فائزي", "Faezi", "hamza on ya"],
    ["Faeezi", "Faezi", "extra vowel"],
    ["قربانجي", "Ghorbanchi", "qaf as gh, jim as ch"],
    ["Qorbanchi", "Ghorbanchi", "q and gh"],
    ["بروانيان", "Parvanian", "p written ba"],
    ["صادقوف", "Sadiqov", "emphatic letters"],
    ["Şahin", "شاهين", "Azerbaijani ş"],
    ["Doğan", "دوغان", "Turkish ğ and ghain"],
    ["صالح", "Saleh", "final ha of one script, silent in the other"],
    ["ظهيري", "Zahiri", "zah as z"],
    ["رمضان", "Ramadan", "dad as d"],
    ["جمال", "Gamal", "Egyptian g for jim"],
    ["وكيلي", "Vakili", "vav as v"],
    ["كوزلوف", "Kozlov", "final v as f"],
    ["ناخيتشيفان", "Nakhchivan", "tsh as ch"],
    ["Mohammad", "محمد", "doubled m"],
    ["Ebrahim", "إبراهيم", "initial vowels"],
    ["Thabet", "ثابت", "th as tha"],
  ])("%s ~ %s (%s)", (a, b) => {
    expect(share(a, b)).toBe(true);
  });

  it.each([
    ["Alakbarov", "Alizadeh"],
    ["Heydar", "Ilham"],
    ["Kazemi", "Kazei"],
    ["Faezi", "Fasihi"],
    ["Shahrkhani", "Shahriari"],
    ["Mohammad", "Ahmad"],
    ["Kozlov", "Kazakov"],
    ["Nayef", "Nasser"],
  ])("%s is not %s", (a, b) => {
    expect(share(a, b)).toBe(false);
  });

  it("drops vowels, so Amir and Omar share a key: a skeleton never decides alone", () => {
    expect(share("Amir", "Omar")).toBe(true);
  });

  it("keeps a word of another script as itself", () => {
    expect(keys("Козлов")).toEqual(["КОЗЛОВ"]);
  });

  it("caps the readings of a word full of ambiguous letters", () => {
    expect(keys("ghthgcvthdh").length).toBeLessThanOrEqual(16);
  });

  it("gives nothing for a word without letters", () => {
    expect(keys("1401")).toEqual([]);
  });
});

describe("resolve/data: the transliteration table", () => {
  it("rejects a class outside the alphabet", () => {
    const bad = {
      arabic: { ب: "b!" },
      latinBeforeFolding: {},
      latin: {},
      latinAtEnd: {},
      optionalAtEnd: [],
      maxVariants: 4,
    };
    expect(transliterationSchema.safeParse(bad).success).toBe(false);
  });
});

// Skeleton keys: spellings of one name across Arabic, Persian and Latin share a key; different names do not.
import { describe, expect, it } from "vitest";
import { transliterationSchema } from "../../src/resolve/data.ts";
import { foldForKeys, wordKeys } from "../../src/resolve/skeleton.ts";

const keys = (word: string): string[] => wordKeys(foldForKeys(word));
const share = (a: string, b: string): boolean => keys(a).some((k) => keys(b).includes(k));

describe("resolve/skeleton: wordKeys", () => {
  it.each([
    ["شمخاني", "Shamkhani", "ش and sh, خ and kh"],
    ["علييف", "Aliyev", "ain as a first vowel, -yev as ف"],
    ["بيراموف", "Bayramov", "ya as a dropped vowel"],
    ["بايراموف", "Bayramov", "alef as a dropped vowel"],
    ["بایراموف", "بيراموف", "Persian ya"],
    ["جيهون", "Jeyhun", "ha"],
    ["جيحون", "Jaykhun", "ha and kha are one class"],
    ["Jahun", "Jeyhun", "vowels differ"],
    ["عبداللهيان", "Abdollahian", "doubled lam"],
    ["رئيسي", "Raisi", "hamza on ya"],
    ["Raeisi", "Raisi", "extra vowel"],
    ["عراقجي", "Araghchi", "qaf as gh, jim as ch"],
    ["Araqchi", "Araghchi", "q and gh"],
    ["بزشكيان", "Pezeshkian", "p written ba"],
    ["مصطفاييف", "Mustafayev", "emphatic letters"],
    ["Şahin", "شاهين", "Azerbaijani ş"],
    ["Erdoğan", "أردوغان", "Turkish ğ and ghain"],
    ["صالح", "Saleh", "final ha of one script, silent in the other"],
    ["ظريف", "Zarif", "zah as z"],
    ["رمضان", "Ramadan", "dad as d"],
    ["جمال", "Gamal", "Egyptian g for jim"],
    ["ولايتي", "Velayati", "vav as v"],
    ["لافروف", "Lavrov", "final v as f"],
    ["ناخيتشيفان", "Nakhchivan", "tsh as ch"],
    ["Mohammad", "محمد", "doubled m"],
    ["Ebrahim", "إبراهيم", "initial vowels"],
    ["Thani", "ثاني", "th as tha"],
  ])("%s ~ %s (%s)", (a, b) => {
    expect(share(a, b)).toBe(true);
  });

  it.each([
    ["Aliyev", "Alizadeh"],
    ["Heydar", "Ilham"],
    ["Bagheri", "Baghaei"],
    ["Raisi", "Rezaei"],
    ["Shamkhani", "Shamshiri"],
    ["Mohammad", "Ahmad"],
    ["Lavrov", "Levitin"],
    ["Tahnoun", "Tamim"],
  ])("%s is not %s", (a, b) => {
    expect(share(a, b)).toBe(false);
  });

  it("drops vowels, so Amir and Omar share a key: a skeleton never decides alone", () => {
    expect(share("Amir", "Omar")).toBe(true);
  });

  it("keeps a word of another script as itself", () => {
    expect(keys("Лавров")).toEqual(["ЛАВРОВ"]);
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

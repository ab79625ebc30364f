// Name comparison: the same person written two ways agrees, two people who share a surname do not.
import { describe, expect, it } from "vitest";
import { compareNameSets, compareNames, type NameRelation } from "../../src/resolve/name-match.ts";
import { parseName } from "../../src/resolve/name-parse.ts";

const relation = (a: string, b: string): NameRelation => compareNames(parseName(a), parseName(b)).relation;

describe("resolve/name-parse", () => {
  it.each([
    ["Hossein Amir-Abdollahian", 2, "ABDLHN"],
    ["حسين أمير عبد اللهيان", 2, "ABDLHN"],
    ["إلهام علي اوف", 1, "ALF"],
    ["Badr al-Busaidi", 1, "BSD"],
    ["آية الله السيد ابراهيم رئيسي", 1, "RS"],
    ["Nasr al-Din", 0, "NSRDN"],
  ])("%s: %i given names, surname key %s", (name, given, surname) => {
    const p = parseName(name);
    expect(p.given).toHaveLength(given);
    expect(p.surname?.keys).toContain(surname);
  });

  it("reads bin-names as given name, fathers and family", () => {
    const p = parseName("محمد بن زايد آل نهيان");
    expect(p.withLineage).toBe(true);
    expect(p.given.map((w) => w.keys[0])).toEqual(["MHMD"]);
    expect(p.lineage.map((w) => w.keys[0])).toEqual(["ZD"]);
    expect(p.surname?.keys).toContain("NHN");
  });

  it("gives no words for a name of particles only", () => {
    expect(parseName("al-").surname).toBeNull();
  });
});

describe("resolve/name-match: the same person", () => {
  it.each([
    ["شمخاني", "Shamkhani", "partial"],
    ["علي شمخاني", "Ali Shamkhani", "full"],
    ["إلهام علييف", "Ilham Aliyev", "full"],
    ["إلهام علي اوف", "Ilham Aliyev", "full"],
    ["جيهون بايراموف", "Jeyhun Bayramov", "full"],
    ["جيحون بيراموف", "Jaykhun Bayramov", "full"],
    ["Jahun Bayramov", "Jeyhun Bayramov", "full"],
    ["Bayramov", "جيهون بايراموف", "partial"],
    ["Hossein Amir-Abdollahian", "حسين أمير عبد اللهيان", "full"],
    ["Abdollahian", "حسين أمير عبداللهيان", "partial"],
    ["Amir-Abdollahian", "Hossein Amir-Abdollahian", "full"],
    ["Ebrahim Raeisi", "إبراهيم رئيسي", "full"],
    ["Ebrahim Raisi", "Ebrahim Raisi", "exact"],
    ["Abbas Araqchi", "عباس عراقجي", "full"],
    ["Abbas Araghchi", "Araqchi", "partial"],
    ["Mohamed bin Zayed Al Nahyan", "محمد بن زايد", "full"],
    ["Tamim bin Hamad Al Thani", "تميم بن حمد آل ثاني أمير", "full"],
    ["Tamim", "Tamim bin Hamad Al Thani", "partial"],
    ["ابن فرحان", "Faisal bin Farhan", "partial"],
    ["Badr Albusaidi", "بدر بن حمد البوسعيدي", "full"],
    ["Abdel Fattah el-Sisi", "عبد الفتاح السيسي", "full"],
    ["Recep Tayyip Erdoğan", "رجب طيب أردوغان", "full"],
  ])("%s ~ %s (%s)", (a, b, expected) => {
    expect(relation(a, b)).toBe(expected);
    expect(relation(b, a)).toBe(expected);
  });
});

describe("resolve/name-match: different people", () => {
  it.each([
    ["Heydar Aliyev", "Ilham Aliyev", "conflict"],
    ["حيدر علي اوف", "إلهام علييف", "conflict"],
    ["Ilham Aliyev", "Ali Alizadeh", "none"],
    ["Aliyev", "Alizadeh", "none"],
    ["Mohammad Bagheri", "Ali Bagheri Kani", "none"],
    ["Mohammad Bagheri", "Ali Bagheri", "conflict"],
    ["Mohammed bin Salman", "Salman bin Abdulaziz", "none"],
    ["Salman", "Mohammed bin Salman", "none"],
    ["Mohamed bin Zayed", "Tahnoun bin Zayed", "conflict"],
    ["Mohamed bin Zayed Al Nahyan", "Khaled bin Mohamed bin Zayed Al Nahyan", "conflict"],
    ["Khalifa bin Zayed Al Nahyan", "Khalid bin Khalifa bin Abdulaziz Al Thani", "none"],
    ["Ebrahim Raisi", "Mohsen Rezaei", "none"],
  ])("%s / %s (%s)", (a, b, expected) => {
    expect(relation(a, b)).toBe(expected);
    expect(relation(b, a)).toBe(expected);
  });

  it("lets one conflicting name rule two sets of names apart", () => {
    const heydar = ["Heydar Aliyev", "Aliyev"].map((n) => parseName(n));
    const ilham = ["إلهام علييف", "Ilham Aliyev"].map((n) => parseName(n));
    expect(compareNameSets(heydar, ilham).relation).toBe("conflict");
  });

  it("measures how much two full names share", () => {
    expect(compareNames(parseName("Heydar Aliyev"), parseName("حيدر علييف")).strength).toBe(6);
  });
});

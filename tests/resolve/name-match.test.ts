// Name comparison: the same person written two ways agrees, two people who share a surname do not.
import { describe, expect, it } from "vitest";
import { compareNameSets, compareNames, type NameRelation } from "../../src/resolve/name-match.ts";
import { parseName } from "../../src/resolve/name-parse.ts";

const relation = (a: string, b: string): NameRelation => compareNames(parseName(a), parseName(b)).relation;

describe("resolve/name-parse", () => {
  it.each([
    ["Hamid Amir-Abdolkarimian", 2, "ABDLKRMN"],
    ["حميد أمير عبد الكريميان", 2, "ABDLKRMN"],
    ["إلهام علكبر اوف", 1, "ALKBRF"],
    ["Salem al-Badrani", 1, "BDRN"],
    ["آية الله السيد ابراهيم فائزي", 1, "FZ"],
    ["Nasr al-Din", 0, "NSRDN"],
  ])("%s: %i given names, surname key %s", (name, given, surname) => {
    const p = parseName(name);
    expect(p.given).toHaveLength(given);
    expect(p.surname?.keys).toContain(surname);
  });

  it("reads bin-names as given name, fathers and family", () => {
    const p = parseName("فهد بن ناصر آل راشد");
    expect(p.withLineage).toBe(true);
    expect(p.given.map((w) => w.keys[0])).toEqual(["FHD"]);
    expect(p.lineage.map((w) => w.keys[0])).toEqual(["NSR"]);
    expect(p.surname?.keys).toContain("RXD");
  });

  it("gives no words for a name of particles only", () => {
    expect(parseName("al-").surname).toBeNull();
  });
});

describe("resolve/name-match: the same person", () => {
  it.each([
    ["شميراني", "Shamirani", "partial"],
    ["علي شميراني", "Ali Shamirani", "full"],
    ["إلهام علكبروف", "Ilham Alakbarov", "full"],
    ["إلهام علكبر اوف", "Ilham Alakbarov", "full"],
    ["جيهون بايلاروف", "Jeyhun Baylarov", "full"],
    ["جيحون بيلاروف", "Jaykhun Baylarov", "full"],
    ["Jahun Baylarov", "Jeyhun Baylarov", "full"],
    ["Baylarov", "جيهون بايلاروف", "partial"],
    ["Hamid Amir-Abdolkarimian", "حميد أمير عبد الكريميان", "full"],
    ["Abdolkarimian", "حميد أمير عبدالكريميان", "partial"],
    ["Amir-Abdolkarimian", "Hamid Amir-Abdolkarimian", "full"],
    ["Ebrahim Faeezi", "إبراهيم فائزي", "full"],
    ["Ebrahim Faezi", "Ebrahim Faezi", "exact"],
    ["Abbas Qorbanchi", "عباس قربانجي", "full"],
    ["Abbas Ghorbanchi", "Qorbanchi", "partial"],
    ["Fahd bin Nasser Al Rashed", "فهد بن ناصر", "full"],
    ["Nayef bin Saleh Al Mansour", "نايف بن صالح آل منصور أمير", "full"],
    ["Nayef", "Nayef bin Saleh Al Mansour", "partial"],
    ["ابن مشعل", "Rakan bin Mishal", "partial"],
    ["Salem Albadrani", "سالم بن حمد البدراني", "full"],
    ["Abdel Karim el-Nahhas", "عبد الكريم النحاس", "full"],
    ["Recep Kemal Doğan", "رجب كمال دوغان", "full"],
  ])("%s ~ %s (%s)", (a, b, expected) => {
    expect(relation(a, b)).toBe(expected);
    expect(relation(b, a)).toBe(expected);
  });
});

describe("resolve/name-match: different people", () => {
  it.each([
    ["Heydar Alakbarov", "Ilham Alakbarov", "conflict"],
    ["حيدر علكبر اوف", "إلهام علكبروف", "conflict"],
    ["Ilham Alakbarov", "Ali Alizadeh", "none"],
    ["Alakbarov", "Alizadeh", "none"],
    ["Mohammad Kazemi", "Ali Kazemi Rad", "none"],
    ["Mohammad Kazemi", "Ali Kazemi", "conflict"],
    ["Rakan bin Mishal", "Mishal bin Obaid", "none"],
    ["Mishal", "Rakan bin Mishal", "none"],
    ["Fahd bin Nasser", "Saud bin Nasser", "conflict"],
    ["Fahd bin Nasser Al Rashed", "Khaled bin Fahd bin Nasser Al Rashed", "conflict"],
    ["Sultan bin Nasser Al Rashed", "Yazan bin Sultan bin Abdulkarim Al Mansour", "none"],
    ["Ebrahim Faezi", "Mohsen Fasihi", "none"],
  ])("%s / %s (%s)", (a, b, expected) => {
    expect(relation(a, b)).toBe(expected);
    expect(relation(b, a)).toBe(expected);
  });

  it("lets one conflicting name rule two sets of names apart", () => {
    const heydar = ["Heydar Alakbarov", "Alakbarov"].map((n) => parseName(n));
    const ilham = ["إلهام علكبروف", "Ilham Alakbarov"].map((n) => parseName(n));
    expect(compareNameSets(heydar, ilham).relation).toBe("conflict");
  });

  it("measures how much two full names share", () => {
    expect(compareNames(parseName("Heydar Alakbarov"), parseName("حيدر علكبروف")).strength).toBe(9);
  });
});

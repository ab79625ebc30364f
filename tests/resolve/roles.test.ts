// Offices across languages: titles that name one office agree, others do not.
import { describe, expect, it } from "vitest";
import { rolesAgree, rolesOfTitle } from "../../src/resolve/roles.ts";

describe("resolve/roles", () => {
  it.each([
    ["وزير خارجية جمهورية أذربيجان", "foreign-minister"],
    ["Iranian Foreign Minister", "foreign-minister"],
    ["the top diplomat", "foreign-minister"],
    ["وزير امور خارجه", "foreign-minister"],
    ["رئيس أذربيجان", "head-of-state"],
    ["President", "head-of-state"],
    ["رئيس الوزراء الأرميني", "prime-minister"],
    ["أمين المجلس الأعلى للأمن القومي", "security-council-secretary"],
    ["the SNSC chief", "security-council-secretary"],
    ["رئيس مجلس النواب", "speaker"],
    ["أمير دولة قطر", "monarch"],
    ["ولي عهد أبوظبي", "crown-prince"],
    ["سفير الجمهورية الإسلامية الإيرانية في لبنان", "ambassador"],
  ])("%s names %s", (title, role) => {
    expect(rolesOfTitle(title)).toContain(role);
  });

  it.each([
    ["نائب وزير الخارجية الروسي", "foreign-minister"],
    ["Deputy Foreign Minister", "foreign-minister"],
    ["رئيس مجلس النواب", "head-of-state"],
    ["Vice President", "head-of-state"],
    ["former President", "head-of-state"],
    ["رئيس هيئة الأركان العامة", "head-of-state"],
  ])("%s does not name %s", (title, role) => {
    expect(rolesOfTitle(title)).not.toContain(role);
  });

  it("says nothing of a title it does not know", () => {
    expect(rolesOfTitle("الزعيم الوطني")).toEqual([]);
  });

  it("agrees across languages and disagrees across offices", () => {
    expect(rolesAgree(["وزير الخارجية"], ["Foreign Minister"])).toBe(true);
    expect(rolesAgree(["وزير الخارجية"], ["President"])).toBe(false);
    expect(rolesAgree([], ["President"])).toBe(false);
  });
});

// Where an Arabic title ends and a name begins, and words that only look like names: each rule on a sentence of its
// own, with invented people (found blind in unseen-4).
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import type { Person } from "../../src/domain/types.ts";

function persons(text: string): [string, string | null, string[]][] {
  const patch = extractArticle(text, { language: "ar", id: "t" });
  return patch.entities
    .filter((e): e is Person => e.type === "Person")
    .map((p) => [p.name, p.country ?? null, p.titles]);
}

describe("Arabic: where a title ends and a name begins", () => {
  it("a female given name that is also a title word opens the name after a nationality", () => {
    expect(persons("أجرى الرئيس الصيني محادثات مع الرئيسة التنزانية سامية كيشين في بكين.")).toEqual([
      ["سامية كيشين", "TZ", ["الرئيسة التنزانية"]],
    ]);
  });

  it.each([
    [
      "the late",
      "وأشاد بدور الزعيم الراحل تافور كيشين في بناء العلاقات.",
      ["تافور كيشين", null, ["الزعيم الراحل"]],
    ],
    [
      "the founding",
      "وأشاد بدور الرئيس التنزاني المؤسس غيديون كاربوف في بناء العلاقات.",
      ["غيديون كاربوف", "TZ", ["الرئيس التنزاني المؤسس"]],
    ],
  ])("a title goes on through '%s' to the name", (_what, text, expected) => {
    expect(persons(text)).toEqual([expected]);
  });

  it("a short family name that is also a function word opens a name right after a title", () => {
    expect(persons("والتقى رئيس مجلس الدولة الصيني لي كوانتشو الضيفة التنزانية.")).toEqual([
      ["لي كوانتشو", "CN", ["رئيس مجلس الدولة الصيني"]],
    ]);
    expect(persons("وقال لي مسؤول في الوزارة إن الوفد وصل.")).toEqual([]);
  });
});

describe("Arabic: words that only look like names", () => {
  it.each([
    ["a noun that stands where a name would", "وأقام شي مراسم استقبال رسمية للضيفة في الساحة."],
    ["a verb in the future, feminine", "وقال المتحدث إن الرئيسة التنزانية ستتوجه بعد بكين إلى مقاطعة أخرى."],
  ])("%s is no person", (_what, text) => {
    expect(persons(text).map(([name]) => name)).toEqual([]);
  });
});

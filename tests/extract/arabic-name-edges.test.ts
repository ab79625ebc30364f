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

describe("Arabic: the holder named after the body a title heads", () => {
  it.each([
    [
      "a government's name",
      "وكان رئيس حكومة الوحدة الوطنية عبد الكريم كيشين قد استقبل الوفود.",
      ["عبد الكريم كيشين", null, ["رئيس حكومة الوحدة الوطنية"]],
    ],
    [
      "a participle and a government, then a Maghreb given name with the article",
      "برئاسة وزير الخارجية والتعاون الدولي المكلف بحكومة الوحدة الوطنية الطاهر كاربوف، وبمشاركة الوزراء.",
      ["الطاهر كاربوف", null, ["وزير الخارجية والتعاون الدولي المكلف بحكومة الوحدة الوطنية"]],
    ],
    [
      "a mission in a country, then a foreign name that looks like an inflected word",
      "وحضرت رئيسة بعثة الأمم المتحدة للدعم في ليبيا هانا كيشين.",
      ["هانا كيشين", null, ["رئيسة بعثة الأمم المتحدة للدعم في ليبيا"]],
    ],
    [
      "a minister's portfolio, then the next item of a list",
      "يرافقه وفد يضم وزيرة التعاون الاقتصادي والتنمية الاتحادية موريل العبلي كيشين وسفير ألمانيا في بيروت.",
      ["موريل العبلي كيشين", null, ["وزيرة التعاون الاقتصادي والتنمية الاتحادية"]],
    ],
    [
      "a movement's name, then an honorific",
      "وقال رئيس حركة النهضة الوطنية للتغيير والبناء الشيخ تافور الغلزاري إن الزيارة مهمة.",
      ["تافور الغلزاري", null, ["رئيس حركة النهضة الوطنية للتغيير والبناء الشيخ"]],
    ],
  ])("%s", (_what, text, expected) => {
    expect(persons(text)).toEqual([expected]);
  });

  it.each([
    ["a verb the lists know as a noun", "وأكد رئيس مجلس السيادة نقل تحيات كيشين إلى الرئيس."],
    ["a relative clause", "وقال رئيس البرلمان الذي يتخذ مقرا في الشرق إن الجلسة تأجلت."],
    ["another title's head", "واستقبل الرئيس العراقي الوفد المرافق لرئيس الوزراء في بغداد."],
  ])("reads no holder through %s", (_what, text) => {
    expect(persons(text).filter(([name]) => name !== null)).toEqual([]);
  });

  it("reads no holder from a lineage particle after the body ('الأمير الحسين بن …' gives no 'بن …')", () => {
    const text =
      "استقبل جلالة الملك كيشين الثاني اليوم الأمين العام. وحضر اللقاء سمو الأمير الحسين بن كيشين الثاني، ولي العهد.";
    const found = persons(text);
    expect(found.map(([name]) => name).filter((name) => name?.startsWith("بن"))).toEqual([]);
    expect(found.flatMap(([, , titles]) => titles)).not.toContain("الأمير الحسين");
  });

  it("reads no body after a conjunction ('وتمنياته للدولة وشعبها مزيدا' is no name)", () => {
    const text = "ونقل تحيات تافور كيشين رئيس روسيا الاتحادية وتمنياته للدولة وشعبها مزيدا من التقدم.";
    expect(persons(text).map(([name]) => name)).toEqual(["تافور كيشين"]);
  });
});

describe("Arabic: words that only look like names", () => {
  it.each([
    ["a noun that stands where a name would", "وأقام شي مراسم استقبال رسمية للضيفة في الساحة."],
    ["a verb in the future, feminine", "وقال المتحدث إن الرئيسة التنزانية ستتوجه بعد بكين إلى مقاطعة أخرى."],
    ["the object of 'discussed' after a counterpart", "وبحث الوزير مع نظيره الجزائري سبل تفعيل الخط البحري."],
  ])("%s is no person", (_what, text) => {
    expect(persons(text).map(([name]) => name)).toEqual([]);
  });
});

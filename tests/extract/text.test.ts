// Text utilities: folding keeps offsets, tokens and sentences point back into the original text.
import { describe, expect, it } from "vitest";
import { fold, foldWithOffsets } from "../../src/extract/text/fold.ts";
import { PhraseMatcher } from "../../src/extract/text/phrase-matcher.ts";
import { MAX_SENTENCE, splitSentences, tokenize } from "../../src/extract/text/tokenize.ts";
import { resolveDate } from "../../src/extract/dates.ts";
import { forms, readings, stem } from "../../src/extract/lang/ar/morphology.ts";
import { detectLanguage } from "../../src/extract/language.ts";

describe("fold", () => {
  it.each([
    ["أذربيجان", "اذربيجان"],
    ["إيران", "ايران"],
    ["مستشفى", "مستشفي"],
    ["الجمهوريّة", "الجمهوريه"],
    ["مـــؤتمر", "موتمر"],
    ["یک کشور", "يك كشور"],
    ["۱۴۰۱", "1401"],
    ["Türkiye", "turkiye"],
  ])("%s -> %s", (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it("maps every folded character back to its original offset", () => {
    const text = "قالَ الرئيسُ";
    const { text: folded, offsets } = foldWithOffsets(text);
    expect(folded).toBe("قال الرييس".replace("الرييس", fold("الرئيس")));
    for (let i = 0; i < folded.length; i++) expect(fold(text[offsets[i]!]!)).toBe(folded[i]);
    expect(offsets[folded.length]).toBe(text.length);
  });
});

describe("PhraseMatcher", () => {
  const m = new PhraseMatcher<string>();
  m.add(["foreign", "minister"], "fm");
  m.add(["foreign", "minister"], "fm");
  m.add(["foreign", "minister"], "title");
  m.add(["foreign"], "adjective");
  m.add(["prime", "minister", "of"], "pm-of");

  it("takes the longest phrase, with every payload of that length once", () => {
    expect(m.match(["foreign"], ["minister", "said"])).toEqual({ length: 2, payloads: ["fm", "title"] });
    expect(m.match(["foreign"], ["affairs"])).toEqual({ length: 1, payloads: ["adjective"] });
  });

  it("tries the first words in order and stops at the first that starts a phrase", () => {
    expect(m.match(["x", "prime"], ["minister", "of", "y"])).toEqual({ length: 3, payloads: ["pm-of"] });
    expect(m.match(["prime"], ["minister"])).toBeNull();
    expect(m.has("prime")).toBe(true);
    expect(m.has("minister")).toBe(false);
  });
});

describe("tokenize and splitSentences", () => {
  it("cuts a run with no sentence end at a space once it is very long, losing no word", () => {
    const text = Array.from({ length: 3000 }, (_, k) => `word${k}`).join(" ");
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE + 10);
    expect(sentences.flatMap((s) => s.tokens.map((t) => t.text))).toEqual(text.split(" "));
    expect(sentences.every((s) => text.slice(s.start, s.end) === s.text)).toBe(true);
  });

  it("still sees an abbreviation at the end of a long sentence", () => {
    const long = `${"and more words ".repeat(20)}with U.S. officials. Next one.`;
    expect(splitSentences(long).map((s) => s.text.slice(-15))).toEqual(["U.S. officials.", "Next one."]);
  });

  it("folds the same character the same way every time, ASCII capitals included", () => {
    expect(fold("ĞüÉ AbC أإآ")).toBe(fold("ĞüÉ AbC أإآ"));
    expect(fold("AbC")).toBe("abc");
  });

  it("keeps offsets of tokens into the article", () => {
    const text = "التقى الرئيسُ، أمس، نظيره.";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("splits at terminal marks and line breaks, not inside abbreviations or initials", () => {
    const text = "U.S. President Hollings met J. Smith. He left.\nسطر ثان؟ نعم.";
    const sentences = splitSentences(text, new Set(["mr"]));
    expect(sentences.map((s) => s.text)).toEqual([
      "U.S. President Hollings met J. Smith.",
      "He left.",
      "سطر ثان؟",
      "نعم.",
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("Arabic clitics", () => {
  it.each([
    ["للأمن", "امن"],
    ["والرئيس", "رييس"],
    ["بنظيره", "نظيره"],
    ["لأرمينيا", "ارمينيا"],
  ])("%s has the reading %s", (word, reading) => {
    expect(forms(fold(word))).toContain(reading);
  });

  it("does not read a hamza alef as the article", () => {
    expect(readings(fold("إلهام"), "إلهام").map((r) => r.word)).not.toContain("هام");
  });

  it.each([
    ["الأمني", "امن"],
    ["للأمن", "امن"],
    ["الإيرانية", "ايران"],
  ])("stem(%s) = %s", (word, expected) => {
    expect(stem(fold(word))).toBe(expected);
  });
});

describe("resolveDate", () => {
  it.each([
    [{ day: 16, month: 7 }, null, { value: "0000-07-16", precision: "day_no_year" }],
    [{ day: 16, month: 7 }, "2022-07-20", { value: "2022-07-16", precision: "day" }],
    [{ day: 28, month: 12 }, "2023-01-03", { value: "2022-12-28", precision: "day" }],
    [{ day: 8, month: 1, year: 2025 }, null, { value: "2025-01-08", precision: "day" }],
    [{ weekday: 4 }, "2022-07-18", { value: "2022-07-14", precision: "day" }],
    [{ weekday: 1, direction: 1 as const }, "2022-07-18", { value: "2022-07-25", precision: "day" }],
    [{ relativeDays: -1 }, "2022-07-18", { value: "2022-07-17", precision: "day" }],
    [{ month: 2, year: 2024 }, null, { value: "2024-02-01", precision: "month" }],
    [{ day: 31, month: 2, year: 2024 }, null, null],
  ])("%j published %s", (parts, published, expected) => {
    expect(resolveDate(parts, published)).toEqual(expected);
  });
});

describe("detectLanguage", () => {
  it.each([
    ["التقى وزير الخارجية نظيره في طهران", "ar"],
    ["وزیر امور خارجه ایران با همتای خود دیدار کرد و گفت که این سفر مهم است", "fa"],
    ["The foreign minister met his counterpart in Baku.", "en"],
    ["12345 !!!", null],
  ])("%s -> %s", (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

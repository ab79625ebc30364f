// A bare title ("the foreign minister") is presumed of the outlet's country when the outlet writes about its own
// country, and not when it never names it (a service abroad reporting on others). Invented names.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import type { Person } from "../../src/domain/types.ts";

function countries(text: string, sourceCountry: string) {
  const patch = extractArticle(text, { language: "fa", id: "t", sourceCountry, publishedAt: "2025-06-20" });
  const persons = patch.entities.filter((e): e is Person => e.type === "Person");
  return {
    persons: Object.fromEntries(persons.map((p) => [p.name, p.country])),
    named: patch.entities.filter((e) => e.type === "Country").map((e) => e.country),
    source: patch.article.sourceCountry,
  };
}

const MEETING = "عباس کریمی، وزیر خارجه، با طارق جمیل، نخست وزیر پاکستان، در اسلام‌آباد دیدار کرد.";

describe("the outlet's country", () => {
  it("is the country of a bare title when the outlet's own country is named", () => {
    const own = countries(`${MEETING} سفیر ایران نیز در این دیدار حضور داشت.`, "IR");
    expect(own.persons["عباس کریمی"]).toBe("IR");
  });

  it("is presumed of no one when the article never names it, and the article keeps it as metadata", () => {
    const abroad = countries(MEETING, "GB");
    expect(abroad.persons["عباس کریمی"]).toBeNull();
    expect(abroad.named).not.toContain("GB");
    expect(abroad.source).toBe("GB");
  });

  it("is the country of a titled official with none of his own who travels abroad", () => {
    const text =
      "کابل (باختر) – سخنگوی امارت اسلامی افغانستان گفت که هیئتی به رهبری نورالله صدیقی سرپرست وزارت " +
      "زراعت برای اشتراک در نمایشگاه منطقوی به عشق آباد سفر کرده است.";
    expect(countries(text, "AF").persons["نورالله صدیقی"]).toBe("AF");
  });
});

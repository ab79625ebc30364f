// Maghreb and Gulf agency style: a title, a comma and an honorific before the name ("رئيس الجمهورية، السيد …"),
// Mauritanian lineage names with "ولد", given names that start with the article. Invented names.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import type { Person } from "../../src/domain/types.ts";

function persons(text: string, sourceCountry = "DZ") {
  const patch = extractArticle(text, { language: "ar", id: "t", sourceCountry, publishedAt: "2025-03-02" });
  return patch.entities
    .filter((e): e is Person => e.type === "Person")
    .map((p) => [p.name, p.country, p.titles[0] ?? null]);
}

describe("Arabic agency style: title, comma, honorific, name", () => {
  it("the name after 'title، السيد' is that title's person, of the title's country", () => {
    expect(
      persons("استقبل رئيس الجمهورية، السيد رشيد بن عمارة، اليوم بالجزائر العاصمة وفدا برلمانيا."),
    ).toEqual([["رشيد بن عمارة", "DZ", "رئيس الجمهورية"]]);
  });

  it("a name of the 'ولد' lineage keeps every word, an honorific-like word after ولد included", () => {
    expect(
      persons(
        "وتلقى الرئيس رسالة من رئيس الجمهورية الإسلامية الموريتانية، السيد المصطفى ولد الشيخ الحسن، نقلها وزير الخارجية.",
      ),
    ).toEqual([["المصطفى ولد الشيخ الحسن", "MR", "رئيس الجمهورية الإسلامية الموريتانية"]]);
  });

  it("a given name with the article opens the name after an honorific, but a title word never does", () => {
    expect(persons("وصل إلى الجزائر الوزير الأول الموريتاني، السيد المختار ولد سيدي، في زيارة عمل.")).toEqual(
      [["المختار ولد سيدي", "MR", "الوزير الأول الموريتاني"]],
    );
    expect(persons("وقال رئيس الجمهورية، السيد الرئيس، إن البلدين شريكان.").map((p) => p[0])).not.toContain(
      "الرئيس",
    );
  });
});

describe("Arabic honorific pronouns", () => {
  it("'جلالته', 'سموه', 'معاليه', 'فخامته' stand for the one honoured and are never persons of their own", () => {
    const names = persons(
      "استقبل جلالة الملك سالم بن راشد اليوم رئيس جمهورية قبرص، السيد نيكولاس أندرياس. وأكد جلالته خلال " +
        "اللقاء أهمية التعاون. وأشاد سموه خلال المباحثات بالعلاقات. وقال معاليه خلال المؤتمر إن البلدين " +
        "شريكان. ونقل فخامته خلال اللقاء تحيات شعبه.",
      "JO",
    ).map((p) => p[0]);
    expect(names.sort()).toEqual(["سالم بن راشد", "نيكولاس أندرياس"].sort());
  });
});

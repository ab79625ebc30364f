// Every id an extraction refers to (participants, places, post holders, relation ends) is an entity of the same
// patch: the store refuses a patch that points elsewhere, and the whole article would be lost. Invented people.
import { describe, expect, it } from "vitest";
import { referencedEntityIds } from "../../src/domain/schema.ts";
import { extractArticle } from "../../src/extract/index.ts";
import type { Language } from "../../src/extract/language.ts";

const cases: [string, Language, string | null, string][] = [
  // A dateline city given to a reception after the passes ran: the city must be kept as an entity too.
  [
    "ar",
    "ar",
    "SA",
    "الرياض - استقبل ولي العهد الأمير زياد بن مشاري آل ناصر اليوم نائب الرئيس البرازيلي جواو ميندس.",
  ],
  [
    "ar, no outlet",
    "ar",
    null,
    "القاهرة - استقبل الرئيس المصري طارق منصور اليوم الرئيس الكيني صموئيل كيبرونو.",
  ],
  [
    "en",
    "en",
    "KE",
    "NAIROBI - President Daniel Mwangi on Monday hosted his Ghanaian counterpart Kwame Asante.",
  ],
  [
    "fa",
    "fa",
    "IR",
    "تهران - کامران صدری وزیر امور خارجه امروز در تهران با سالم الحارثی همتای عمانی خود دیدار کرد.",
  ],
];

describe("extraction references", () => {
  it.each(cases)("%s: every reference is an entity of the patch", (_, language, sourceCountry, text) => {
    const patch = extractArticle(text, { language, sourceCountry, publishedAt: "2026-03-03" });
    const entities = new Set(patch.entities.map((e) => e.id));
    expect(patch.events.length).toBeGreaterThan(0);
    expect([...referencedEntityIds(patch)].filter((id) => !entities.has(id))).toEqual([]);
  });
});

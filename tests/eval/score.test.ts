// The scorer: each category counted by hand on small invented golds and extractions.
import { describe, expect, it } from "vitest";
import { goldSchema, type Gold } from "../../src/eval/gold.ts";
import { goldNorm, prf, scoreExtraction, type ScoredExtraction } from "../../src/eval/score.ts";

const gold: Gold = goldSchema.parse({
  persons: [
    {
      key: "nadia",
      match: ["Karimova", "كريموفا"],
      names: ["Nadia Karimova"],
      country: "AZ",
      titles: ["foreign minister"],
    },
    { key: "omar", match: ["Haddad"], names: ["Omar Haddad"], country: "JO", titles: ["prime minister"] },
    { key: "lena", match: ["Varga"], names: ["Lena Varga"], country: "", titles: [] },
  ],
  countries: ["AZ", "JO"],
  meetings: [["nadia", "omar"]],
  meetingsOptional: [["lena", "omar"]],
  visits: [{ visitor: "nadia", country: "JO" }],
  visitsOptional: [{ visitor: "lena", country: "JO" }],
  counterparts: [],
});

const person = (id: string, name: string, country: string | null, titles: string[] = []) => ({
  id,
  type: "Person",
  name,
  aliases: [],
  country,
  titles,
});

describe("eval: scoreExtraction", () => {
  it("counts persons, countries, meeting pairs and visits as the gold format defines them", () => {
    const extraction: ScoredExtraction = {
      entities: [
        person("p1", "Nadia Karimova", "AZ", ["Foreign Minister"]),
        person("p2", "Omar Haddad", "JO"),
        person("p3", "Karimova", "AZ"), // a second match of one gold person: a duplicate
        person("p4", "Someone Else", "TR"), // not in the gold
        { id: "c1", type: "Country", name: "Jordan", country: "JO" },
        { id: "c2", type: "Country", name: "Türkiye", country: "TR" },
      ],
      events: [
        { type: "Visit", participants: ["p1"], hosts: ["p2"], location: "c1" },
        { type: "Meeting", participants: ["p2", "p4"] }, // a pair the gold does not have
      ],
      relations: [],
    };
    const s = scoreExtraction(gold, extraction);
    expect(s.persons).toMatchObject({ tp: 2, pred: 4, gold: 3, duplicates: 1 });
    expect(s.personCountry).toEqual({ right: 2, of: 2 });
    expect(s.personTitle).toEqual({ right: 1, of: 2 });
    expect(s.countries).toMatchObject({ tp: 1, pred: 2, gold: 2 });
    expect(s.meetings).toMatchObject({ tp: 1, pred: 2, gold: 1 });
    expect(s.visits).toMatchObject({ tp: 1, pred: 1, gold: 1 });
    expect(s.overallF1).toBeCloseTo((prf(2, 4, 3).f + 0.5 + prf(1, 2, 1).f + 1) / 4, 10);
  });

  it("neither rewards nor penalises optional pairs and visits", () => {
    const s = scoreExtraction(gold, {
      entities: [person("l", "Lena Varga", null), person("o", "Omar Haddad", "JO")],
      events: [{ type: "Visit", participants: ["l"], hosts: ["o"], location: "jo" }],
    });
    expect(s.meetings).toMatchObject({ tp: 0, pred: 0 });
    expect(s.visits.pred).toBe(1); // the location "jo" is no entity: the visit has no country, so it counts
  });

  it("a category with nothing in gold and nothing extracted is perfect; anything extracted there is wrong", () => {
    const empty = goldSchema.parse({ persons: [], countries: [], meetings: [], visits: [] });
    expect(scoreExtraction(empty, {}).overallF1).toBe(1);
    const s = scoreExtraction(empty, { entities: [person("x", "Anyone", "FR")] });
    expect(s.persons.f).toBe(0);
  });

  it("matches names as whole words after the gold normalisation (Arabic letter forms, case)", () => {
    expect(goldNorm("  أحمد  المُختار ")).toBe("احمد المختار");
    expect(goldNorm("Karimova's")).toBe("karimova s");
    const s = scoreExtraction(gold, {
      entities: [person("k", "نادية كريموفا", "AZ"), person("v", "Vargas", null)],
    });
    expect(s.persons.tp).toBe(1); // "Vargas" does not contain the word "Varga"
  });
});

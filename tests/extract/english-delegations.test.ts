// A visit told with its delegation in English wire style: the members a delegation is said to include, and those
// "who accompanied" the visitor or are "part of the visiting delegation", made the journey too; "…, and was
// received by Y" is the head of the delegation's meeting, not the last member's; "X and Y co-chaired" met; "the
// Ugandan delegation included A, B" lists who travelled; a wife who shares the visitor's surname is not him.
// Invented names.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import type { GraphPatch } from "../../src/domain/types.ts";

function extract(text: string): GraphPatch {
  return extractArticle(text, { language: "en", id: "t", publishedAt: "2025-03-02" });
}

const names = (patch: GraphPatch) => new Map(patch.entities.map((e) => [e.id, e.name]));

const ARRIVAL =
  "NAIROBI, March 2 (Reuters) - Ugandan President Tobias Okwera arrived in Nairobi on Monday at the head of a " +
  "delegation including Foreign Minister Peter Mugisha and Trade Minister Grace Atim, and was received by " +
  "Kenyan President Daniel Kamau.";

describe("English delegations", () => {
  it("every member a delegation is said to include made the visit with its head", () => {
    const patch = extract(ARRIVAL);
    const name = names(patch);
    const visitors = patch.events
      .filter((e) => e.type === "Visit")
      .flatMap((e) => e.participants.filter((p) => p.role === "visitor").map((p) => name.get(p.entityId)));
    expect(visitors.sort()).toEqual(["Grace Atim", "Peter Mugisha", "Tobias Okwera"]);
  });

  it("'…, and was received by Y' pairs Y with the subject of the sentence, not the last member named", () => {
    const patch = extract(ARRIVAL);
    const name = names(patch);
    const meetings = patch.events
      .filter((e) => e.type === "Meeting")
      .map((e) => e.participants.map((p) => name.get(p.entityId)).sort());
    expect(meetings).toEqual([["Daniel Kamau", "Tobias Okwera"]]);
  });

  it("'X, who is part of the visiting delegation' and 'his wife, Y, who accompanied him' made the visit told", () => {
    const patch = extract(
      "President Daniel Kamau yesterday hosted Ugandan President Tobias Okwera at State House, Nairobi. " +
        "Mr Okwera arrived on Sunday for a two-day state visit. Foreign Minister Peter Mugisha, who is part of " +
        "the visiting delegation, met his Kenyan counterpart Ann Wambui. His wife, Grace Atim, who " +
        "accompanied him on the trip, toured a school.",
    );
    const name = names(patch);
    const visitors = new Set(
      patch.events
        .filter((e) => e.type === "Visit")
        .flatMap((e) => e.participants.map((p) => name.get(p.entityId))),
    );
    expect([...visitors].sort()).toEqual(["Grace Atim", "Peter Mugisha", "Tobias Okwera"]);
  });

  it("'X was accompanied by Y' is not read as X travelling with someone else's visit", () => {
    const patch = extract(
      "Ugandan President Tobias Okwera arrived in Nairobi on Monday. Kenyan President Daniel Kamau, who was " +
        "accompanied by Energy Minister Ann Wambui, received him at the airport.",
    );
    const name = names(patch);
    const visitors = patch.events
      .filter((e) => e.type === "Visit")
      .flatMap((e) => e.participants.map((p) => name.get(p.entityId)));
    expect(visitors).not.toContain("Daniel Kamau");
  });

  it("'X and Y co-chaired a session' is a meeting of the two", () => {
    const patch = extract(
      "Kenyan Foreign Minister Ann Wambui and Ugandan Foreign Minister Peter Mugisha later co-chaired a " +
        "session of the joint commission in Nairobi.",
    );
    const name = names(patch);
    const meetings = patch.events
      .filter((e) => e.type === "Meeting")
      .map((e) => e.participants.map((p) => name.get(p.entityId)).sort());
    expect(meetings).toEqual([["Ann Wambui", "Peter Mugisha"]]);
  });

  const visitorsOf = (patch: GraphPatch) => {
    const name = names(patch);
    return patch.events
      .filter((e) => e.type === "Visit")
      .flatMap((e) => e.participants.map((p) => name.get(p.entityId)))
      .sort();
  };

  it.each([
    ["Ugandan President Tobias Okwera", "the visitor's nationality said"],
    ["President Tobias Okwera", "the visitor's nationality not said"],
  ])(
    "'The Ugandan delegation included A, B and C' made the Ugandan visit (%s; %s), whatever titles stand between",
    (visitor) => {
      const patch = extract(
        `${visitor} arrived in Nairobi on Monday. The Ugandan delegation included Foreign ` +
          "Minister Peter Mugisha, Treasury and Finance Minister Grace Atim and National Intelligence Service (NIS) " +
          "chief Moses Kato. The Kenyan delegation included Foreign Minister Ann Wambui.",
      );
      expect(visitorsOf(patch)).toEqual(["Grace Atim", "Moses Kato", "Peter Mugisha", "Tobias Okwera"]);
    },
  );

  it("a wife who shares the visitor's surname and 'accompanied the president' made the visit too", () => {
    const patch = extract(
      "Ugandan President Tobias Okwera arrived in Nairobi on Monday. Okwera was welcomed at the airport by the " +
        "foreign minister. First Lady Grace Okwera, who accompanied the president, toured a school. Okwera later " +
        "met Kenyan President Daniel Kamau.",
    );
    expect(visitorsOf(patch)).toEqual(["Grace Okwera", "Tobias Okwera"]);
    const name = names(patch);
    const meetings = patch.events
      .filter((e) => e.type === "Meeting")
      .map((e) => e.participants.map((p) => name.get(p.entityId)).sort());
    expect(meetings).toEqual([["Daniel Kamau", "Tobias Okwera"]]);
  });

  it("'X travelled to Chile on Tuesday with Foreign Minister Y': Y made the journey; 'for talks with Z' is whom X met", () => {
    const patch = extract(
      "Uruguayan President Tomas Ferreira travelled to Chile on Tuesday with Foreign Minister Mario Castillo. " +
        "Ferreira then flew to Lima for talks with Peruvian President Ana Quispe.",
    );
    expect(visitorsOf(patch)).toEqual(["Mario Castillo", "Tomas Ferreira", "Tomas Ferreira"]);
  });

  it("'his Brazilian peer X' is a counterpart of Brazil, and 'the Brazilian leader had landed in Santiago' his visit", () => {
    const patch = extract(
      "Uruguayan President Tomas Ferreira held talks with his Brazilian peer Luis Moreira in Santiago on Wednesday. " +
        "The Brazilian leader had landed in Santiago late on Tuesday.",
    );
    const moreira = patch.entities.find((e) => e.name === "Luis Moreira");
    expect(moreira?.country).toBe("BR");
    expect(visitorsOf(patch)).toContain("Luis Moreira");
  });

  it("'A and minister B, who are accompanying the President': both travelled; 'who is part of' describes only the last", () => {
    const plural = extract(
      "Mozambican President Daniel Machava arrived in Dar es Salaam on Monday. Also present were Foreign Affairs " +
        "minister Rosa Tembe and Energy minister Jaime Cossa, who are accompanying the President.",
    );
    expect(visitorsOf(plural)).toEqual(["Daniel Machava", "Jaime Cossa", "Rosa Tembe"]);
    const singular = extract(
      "Mozambican President Daniel Machava arrived in Dar es Salaam on Monday. Mr Mrema and Mozambique's Foreign " +
        "Minister Rosa Tembe, who is part of the visiting delegation, later co-chaired a session.",
    );
    expect(visitorsOf(singular)).toEqual(["Daniel Machava", "Rosa Tembe"]);
  });

  it("'the General Headquarters' is a place, not a general named Headquarters", () => {
    const patch = extract(
      "The minister met Field Marshal Tariq Nawaz at the General Headquarters in Rawalpindi.",
    );
    expect(patch.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual(["Tariq Nawaz"]);
  });
});

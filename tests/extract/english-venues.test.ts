// English wire copy names a meeting's venue before its city ("at State House, Nairobi"); a guest who "arrived"
// with no place named went where he then met his host. Invented names.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";

function events(text: string) {
  const patch = extractArticle(text, {
    language: "en",
    id: "t",
    sourceCountry: "KE",
    publishedAt: "2025-06-16",
  });
  const nameOf = new Map(patch.entities.map((e) => [e.id, e.name]));
  return patch.events.map((e) => ({
    type: e.type,
    who: e.participants.map((p) => nameOf.get(p.entityId)).sort(),
    where: e.location ? nameOf.get(e.location) : null,
  }));
}

describe("English venues and arrivals", () => {
  it("'at State House, Nairobi': the city after the venue is where they met", () => {
    const found = events(
      "President Daniel Otieno hosted Ethiopian Prime Minister Tesfaye Alemu at State House, Nairobi.",
    );
    expect(found.filter((e) => e.type === "Meeting")).toEqual([
      { type: "Meeting", who: ["Daniel Otieno", "Tesfaye Alemu"], where: "Nairobi" },
    ]);
  });

  it("a guest who arrived with no place named came to the city of the meeting", () => {
    const found = events(
      "President Daniel Otieno hosted Ethiopian Prime Minister Tesfaye Alemu at State House, Nairobi.\n\n" +
        "Mr Alemu, who arrived on Sunday evening for a two-day state visit, was met at the airport.",
    );
    expect(found).toContainEqual({ type: "Visit", who: ["Tesfaye Alemu"], where: "Nairobi" });
  });

  it("a lower-case phrase between 'at' and the comma is no venue", () => {
    const found = events("President Daniel Otieno met Tesfaye Alemu at length on trade, Nairobi said.");
    expect(found.filter((e) => e.type === "Meeting").map((e) => e.where)).toEqual([null]);
  });
});

describe("English relative clauses", () => {
  it("'X, who was accompanied by Y, was received by Z': X is the one received, not Y", () => {
    const found = events(
      "Foreign Minister Omar Haddad of Syria arrived in Ankara on Wednesday.\n\n" +
        "Haddad, who was accompanied by Defense Minister Sami Khoury, was later received by President Kemal Aydin.",
    );
    expect(found.filter((e) => e.type === "Meeting").map((e) => e.who)).toEqual([
      ["Kemal Aydin", "Omar Haddad"],
    ]);
  });
});

describe("English spouses", () => {
  it("'hosted X's wife, Y': the one met is Y, not X; 'First Lady' is a title", () => {
    const found = events(
      "President Daniel Otieno hosted Ethiopian Prime Minister Tesfaye Alemu at State House, Nairobi.\n\n" +
        "Meanwhile, First Lady Grace Otieno hosted Mr Alemu's wife, Selam Bekele, at a tree-planting event.",
    );
    expect(found.filter((e) => e.type === "Meeting").map((e) => e.who)).toEqual([
      ["Daniel Otieno", "Tesfaye Alemu"],
      ["Grace Otieno", "Selam Bekele"],
    ]);
  });
});

describe("English companions", () => {
  it("'X, who was accompanied by A and B,': A and B made X's journey", () => {
    const found = events(
      "Foreign Minister Omar Haddad of Syria arrived in Ankara on Wednesday.\n\n" +
        "Haddad, who was accompanied by Defense Minister Sami Khoury and intelligence chief Nabil Darwish, " +
        "was later received by President Kemal Aydin.",
    );
    expect(found.filter((e) => e.type === "Visit").map((e) => [e.who[0], e.where])).toEqual([
      ["Omar Haddad", "Ankara"],
      ["Sami Khoury", "Ankara"],
      ["Nabil Darwish", "Ankara"],
    ]);
  });
});

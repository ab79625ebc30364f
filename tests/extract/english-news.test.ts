// English news shapes that cost whole categories on real wire copy (visits called off, hosts and guests across
// clauses, bare surnames), each tried on sentences written for the test with invented people.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { read } from "./english-reader.ts";

describe("extract/en: news shapes", () => {
  it("keeps a visit that was called off, cancelled or put off out of the held events", () => {
    for (const undo of ["called off", "cancelled", "put off", "scrapped"]) {
      const r = read(
        `WARSAW — Norwegian Prime Minister Hakon Lindqvist spoke with Polish President Marek Wolanski on Monday. The Norwegian prime minister also ${undo} his visit to Poland last week.`,
        { publishedAt: "2024-09-16" },
      );
      expect(
        r.events.filter((e) => e.startsWith("Visit")),
        undo,
      ).toEqual([]);
    }
  });

  it("reads a month word after a given name as a surname ('Helen May'), and a month with a day as a date", () => {
    const r = read(
      "LONDON — Chilean President Rodrigo Valverde met British Prime Minister Helen May in London on May 4.",
      { publishedAt: "2024-05-05" },
    );
    expect(r.persons.map((p) => p.name)).toContain("Helen May");
    expect(r.events).toContain("Meeting: Helen May + Rodrigo Valverde");
    expect(r.dates["Meeting: Helen May + Rodrigo Valverde"]).toBe("2024-05-04");
  });

  it("takes a one-letter typo of a name the article uses more often for that person, but not a feminine form", () => {
    const r = read(
      "President Dorvani met Chilean President Rodrigo Valverde. President Dorvani thanked him. President Dorvan is due to travel. Azerbaijani President Elchin Mammadov and Leyla Mammadova attended.",
      { publishedAt: "2024-05-05" },
    );
    const names = r.persons.map((p) => p.name);
    expect(names.filter((n) => n.startsWith("Dorvan"))).toEqual(["Dorvani"]);
    expect(names).toContain("Leyla Mammadova");
    expect(names).toContain("Elchin Mammadov");
  });

  it("reads a guest welcomed by title ('Chile's visiting leader') as a visitor of the host's country", () => {
    const r = read(
      "SANTIAGO, March 21. Chilean President Rodrigo Valverde has welcomed China's visiting leader Zhou Mingde in an official ceremony in the St. John's Hall of La Moneda Palace on Tuesday. Zhou is in Chile on a state visit on March 20-22.",
      { publishedAt: "2024-03-21" },
    );
    const guest = r.persons.find((p) => p.name === "Zhou Mingde");
    expect(guest?.country).toBe("CN");
    expect(r.persons.filter((p) => p.name.startsWith("Zhou"))).toHaveLength(1);
    expect(r.events).toContain("Meeting: Rodrigo Valverde + Zhou Mingde");
    expect(r.events).toContain("Visit: Zhou Mingde > CL");
    // "St. John's Hall" is a hall, not a city of that name.
    expect(r.countries.sort()).toEqual(["CL", "CN"]);
  });

  it("reads a visit to the White House as a visit to the United States", () => {
    const r = read(
      "Chilean President Rodrigo Valverde paid a visit to the White House on Tuesday to press for a trade deal.",
      { publishedAt: "2024-07-10" },
    );
    expect(r.events).toContain("Visit: Rodrigo Valverde > US");
  });

  it("takes the subject after a fronted phrase ('During talks with X, Y praised …') as the one who met, not people named later", () => {
    const r = read(
      "During long talks with President Ellen Carter, Rodrigo Valverde praised the economic ideas of Theodore Lindqvist and thanked her. Chilean President Rodrigo Valverde arrived in Washington on Monday. President Ellen Carter of the United States hosted him.",
      { publishedAt: "2024-07-10" },
    );
    expect(r.events).toContain("Meeting: Ellen Carter + Rodrigo Valverde");
    expect(r.events.filter((e) => e.includes("Lindqvist"))).toEqual([]);
  });

  it("places a reception 'in the capital, Lima' and makes the foreign guest a visitor", () => {
    const r = read(
      "Peruvian President Ana Quispe on Monday received Chile's Foreign Minister Rodrigo Valverde at the presidential palace in the capital, Lima.",
      { publishedAt: "2024-03-21" },
    );
    expect(r.events).toContain("Meeting: Ana Quispe + Rodrigo Valverde");
    expect(r.events).toContain("Visit: Rodrigo Valverde > PE");
  });

  it("sends a visit with no place ('during his official visit') to the country of the one met there", () => {
    const r = read(
      "Chile's Foreign Minister Rodrigo Valverde met with his Peruvian counterpart Carlos Huaman during his official visit and discussed trade.",
      { publishedAt: "2024-03-21" },
    );
    expect(r.events).toContain("Meeting: Carlos Huaman + Rodrigo Valverde");
    expect(r.events).toContain("Visit: Rodrigo Valverde > PE");
  });

  it("puts a meeting told after a late dateline at home when the host is of the dateline's country", () => {
    const text = [
      "Valverde holds talks with Peruvian counterpart",
      "12 March 2024 | Staff reporter",
      "Santiago: Chilean President Rodrigo Valverde on Tuesday met his Peruvian counterpart Ana Quispe and discussed trade.",
    ].join("\n\n");
    const r = read(text, { publishedAt: "2024-03-12" });
    expect(r.events).toContain("Meeting: Ana Quispe + Rodrigo Valverde");
    expect(r.events).toContain("Visit: Ana Quispe > CL");
    // Filed from the guest's capital: nobody is at home there, so no visit is guessed.
    const away = read(
      "LIMA: Chilean President Rodrigo Valverde on Tuesday received Peruvian Foreign Minister Ana Quispe.",
      {
        publishedAt: "2024-03-12",
      },
    );
    expect(away.events.filter((e) => e.startsWith("Visit"))).toEqual([]);
  });

  it("makes the one who met 'his Peruvian counterpart' in Lima its visitor, and those who came with him too", () => {
    const r = read(
      [
        "President Rodrigo Valverde met on Saturday with his Peruvian counterpart Ana Quispe at the Government Palace, in Lima.",
        "The meeting ended without statements.",
        "Valverde arrived accompanied by the Chilean Foreign Minister, Tomas Herrera, and other officials.",
      ].join(" "),
      { publishedAt: "2024-03-12" },
    );
    expect(r.events).toContain("Visit: Rodrigo Valverde > PE");
    expect(r.events).toContain("Visit: Tomas Herrera > PE");
  });

  it("reads 'Presidents A of X, B of Y, and C of Z arrived in …' as three titled people of three countries, each a visitor", () => {
    const r = read(
      "Presidents Ana Quispe of Peru, Rodrigo Valverde of Chile, and Luis Aranda Mendoza of Bolivia arrived in Brasilia on August 8.",
      { publishedAt: "2024-08-09" },
    );
    expect(r.persons.map((p) => `${p.name} ${p.country}`)).toEqual([
      "Ana Quispe PE",
      "Rodrigo Valverde CL",
      "Luis Aranda Mendoza BO",
    ]);
    expect(r.events.sort()).toEqual([
      "Visit: Ana Quispe > BR",
      "Visit: Luis Aranda Mendoza > BR",
      "Visit: Rodrigo Valverde > BR",
    ]);
  });

  it("makes a summit of leaders one meeting of everyone who arrived for it, attended it or hosted it", () => {
    const r = read(
      [
        "The presidents of Chile, Peru, Bolivia and Paraguay gathered in the Chilean capital, Santiago, on June 3 for their annual summit.",
        "Chilean President Rodrigo Valverde greeted his counterparts at the palace.",
        "Presidents Ana Quispe of Peru, Luis Aranda Mendoza of Bolivia, and Mateo Benitez of Paraguay arrived in Santiago on June 2.",
        "Uruguayan Foreign Minister Laura Pereyra attended the summit as a guest.",
      ].join(" "),
      { publishedAt: "2024-06-04" },
    );
    expect(r.events).toContain(
      "Meeting: Ana Quispe + Laura Pereyra + Luis Aranda Mendoza + Mateo Benitez + Rodrigo Valverde",
    );
    expect(r.events).toContain("Visit: Ana Quispe > CL");
  });

  it("leaves the spokesperson who reports a meeting out of it", () => {
    const r = read(
      'Chilean President Rodrigo Valverde received Peruvian President Ana Quispe on Monday. "The two leaders met for the second time this month," foreign ministry spokesperson Carla Mendez tweeted.',
      { publishedAt: "2024-03-12", sourceCountry: "CL" },
    );
    expect(r.events.filter((e) => e.includes("Carla Mendez"))).toEqual([]);
  });

  it("fills an English meeting's length and topics ('two-hour talks … on trade and energy', 'lasted about 4.5 hours')", () => {
    const meetingsOf = (text: string) =>
      extractArticle(text, { language: "en", publishedAt: "2024-03-21" }).events.filter(
        (e) => e.type === "Meeting",
      );
    const meetings = meetingsOf(
      "Chilean President Rodrigo Valverde held two-hour talks with Peruvian President Ana Quispe on trade and energy.",
    );
    const later = meetingsOf(
      "On Monday, Chilean President Rodrigo Valverde had an informal meeting with Peruvian President Ana Quispe in Lima, which lasted about 4.5 hours.",
    );
    expect(meetings.map((e) => e.duration)).toEqual(["PT2H"]);
    expect(later.map((e) => e.duration)).toEqual(["PT4.5H"]);
    expect(meetings.find((e) => e.duration === "PT2H")?.topics.sort()).toEqual(["energy", "trade"]);
  });

  it("reads a bare surname opening a clause before 'said' as a person, but not a place, a body or a pronoun", () => {
    const r = read(
      "Speaking to ambassadors on Tuesday, Lindqvist said that Oslo needed more support. He added that Norway would wait. Moscow said the talks were useful.",
      { publishedAt: "2024-09-16" },
    );
    expect(r.persons.map((p) => p.name)).toEqual(["Lindqvist"]);
  });

  it("puts everyone who received a guest ('received by A, the foreign minister, B, and by C') in one meeting with the guest", () => {
    const r = read(
      "Chilean Foreign Minister Tomas Herrera was received by Peruvian Vice President Ana Quispe, Peruvian Foreign Minister Carlos Huaman, and by Peruvian Trade Minister Elena Rojas.",
      { publishedAt: "2024-03-21" },
    );
    expect(r.events).toContain("Meeting: Ana Quispe + Carlos Huaman + Elena Rojas + Tomas Herrera");
  });

  it("reads a city that is also a given name before a surname as the person ('Santiago Benitez'), and alone as the city", () => {
    const r = read("Chilean Foreign Minister Rodrigo Valverde met Santiago Benitez in Santiago on Monday.", {
      publishedAt: "2024-06-11",
    });
    expect(r.persons.map((p) => p.name)).toContain("Santiago Benitez");
    expect(r.events).toContain("Meeting: Rodrigo Valverde + Santiago Benitez");
    expect(r.countries).toEqual(["CL"]);
  });
});

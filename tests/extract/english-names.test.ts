// How English names are delimited when they hold ordinary words, abbreviations or a generation: each rule on a
// sentence of its own, with invented people.
import { describe, expect, it } from "vitest";
import { read } from "./english-reader.ts";

const names = (text: string) => read(text).persons.map((p) => p.name);

describe("extract/en: name shapes", () => {
  it("keeps a name of two ordinary words whole after a title, and the call it makes", () => {
    const r = read(
      "Foreign Minister Orsat Ozdal held a telephone conversation with Australian Foreign Minister Rose Young on Monday.",
    );
    expect(r.persons.map((p) => [p.name, p.country])).toEqual([
      ["Orsat Ozdal", null],
      ["Rose Young", "AU"],
    ]);
    expect(r.events).toEqual(["Meeting: Orsat Ozdal + Rose Young"]);
  });

  it("does not take three ordinary words in a row after a title for a name", () => {
    expect(names("The talks with the Foreign Minister Will Soon Follow were cut short.")).not.toContain(
      "Will Soon Follow",
    );
  });

  it.each([
    [
      "Ma.",
      "The minister received Secretary of Foreign Affairs Ma. Teresita Alcaraz in Jakarta.",
      "Ma. Teresita Alcaraz",
    ],
    ["Md.", "Foreign Minister Md. Tarek Hossain met the envoy in Dhaka on Monday.", "Md. Tarek Hossain"],
  ])(
    "reads an abbreviated first name (%s) as part of the name, not as a sentence's end",
    (_what, text, name) => {
      const r = read(text);
      expect(r.persons.map((p) => p.name)).toContain(name);
      expect(r.persons.find((p) => p.name === name)?.titles.length).toBe(1);
    },
  );

  it("reads a one-name official, once titled, alone later on (the subject of the call, not the name before it)", () => {
    const r = read(
      "Foreign Minister Sugiarto received Philippine Foreign Secretary Teresita Alcaraz in Jakarta on Tuesday.\n\n" +
        "On Monday, a few hours before Alcaraz's arrival, Sugiarto held a telephone conversation with Australian Foreign Minister Rose Young.",
    );
    expect(r.persons.map((p) => p.name)).toEqual(["Sugiarto", "Teresita Alcaraz", "Rose Young"]);
    expect(r.events).toContain("Meeting: Rose Young + Sugiarto");
    expect(r.events).not.toContain("Meeting: Rose Young + Teresita Alcaraz");
  });

  it("gives 'the visiting secretary' to the one who visits", () => {
    const r = read(
      "Foreign Minister Sugiarto received Philippine Foreign Secretary Teresita Alcaraz in Jakarta on Tuesday.\n\n" +
        "Later in the afternoon, the visiting secretary was received by President Budi Sutarjo at the palace.",
    );
    expect(r.events).toContain("Meeting: Budi Sutarjo + Teresita Alcaraz");
  });

  it("keeps a king apart from a prince whose father's name is the king's name", () => {
    const r = read(
      "Defence Minister Prince Tamer bin Nayef met Iranian President Orsat Ozdal in Tehran. He delivered a message from King Nayef to the president.",
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual(["Nayef", "Orsat Ozdal", "Tamer bin Nayef"]);
  });

  it("reads a seat of government before 'said' as the place it is, not as a person", () => {
    const r = read(
      "President Orsat Ozdal held a phone call with his Brazilian counterpart, Marko Reyes, La Moneda said in a statement.",
    );
    expect(r.persons.map((p) => p.name)).toEqual(["Orsat Ozdal", "Marko Reyes"]);
  });

  it.each([
    [
      "a short form in brackets after the country",
      "Prime Minister Orsat Ozdal held talks with Prime Minister of the Republic of Korea (RoK) Park Hyun-tae in Hanoi.",
      ["Orsat Ozdal", "Park Hyun-tae"],
    ],
    [
      "a family name that is also a function word, after a long title",
      "The guest was received by General Secretary of the Communist Party of Vietnam To Minh at the headquarters.",
      ["To Minh"],
    ],
  ])("reads the name after a title with %s", (_what, text, names) => {
    expect(read(text).persons.map((p) => p.name)).toEqual(names);
  });

  it.each(["Park", "Moon", "Song"])(
    "reads a family name written first (%s Dal-won) alone later on, though it is also a common word",
    (family) => {
      const r = read(
        `Visiting Korean Prime Minister ${family} Dal-won arrived in Hanoi on Monday.\n\n` +
          `${family} met President Luong Van Tran at the palace.`,
      );
      expect(r.persons.map((p) => p.name)).toEqual([`${family} Dal-won`, "Luong Van Tran"]);
      expect(r.events).toContain(`Meeting: Luong Van Tran + ${family} Dal-won`);
    },
  );

  it("keeps a family name written first apart when two people share it", () => {
    const r = read(
      "Prime Minister Park Dal-won and Trade Minister Park Dong-ho arrived in Hanoi on Monday.\n\n" +
        "Park met President Luong Van Tran at the palace.",
    );
    expect(r.events.filter((e) => e.startsWith("Meeting"))).toEqual([]);
  });

  it("reads a bare surname shared by a leader and his wife as the one named more often, whoever came last", () => {
    const r = read(
      "President Orsat Ozdal held talks with his Egyptian counterpart Karim el-Nasri in Cairo. Ozdal was " +
        "welcomed by el-Nasri at the palace. Selin Ozdal, " +
        "who accompanied her husband, was hosted by Leila el-Nasri, the wife of the Egyptian president.\n\n" +
        "El-Nasri paid an official visit to Ankara in September.",
    );
    expect(r.persons.map((p) => p.name)).toEqual([
      "Orsat Ozdal",
      "Karim el-Nasri",
      "Selin Ozdal",
      "Leila el-Nasri",
    ]);
    expect(r.events).toContain("Visit: Karim el-Nasri > TR");
    expect(r.events).not.toContain("Visit: Leila el-Nasri > TR");
  });

  it("names a man called 'Jr.' by his surname alone, and a meeting by the two surnames", () => {
    const r = read(
      "President Dimas Sutanto received the envoy. He sent his greetings to President Marko Reyes Jr. of the Philippines.\n\n" +
        "Sutanto and Reyes last held talks on the sidelines of the summit in Kuala Lumpur in October.",
    );
    expect(r.persons.map((p) => p.name)).toEqual(["Dimas Sutanto", "Marko Reyes Jr."]);
    expect(r.events).toContain("Meeting: Dimas Sutanto + Marko Reyes Jr.");
  });
});

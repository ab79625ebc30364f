// General English sentence shapes met in the held-out articles, tried on sentences of their own (other people, outlets
// and places), so that each rule is shown to be about the shape and not about one article.
import { describe, expect, it } from "vitest";
import { toContract } from "../../src/extract/contract.ts";
import { extractArticle } from "../../src/extract/index.ts";
import { read } from "./english-reader.ts";

describe("extract/en: general shapes", () => {
  it("reads 'delegations headed by X and Y' as their talks, not as a journey", () => {
    const r = read(
      "MUSCAT, March 3 (ONA) -- Talks were held on Monday between the Omani and Iranian delegations headed by Omani Foreign Minister Badr Albadrani and Iranian Foreign Minister Abbas Ghorbanchi.",
      { publishedAt: "2025-03-03", sourceCountry: "OM" },
    );
    expect(r.events).toContain("Meeting: Abbas Ghorbanchi + Badr Albadrani");
    expect(r.events.filter((e) => e.startsWith("Visit: Badr"))).toEqual([]);
  });

  it("takes a first name alone after a title ('PM Anwar') for the one full name it opens", () => {
    const r = read(
      "KUALA LUMPUR: Prime Minister Anwar Hashim received Indonesian President Budi Sutarjo on Monday. PM Anwar said the two countries would expand trade.",
      { publishedAt: "2025-01-28", sourceCountry: "MY" },
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual(["Anwar Hashim", "Budi Sutarjo"]);
  });

  it("keeps separate sideline meetings apart and puts them in the summit's country", () => {
    const r = read(
      "RIO DE JANEIRO: President Cyril Mokoena met separately on Monday with Indian Prime Minister Narendra Raghavan and Turkish President Recep Kemal Ozdal on the sidelines of the G20 summit in Brazil. During the meeting with Raghavan, they discussed trade.",
      { publishedAt: "2024-11-19", sourceCountry: "ZA" },
    );
    expect(r.events).toContain("Meeting: Cyril Mokoena + Narendra Raghavan");
    expect(r.events).toContain("Meeting: Cyril Mokoena + Recep Kemal Ozdal");
    expect(r.events.some((e) => e.includes("Raghavan + Recep Kemal Ozdal"))).toBe(false);
  });

  it("gives an official of an international body no country (lowercase title after the name)", () => {
    const r = read(
      "ADEN — Foreign Minister Shaya al-Hakimi on Sunday met with Hans Lindqvist, the UN special envoy for Yemen, in Aden.",
      { publishedAt: "2025-02-02", sourceCountry: "YE" },
    );
    const envoy = r.persons.find((p) => p.name === "Hans Lindqvist");
    expect(envoy?.country).toBeNull();
    expect(envoy?.titles.join(" ")).toMatch(/envoy/);
    expect(r.events).toContain("Meeting: Hans Lindqvist + Shaya al-Hakimi");
  });

  it("reads 'Deputy Prime Minister' as a minister's post when a role mention is resolved", () => {
    const r = read(
      "ANKARA, May 5 (AA) - Turkish Foreign Minister Selim Ozkaya met Deputy Prime Minister and Foreign Minister of Jordan Ayman Haddadin in Ankara. Prime Minister Omar Khasawneh of Jordan sent a letter. The Jordanian foreign minister arrived in Ankara on Sunday.",
      { publishedAt: "2025-05-05", sourceCountry: "TR" },
    );
    expect(r.events).toContain("Visit: Ayman Haddadin > TR");
    expect(r.events.some((e) => e.startsWith("Visit: Omar Khasawneh"))).toBe(false);
  });

  it("sends an arrival with no place, and 'the country', to the dateline", () => {
    const r = read(
      "DOHA: Emir Sheikh Nayef bin Saleh Al Mansour received Lebanese Prime Minister Nawaf Haidar yesterday. Haidar arrived in the country on Monday.",
      { publishedAt: "2025-03-12", sourceCountry: "QA" },
    );
    expect(r.events).toContain("Visit: Nawaf Haidar > QA");
  });

  it("reads hyphenated peoples as their countries and 'X, a member of the Political Bureau of …' as a title", () => {
    const r = read(
      "BEIJING, June 3 (Xinhua) -- Li Zhao, a member of the Standing Committee of the Political Bureau of the Communist Party of China Central Committee, met with visiting Pakistani President Asif Ali Chandio. The two sides discussed the Indian-Pakistani border.",
      { publishedAt: "2025-06-03", sourceCountry: "CN" },
    );
    expect(r.countries).toEqual(expect.arrayContaining(["CN", "PK", "IN"]));
    const li = r.persons.find((p) => p.name === "Li Zhao");
    expect(li?.country).toBe("CN");
    expect(r.events).toContain("Meeting: Asif Ali Chandio + Li Zhao");
  });

  it("keeps an ordinary word that ends a three-word name, and takes a named summit for a venue", () => {
    const r = read(
      "ABU DHABI: President Sheikh Mohamed bin Nasser Al Rashed yesterday received Mohammed Saleem Bell, Pakistan's deputy prime minister and minister of foreign affairs. Separately, Sheikh Abdullah bin Nasser Al Rashed met Jordan's minister of foreign affairs, Ayman Haddadin, on the sidelines of the World Government Summit in Dubai.",
      { publishedAt: "2025-02-11", sourceCountry: "AE" },
    );
    const dar = r.persons.find((p) => p.name === "Mohammed Saleem Bell");
    expect(dar?.country).toBe("PK");
    expect(r.events).toContain("Meeting: Mohamed bin Nasser Al Rashed + Mohammed Saleem Bell");
    expect(r.events).toContain("Meeting: Abdullah bin Nasser Al Rashed + Ayman Haddadin");
  });

  it("gives 'the bloc's foreign policy chief' no country and reads 'He' opening a sentence as the one before", () => {
    const text =
      "BRUSSELS, March 17 (Reuters) - NATO Secretary General Mark Vermeulen met Ukrainian Foreign Minister Andrii Hordiyenko in Brussels on Monday. Hordiyenko also held talks with Kaja Tamm, the bloc's foreign policy chief. Vermeulen told reporters that allies would keep supporting Kyiv. He is due to travel to Washington next week to meet U.S. Secretary of State Marco Castellano.";
    const r = read(text, { publishedAt: "2025-03-17", sourceCountry: "GB" });
    expect(r.persons.find((p) => p.name === "Kaja Tamm")?.country).toBeNull();
    expect(r.persons.find((p) => p.name === "Mark Vermeulen")?.country).toBeNull();
    expect(r.events).toContain("Meeting: Andrii Hordiyenko + Kaja Tamm");
    const c = toContract(extractArticle(text, { language: "en", publishedAt: "2025-03-17" }));
    const castellano = c.entities.find((e) => e.name === "Marco Castellano")?.id;
    const vermeulen = c.entities.find((e) => e.name === "Mark Vermeulen")?.id;
    const planned = c.plannedEvents.find((e) => e.participants.includes(castellano ?? ""));
    expect(planned?.participants).toContain(vermeulen);
  });

  it("reads a courtesy call ('called on') as a meeting, but not 'called on X to stop'", () => {
    const r = read(
      "New Delhi: External Affairs Minister S Raghunathan on Tuesday held talks with his Japanese counterpart Takeshi Morikawa. Morikawa also called on Prime Minister Narendra Raghavan. Raghavan called on Russian President Vladimir Kalinov to end the war.",
      { publishedAt: "2025-03-11", sourceCountry: "IN" },
    );
    expect(r.events).toContain("Meeting: Narendra Raghavan + Takeshi Morikawa");
    expect(r.events.some((e) => e.includes("Vladimir Kalinov"))).toBe(false);
  });
});

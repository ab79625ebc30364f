// The English tagger through the whole extraction: sentence shapes of wire English in, people, roles and events out.
import { describe, expect, it } from "vitest";
import { toContract } from "../../src/extract/contract.ts";
import { extractArticle } from "../../src/extract/index.ts";
import { read, type Readable } from "./english-reader.ts";

const person = (r: Readable, n: string) => r.persons.find((p) => p.name === n);

describe("extract/en: people by their titles", () => {
  it.each([
    [
      "Azerbaijani President Ilham Alakbarov received the delegation.",
      "Ilham Alakbarov",
      "AZ",
      "Azerbaijani President",
    ],
    [
      "Iran's Foreign Minister Abbas Ghorbanchi arrived in Cairo.",
      "Abbas Ghorbanchi",
      "IR",
      "Iran's Foreign Minister",
    ],
    ["Rear Admiral Ali Shamirani arrived in Baku.", "Ali Shamirani", null, "Rear Admiral"],
    ["Maj. Gen. Mohammad Kazemi met the commanders.", "Mohammad Kazemi", null, "Maj. Gen."],
    [
      "U.S. Secretary of State Antony Hollings flew to Doha.",
      "Antony Hollings",
      "US",
      "U.S. Secretary of State",
    ],
    [
      "Emir of Qatar Sheikh Nayef bin Saleh Al Mansour received the guests.",
      "Nayef bin Saleh Al Mansour",
      "QA",
      "Emir of Qatar Sheikh",
    ],
    [
      "Ramil Ulubekov, secretary of Azerbaijan's Security Council, welcomed the guest.",
      "Ramil Ulubekov",
      "AZ",
      "secretary of Azerbaijan's Security Council",
    ],
    [
      "Hamidreza Tavana, Iran's ambassador to Qatar, told IRNA the visit went well.",
      "Hamidreza Tavana",
      "IR",
      "Iran's ambassador to Qatar",
    ],
    [
      "Hollings then flew to Doha, where he met the Emir of Qatar, Sheikh Nayef bin Saleh Al Mansour.",
      "Nayef bin Saleh Al Mansour",
      "QA",
      "Emir of Qatar",
    ],
    [
      "Iran's Supreme Leader Ayatollah Ali Mousavian has approved the format.",
      "Ali Mousavian",
      "IR",
      "Iran's Supreme Leader Ayatollah",
    ],
    [
      "Egyptian President Abdel Fattah el-Nahhas spoke first.",
      "Abdel Fattah el-Nahhas",
      "EG",
      "Egyptian President",
    ],
  ])("%s", (text, name, country, title) => {
    const r = read(text);
    const p = person(r, name);
    expect(p, JSON.stringify(r.persons)).toBeDefined();
    expect(p?.country).toBe(country);
    expect(p?.titles).toContain(title);
    expect(r.persons).toHaveLength(1);
  });

  it.each([
    [
      "Orsat Ozdal met Dastan Faezi in Baku on Monday.",
      ["Dastan Faezi", "Orsat Ozdal"],
      ["Meeting: Dastan Faezi + Orsat Ozdal"],
    ],
    ["Later, Orsat Ozdal arrived in Baku.", ["Orsat Ozdal"], ["Visit: Orsat Ozdal > AZ"]],
    ["The Foreign Ministry met the envoys.", [], []],
    ["Saudi Arabia received the envoys.", [], []],
  ])(
    "reads two capitalised words no list knows, opening a clause before 'met' or 'arrived', as a person: %s",
    (text, names, events) => {
      const r = read(text, { publishedAt: "2024-05-06" });
      expect(r.persons.map((p) => p.name).sort()).toEqual(names);
      expect(r.events).toEqual(events);
    },
  );

  it.each([
    [
      "The talks were attended by deputy prime ministers Dastan Melkonyan, Keshin Nourollahi and Orvath Morikawa.",
      ["Dastan Melkonyan", "Keshin Nourollahi", "Orvath Morikawa"],
    ],
    [
      "The delegation includes presidential aides Ilvar Nasibov and Kaslo Farzanegan.",
      ["Ilvar Nasibov", "Kaslo Farzanegan"],
    ],
    ["Deputy Prime Minister Dastan Melkonyan met the envoy.", ["Dastan Melkonyan"]],
  ])("reads every name a plural title announces, whatever the lists know of them: %s", (text, names) => {
    expect(read(text).persons.map((p) => p.name)).toEqual(names);
  });

  it("reads 'Azerbaijan's Alakbarov' as a person of Azerbaijan", () => {
    const r = read("Iran security chief meets Azerbaijan's Alakbarov in Baku.");
    expect(person(r, "Alakbarov")?.country).toBe("AZ");
  });

  it.each([
    ["On Monday, Trend reports, the Foreign Ministry said talks would resume."],
    ["The talks took place at Hamad International Airport near Doha."],
    [
      "A meeting was held at the George P. Sheldon National Foreign Affairs Training Center in Arlington, Virginia.",
    ],
    ["Meanwhile, Iranian officials said the Supreme National Security Council (SNSC) met."],
    ["President of the Russian Academy of Sciences spoke."],
    ["Leader of the Islamic Revolution spoke of unity."],
    ["Iran, Saudi Foreign Ministers Meet In Riyadh To Discuss Regional Crisis"],
  ])("finds no person in %s", (text) => {
    expect(read(text, { publishedAt: "2024-01-01" }).persons).toEqual([]);
  });
});

describe("extract/en: one person per name, role and surname", () => {
  it("merges a bare surname and a hyphen part with the full name", () => {
    const r = read(
      "Iranian Foreign Minister Hamid Amir-Abdolkarimian met his guest. Abdolkarimian said relations were good. Amir-Abdolkarimian left.",
    );
    expect(r.persons.map((p) => p.name)).toEqual(["Hamid Amir-Abdolkarimian"]);
  });

  it("merges 'Sheikh Saud' with 'Sheikh Saud bin Nasser Al Rashed' but keeps another bin Nasser apart", () => {
    const r = read(
      "Sheikh Saud bin Nasser Al Rashed held talks in Tehran. He conveyed the greetings of Sheikh Mohamed bin Nasser Al Rashed. Sheikh Saud later left.",
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual([
      "Mohamed bin Nasser Al Rashed",
      "Saud bin Nasser Al Rashed",
    ]);
  });

  it("keeps two people who share a surname apart", () => {
    const r = read(
      "Azerbaijani President Ilham Alakbarov met the envoy. He recalled that the president's late father, Heydar Alakbarov, had ruled the country.",
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual(["Heydar Alakbarov", "Ilham Alakbarov"]);
  });

  it("resolves an acronym defined in the text: 'the SNSC chief' is the council's secretary", () => {
    const r = read(
      "Ali Shamirani, secretary of Iran's Supreme National Security Council (SNSC), arrived in Baku. The SNSC chief held talks with Azerbaijani President Ilham Alakbarov.",
    );
    expect(r.events).toContain("Meeting: Ali Shamirani + Ilham Alakbarov");
  });

  it.each([
    [
      "Azerbaijani President Ilham Alakbarov spoke. Iranian Foreign Minister Abbas Ghorbanchi arrived in Baku. The Azeri president received the Iranian foreign minister.",
      "Meeting: Abbas Ghorbanchi + Ilham Alakbarov",
    ],
    [
      "Iran's Foreign Minister Abbas Ghorbanchi arrived in Cairo on Monday. The top diplomat held talks with Egyptian President Abdel Fattah el-Nahhas.",
      "Meeting: Abbas Ghorbanchi + Abdel Fattah el-Nahhas",
    ],
    [
      "Azerbaijani President Ilham Alakbarov spoke. Ali Shamirani, secretary of Iran's Supreme National Security Council, arrived in Baku. The head of state received Shamirani.",
      "Meeting: Ali Shamirani + Ilham Alakbarov",
    ],
  ])("resolves role mentions: %s", (text, event) => {
    expect(read(text).events).toContain(event);
  });
});

describe("extract/en: counterparts", () => {
  it("reads 'his Egyptian counterpart X' as a counterpart of the one who acts, of Egypt", () => {
    const r = read(
      "Iran's Foreign Minister Abbas Ghorbanchi held talks with his Egyptian counterpart Badr Abdelrazek in Cairo.",
    );
    expect(r.counterparts).toEqual(["Abbas Ghorbanchi ~ Badr Abdelrazek"]);
    expect(person(r, "Badr Abdelrazek")?.country).toBe("EG");
    expect(r.events).toContain("Meeting: Abbas Ghorbanchi + Badr Abdelrazek");
  });

  it("resolves an unnamed counterpart to the one holding the same post", () => {
    const r = read(
      "Azerbaijan's Foreign Minister Jeyhun Baylarov met Iranian Foreign Minister Hamid Amir-Abdolkarimian and President Ebrahim Faezi in Tehran. Baylarov thanked his Iranian counterpart for the invitation.",
    );
    expect(r.counterparts).toEqual(["Hamid Amir-Abdolkarimian ~ Jeyhun Baylarov"]);
  });
});

describe("extract/en: meetings, calls and visits", () => {
  const pub = { publishedAt: "2022-07-15" };
  it.each([
    [
      "Azerbaijani President Ilham Alakbarov received Iranian Foreign Minister Abbas Ghorbanchi.",
      ["Meeting: Abbas Ghorbanchi + Ilham Alakbarov"],
    ],
    [
      "Iranian Foreign Minister Abbas Ghorbanchi met with Omani Foreign Minister Badr Albadrani.",
      ["Meeting: Abbas Ghorbanchi + Badr Albadrani"],
    ],
    [
      "Iranian Foreign Minister Abbas Ghorbanchi was received by Egyptian President Abdel Fattah el-Nahhas.",
      ["Meeting: Abbas Ghorbanchi + Abdel Fattah el-Nahhas"],
    ],
    [
      "A meeting was held between Armenian Prime Minister Karen Melkonyan and Azerbaijani President Ilham Alakbarov.",
      ["Meeting: Ilham Alakbarov + Karen Melkonyan"],
    ],
    [
      "Russian President Vladimir Kalinov and Chinese President Zhao Wenhao met on Thursday.",
      ["Meeting: Vladimir Kalinov + Zhao Wenhao"],
    ],
    [
      "Turkish President Kemal Ozdal hosted Emirati President Sheikh Mohamed bin Nasser.",
      ["Meeting: Kemal Ozdal + Mohamed bin Nasser"],
    ],
    [
      "Russian President Vladimir Kalinov met Armenian Prime Minister Karen Melkonyan and Azerbaijani President Ilham Alakbarov.",
      ["Meeting: Karen Melkonyan + Vladimir Kalinov", "Meeting: Ilham Alakbarov + Vladimir Kalinov"],
    ],
    [
      "Crown Prince Mohammed bin Mishal received a phone call from Iranian President Masoud Parvanian.",
      ["Meeting: Masoud Parvanian + Mohammed bin Mishal"],
    ],
    [
      "Iranian Foreign Minister Hamid Amir-Abdolkarimian spoke by phone with his Turkish counterpart Mevlut Yurdakul.",
      ["Meeting: Hamid Amir-Abdolkarimian + Mevlut Yurdakul"],
    ],
    [
      "Iranian Foreign Minister Hamid Amir-Abdolkarimian and his Turkish counterpart Mevlut Yurdakul held a telephone conversation.",
      ["Meeting: Hamid Amir-Abdolkarimian + Mevlut Yurdakul"],
    ],
    [
      "Iran's Foreign Minister Abbas Ghorbanchi arrived in Cairo on Monday.",
      ["Visit: Abbas Ghorbanchi > EG"],
    ],
    [
      "Turkish President Recep Kemal Ozdal traveled Monday to Azerbaijan's Nakhchivan exclave.",
      ["Visit: Recep Kemal Ozdal > AZ"],
    ],
    [
      "Iran's President Ebrahim Faeezi arrived in the Qatari capital, Doha, on an official visit at the invitation of Emir Sheikh Nayef bin Saleh Al Mansour.",
      ["Visit: Ebrahim Faeezi + Nayef bin Saleh Al Mansour > QA"],
    ],
    [
      "TEHRAN – Iran's Foreign Minister Abbas Ghorbanchi arrived in Cairo for a two-day visit to Egypt.",
      ["Visit: Abbas Ghorbanchi > EG"],
    ],
    [
      "Iranian Foreign Minister Abbas Ghorbanchi held talks with Omani Foreign Minister Badr Albadrani in Muscat.",
      ["Meeting: Abbas Ghorbanchi + Badr Albadrani", "Visit: Abbas Ghorbanchi > OM"],
    ],
    [
      "Armenian Prime Minister Karen Melkonyan met Iranian President Ebrahim Faezi. The two leaders held talks on trade.",
      ["Meeting: Ebrahim Faezi + Karen Melkonyan"],
    ],
    ["Iranian President Ebrahim Faezi did not meet Afghan President Ashraf Nazari.", []],
    ["Shamirani's visit was praised. The visit reflected the ties between Iran and Azerbaijan.", []],
    ["Russian President Vladimir Kalinov is in Tehran for a summit.", ["Visit: Vladimir Kalinov > IR"]],
    ["Iranian President Ebrahim Faezi is in Tehran.", []],
  ])("%s", (text, events) => {
    expect(read(text, pub).events).toEqual(events);
  });

  it.each([
    [
      "The Iranian foreign minister Abbas Ghorbanchi is set to meet Egyptian Prime Minister Mostafa Shalaby on Tuesday.",
      "Meeting: Abbas Ghorbanchi + Mostafa Shalaby",
    ],
    [
      "Saudi Foreign Minister Prince Hazza bin Turki is expected to travel to Tehran in the coming weeks.",
      "Visit: Hazza bin Turki > IR",
    ],
    ["Turkish President Kemal Ozdal will visit Saudi Arabia next week.", "Visit: Kemal Ozdal > SA"],
    ["Azerbaijani President Ilham Alakbarov said he hoped to visit Tehran.", "Visit: Ilham Alakbarov > IR"],
  ])("keeps announced events apart: %s", (text, planned) => {
    const r = read(text, pub);
    expect(r.planned).toContain(planned);
    expect(r.events).toEqual([]);
  });

  it.each([
    [
      "Iranian President Ebrahim Faezi met Armenian Prime Minister Karen Melkonyan on Thursday.",
      "2022-07-14",
    ],
    ["Iranian President Ebrahim Faezi met Armenian Prime Minister Karen Melkonyan on July 3.", "2022-07-03"],
    [
      "Iranian President Ebrahim Faezi met Armenian Prime Minister Karen Melkonyan on 16 June 2021.",
      "2021-06-16",
    ],
    [
      "Iranian President Ebrahim Faezi met Armenian Prime Minister Karen Melkonyan earlier this month.",
      "2022-07-01",
    ],
    [
      "BAKU, July 15 (Reuters) - Iranian President Ebrahim Faezi met Armenian Prime Minister Karen Melkonyan.",
      "2022-07-15",
    ],
  ])("dates %s", (text, date) => {
    const r = read(text, pub);
    expect(Object.values(r.dates)).toEqual([date]);
  });

  it("reads a planned 'on Tuesday' forward from the published date", () => {
    const c = toContract(
      extractArticle(
        "Iranian Foreign Minister Abbas Ghorbanchi is set to meet Egyptian Prime Minister Mostafa Shalaby on Tuesday.",
        {
          language: "en",
          publishedAt: "2025-06-02",
        },
      ),
    );
    expect(c.plannedEvents.map((e) => e.date)).toEqual(["2025-06-03"]);
  });

  it.each([
    [
      "Chinese Foreign Minister Wang Haolin told his Iranian counterpart Hamid Amir-Abdolkarimian in a phone call on Saturday that talks must go on.",
      ["Meeting: Hamid Amir-Abdolkarimian + Wang Haolin"],
    ],
    [
      "Saudi Crown Prince Mohammed bin Mishal and Ozdal discussed relations in a phone call on Monday.",
      ["Meeting: Mohammed bin Mishal + Ozdal"],
    ],
    [
      "Saudi Crown Prince Mohammed bin Mishal received Syrian President Bashar Haddad. The meeting was attended by Foreign Minister Prince Hazza bin Turki.",
      ["Meeting: Bashar Haddad + Mohammed bin Mishal"],
    ],
    [
      "Iraqi Prime Minister Mohammed Jassim al-Masri arrived in Tehran at the head of a delegation and was welcomed by Iranian President Ebrahim Faezi.",
      ["Visit: Mohammed Jassim al-Masri > IR", "Meeting: Ebrahim Faezi + Mohammed Jassim al-Masri"],
    ],
  ])("%s", (text, events) => {
    expect(read(text, pub).events).toEqual(events);
  });

  it.each([
    [
      "Iranian Foreign Minister Abbas Ghorbanchi and his Russian counterpart, Sergey Lazutkin, met and held talks in Tianjin.",
      "Sergey Lazutkin",
      "RU",
      "Meeting: Abbas Ghorbanchi + Sergey Lazutkin",
    ],
    [
      "Iranian Foreign Minister Abbas Ghorbanchi held a meeting with President Zhao Wenhao of China.",
      "Zhao Wenhao",
      "CN",
      "Meeting: Abbas Ghorbanchi + Zhao Wenhao",
    ],
    [
      "The meeting of Recep Kemal Ozdal and Sheikh Nayef bin Saleh Al Mansour lasted three hours.",
      "Recep Kemal Ozdal",
      null,
      "Meeting: Nayef bin Saleh Al Mansour + Recep Kemal Ozdal",
    ],
    [
      "The ruler of Qatar, Nayef bin Saleh Al Mansour, was in Doha. Al Mansour has held phone calls with Armenian President Armen Tevanyan.",
      "Nayef bin Saleh Al Mansour",
      "QA",
      "Meeting: Armen Tevanyan + Nayef bin Saleh Al Mansour",
    ],
  ])("%s", (text, name, country, event) => {
    const r = read(text, pub);
    expect(person(r, name)?.country).toBe(country);
    expect(r.events).toContain(event);
  });

  it("gives each name of a plural title its country in order", () => {
    const r = read(
      "Russian President Vladimir Kalinov arrived in Tehran for talks with his Iranian and Turkish counterparts, Ebrahim Faezi and Recep Kemal Ozdal.",
      pub,
    );
    expect(person(r, "Ebrahim Faezi")?.country).toBe("IR");
    expect(person(r, "Recep Kemal Ozdal")?.country).toBe("TR");
    expect(r.counterparts.sort()).toEqual([
      "Ebrahim Faezi ~ Vladimir Kalinov",
      "Recep Kemal Ozdal ~ Vladimir Kalinov",
    ]);
    const list = read(
      "Foreign ministers of Azerbaijan and Armenia, Jeyhun Baylarov and Ararat Voskanyan, began talks in the United States.",
      pub,
    );
    expect(list.persons.map((p) => [p.name, p.country])).toEqual([
      ["Jeyhun Baylarov", "AZ"],
      ["Ararat Voskanyan", "AM"],
    ]);
    expect(list.events).toContain("Meeting: Ararat Voskanyan + Jeyhun Baylarov");
  });

  it("takes a place opening the sentence for the meeting's place", () => {
    const r = read(
      "British Foreign Secretary David Ashworth visited Oman. In Amman, he held talks with King Nayef II.",
      pub,
    );
    expect(r.events).toContain("Meeting: David Ashworth + Nayef II");
    expect(r.events).toContain("Visit: David Ashworth > JO");
  });

  it("does not take the dateline city for the place of a visit or a country of its own", () => {
    const r = read("TEHRAN – Iran's Foreign Minister Abbas Ghorbanchi arrived in Cairo on Monday.", pub);
    expect(r.events).toEqual(["Visit: Abbas Ghorbanchi > EG"]);
  });
});

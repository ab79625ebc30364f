// The English tagger through the whole extraction: sentence shapes of wire English in, people, roles and events out.
import { describe, expect, it } from "vitest";
import { toContract } from "../../src/extract/contract.ts";
import { extractArticle } from "../../src/extract/index.ts";
import { read, type Readable } from "./english-reader.ts";

const person = (r: Readable, n: string) => r.persons.find((p) => p.name === n);

describe("extract/en: people by their titles", () => {
  it.each([
    [
      "Azerbaijani President Ilham Aliyev received the delegation.",
      "Ilham Aliyev",
      "AZ",
      "Azerbaijani President",
    ],
    [
      "Iran's Foreign Minister Abbas Araghchi arrived in Cairo.",
      "Abbas Araghchi",
      "IR",
      "Iran's Foreign Minister",
    ],
    ["Rear Admiral Ali Shamkhani arrived in Baku.", "Ali Shamkhani", null, "Rear Admiral"],
    ["Maj. Gen. Mohammad Bagheri met the commanders.", "Mohammad Bagheri", null, "Maj. Gen."],
    [
      "U.S. Secretary of State Antony Blinken flew to Doha.",
      "Antony Blinken",
      "US",
      "U.S. Secretary of State",
    ],
    [
      "Emir of Qatar Sheikh Tamim bin Hamad Al Thani received the guests.",
      "Tamim bin Hamad Al Thani",
      "QA",
      "Emir of Qatar Sheikh",
    ],
    [
      "Ramil Usubov, secretary of Azerbaijan's Security Council, welcomed the guest.",
      "Ramil Usubov",
      "AZ",
      "secretary of Azerbaijan's Security Council",
    ],
    [
      "Hamidreza Dehghani, Iran's ambassador to Qatar, told IRNA the visit went well.",
      "Hamidreza Dehghani",
      "IR",
      "Iran's ambassador to Qatar",
    ],
    [
      "Blinken then flew to Doha, where he met the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani.",
      "Tamim bin Hamad Al Thani",
      "QA",
      "Emir of Qatar",
    ],
    [
      "Iran's Supreme Leader Ayatollah Ali Khamenei has approved the format.",
      "Ali Khamenei",
      "IR",
      "Iran's Supreme Leader Ayatollah",
    ],
    [
      "Egyptian President Abdel Fattah el-Sisi spoke first.",
      "Abdel Fattah el-Sisi",
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

  it("reads 'Azerbaijan's Aliyev' as a person of Azerbaijan", () => {
    const r = read("Iran security chief meets Azerbaijan's Aliyev in Baku.");
    expect(person(r, "Aliyev")?.country).toBe("AZ");
  });

  it.each([
    ["On Monday, Trend reports, the Foreign Ministry said talks would resume."],
    ["The talks took place at Hamad International Airport near Doha."],
    [
      "A meeting was held at the George P. Shultz National Foreign Affairs Training Center in Arlington, Virginia.",
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
      "Iranian Foreign Minister Hossein Amir-Abdollahian met his guest. Abdollahian said relations were good. Amir-Abdollahian left.",
    );
    expect(r.persons.map((p) => p.name)).toEqual(["Hossein Amir-Abdollahian"]);
  });

  it("merges 'Sheikh Tahnoun' with 'Sheikh Tahnoun bin Zayed Al Nahyan' but keeps another bin Zayed apart", () => {
    const r = read(
      "Sheikh Tahnoun bin Zayed Al Nahyan held talks in Tehran. He conveyed the greetings of Sheikh Mohamed bin Zayed Al Nahyan. Sheikh Tahnoun later left.",
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual([
      "Mohamed bin Zayed Al Nahyan",
      "Tahnoun bin Zayed Al Nahyan",
    ]);
  });

  it("keeps two people who share a surname apart", () => {
    const r = read(
      "Azerbaijani President Ilham Aliyev met the envoy. He recalled that the president's late father, Heydar Aliyev, had ruled the country.",
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual(["Heydar Aliyev", "Ilham Aliyev"]);
  });

  it("resolves an acronym defined in the text: 'the SNSC chief' is the council's secretary", () => {
    const r = read(
      "Ali Shamkhani, secretary of Iran's Supreme National Security Council (SNSC), arrived in Baku. The SNSC chief held talks with Azerbaijani President Ilham Aliyev.",
    );
    expect(r.events).toContain("Meeting: Ali Shamkhani + Ilham Aliyev");
  });

  it.each([
    [
      "Azerbaijani President Ilham Aliyev spoke. Iranian Foreign Minister Abbas Araghchi arrived in Baku. The Azeri president received the Iranian foreign minister.",
      "Meeting: Abbas Araghchi + Ilham Aliyev",
    ],
    [
      "Iran's Foreign Minister Abbas Araghchi arrived in Cairo on Monday. The top diplomat held talks with Egyptian President Abdel Fattah el-Sisi.",
      "Meeting: Abbas Araghchi + Abdel Fattah el-Sisi",
    ],
    [
      "Azerbaijani President Ilham Aliyev spoke. Ali Shamkhani, secretary of Iran's Supreme National Security Council, arrived in Baku. The head of state received Shamkhani.",
      "Meeting: Ali Shamkhani + Ilham Aliyev",
    ],
  ])("resolves role mentions: %s", (text, event) => {
    expect(read(text).events).toContain(event);
  });
});

describe("extract/en: counterparts", () => {
  it("reads 'his Egyptian counterpart X' as a counterpart of the one who acts, of Egypt", () => {
    const r = read(
      "Iran's Foreign Minister Abbas Araghchi held talks with his Egyptian counterpart Badr Abdelatty in Cairo.",
    );
    expect(r.counterparts).toEqual(["Abbas Araghchi ~ Badr Abdelatty"]);
    expect(person(r, "Badr Abdelatty")?.country).toBe("EG");
    expect(r.events).toContain("Meeting: Abbas Araghchi + Badr Abdelatty");
  });

  it("resolves an unnamed counterpart to the one holding the same post", () => {
    const r = read(
      "Azerbaijan's Foreign Minister Jeyhun Bayramov met Iranian Foreign Minister Hossein Amir-Abdollahian and President Ebrahim Raisi in Tehran. Bayramov thanked his Iranian counterpart for the invitation.",
    );
    expect(r.counterparts).toEqual(["Hossein Amir-Abdollahian ~ Jeyhun Bayramov"]);
  });
});

describe("extract/en: meetings, calls and visits", () => {
  const pub = { publishedAt: "2022-07-15" };
  it.each([
    [
      "Azerbaijani President Ilham Aliyev received Iranian Foreign Minister Abbas Araghchi.",
      ["Meeting: Abbas Araghchi + Ilham Aliyev"],
    ],
    [
      "Iranian Foreign Minister Abbas Araghchi met with Omani Foreign Minister Badr Albusaidi.",
      ["Meeting: Abbas Araghchi + Badr Albusaidi"],
    ],
    [
      "Iranian Foreign Minister Abbas Araghchi was received by Egyptian President Abdel Fattah el-Sisi.",
      ["Meeting: Abbas Araghchi + Abdel Fattah el-Sisi"],
    ],
    [
      "A meeting was held between Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev.",
      ["Meeting: Ilham Aliyev + Nikol Pashinyan"],
    ],
    [
      "Russian President Vladimir Putin and Chinese President Xi Jinping met on Thursday.",
      ["Meeting: Vladimir Putin + Xi Jinping"],
    ],
    [
      "Turkish President Tayyip Erdogan hosted Emirati President Sheikh Mohamed bin Zayed.",
      ["Meeting: Mohamed bin Zayed + Tayyip Erdogan"],
    ],
    [
      "Russian President Vladimir Putin met Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev.",
      ["Meeting: Nikol Pashinyan + Vladimir Putin", "Meeting: Ilham Aliyev + Vladimir Putin"],
    ],
    [
      "Crown Prince Mohammed bin Salman received a phone call from Iranian President Masoud Pezeshkian.",
      ["Meeting: Masoud Pezeshkian + Mohammed bin Salman"],
    ],
    [
      "Iranian Foreign Minister Hossein Amir-Abdollahian spoke by phone with his Turkish counterpart Mevlut Cavusoglu.",
      ["Meeting: Hossein Amir-Abdollahian + Mevlut Cavusoglu"],
    ],
    [
      "Iranian Foreign Minister Hossein Amir-Abdollahian and his Turkish counterpart Mevlut Cavusoglu held a telephone conversation.",
      ["Meeting: Hossein Amir-Abdollahian + Mevlut Cavusoglu"],
    ],
    ["Iran's Foreign Minister Abbas Araghchi arrived in Cairo on Monday.", ["Visit: Abbas Araghchi > EG"]],
    [
      "Turkish President Recep Tayyip Erdogan traveled Monday to Azerbaijan's Nakhchivan exclave.",
      ["Visit: Recep Tayyip Erdogan > AZ"],
    ],
    [
      "Iran's President Ebrahim Raeisi arrived in the Qatari capital, Doha, on an official visit at the invitation of Emir Sheikh Tamim bin Hamad Al Thani.",
      ["Visit: Ebrahim Raeisi + Tamim bin Hamad Al Thani > QA"],
    ],
    [
      "TEHRAN – Iran's Foreign Minister Abbas Araghchi arrived in Cairo for a two-day visit to Egypt.",
      ["Visit: Abbas Araghchi > EG"],
    ],
    [
      "Iranian Foreign Minister Abbas Araghchi held talks with Omani Foreign Minister Badr Albusaidi in Muscat.",
      ["Meeting: Abbas Araghchi + Badr Albusaidi", "Visit: Abbas Araghchi > OM"],
    ],
    [
      "Armenian Prime Minister Nikol Pashinyan met Iranian President Ebrahim Raisi. The two leaders held talks on trade.",
      ["Meeting: Ebrahim Raisi + Nikol Pashinyan"],
    ],
    ["Iranian President Ebrahim Raisi did not meet Afghan President Ashraf Ghani.", []],
    ["Shamkhani's visit was praised. The visit reflected the ties between Iran and Azerbaijan.", []],
    ["Russian President Vladimir Putin is in Tehran for a summit.", ["Visit: Vladimir Putin > IR"]],
    ["Iranian President Ebrahim Raisi is in Tehran.", []],
  ])("%s", (text, events) => {
    expect(read(text, pub).events).toEqual(events);
  });

  it.each([
    [
      "The Iranian foreign minister Abbas Araghchi is set to meet Egyptian Prime Minister Mostafa Madbouly on Tuesday.",
      "Meeting: Abbas Araghchi + Mostafa Madbouly",
    ],
    [
      "Saudi Foreign Minister Prince Faisal bin Farhan is expected to travel to Tehran in the coming weeks.",
      "Visit: Faisal bin Farhan > IR",
    ],
    ["Turkish President Tayyip Erdogan will visit Saudi Arabia next week.", "Visit: Tayyip Erdogan > SA"],
    ["Azerbaijani President Ilham Aliyev said he hoped to visit Tehran.", "Visit: Ilham Aliyev > IR"],
  ])("keeps announced events apart: %s", (text, planned) => {
    const r = read(text, pub);
    expect(r.planned).toContain(planned);
    expect(r.events).toEqual([]);
  });

  it.each([
    [
      "Iranian President Ebrahim Raisi met Armenian Prime Minister Nikol Pashinyan on Thursday.",
      "2022-07-14",
    ],
    ["Iranian President Ebrahim Raisi met Armenian Prime Minister Nikol Pashinyan on July 3.", "2022-07-03"],
    [
      "Iranian President Ebrahim Raisi met Armenian Prime Minister Nikol Pashinyan on 16 June 2021.",
      "2021-06-16",
    ],
    [
      "Iranian President Ebrahim Raisi met Armenian Prime Minister Nikol Pashinyan earlier this month.",
      "2022-07-01",
    ],
    [
      "BAKU, July 15 (Reuters) - Iranian President Ebrahim Raisi met Armenian Prime Minister Nikol Pashinyan.",
      "2022-07-15",
    ],
  ])("dates %s", (text, date) => {
    const r = read(text, pub);
    expect(Object.values(r.dates)).toEqual([date]);
  });

  it("reads a planned 'on Tuesday' forward from the published date", () => {
    const c = toContract(
      extractArticle(
        "Iranian Foreign Minister Abbas Araghchi is set to meet Egyptian Prime Minister Mostafa Madbouly on Tuesday.",
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
      "Chinese Foreign Minister Wang Yi told his Iranian counterpart Hossein Amir-Abdollahian in a phone call on Saturday that talks must go on.",
      ["Meeting: Hossein Amir-Abdollahian + Wang Yi"],
    ],
    [
      "Saudi Crown Prince Mohammed bin Salman and Erdogan discussed relations in a phone call on Monday.",
      ["Meeting: Erdogan + Mohammed bin Salman"],
    ],
    [
      "Saudi Crown Prince Mohammed bin Salman received Syrian President Bashar Assad. The meeting was attended by Foreign Minister Prince Faisal bin Farhan.",
      ["Meeting: Bashar Assad + Mohammed bin Salman"],
    ],
    [
      "Iraqi Prime Minister Mohammed Shia al-Sudani arrived in Tehran at the head of a delegation and was welcomed by Iranian President Ebrahim Raisi.",
      ["Visit: Mohammed Shia al-Sudani > IR", "Meeting: Ebrahim Raisi + Mohammed Shia al-Sudani"],
    ],
  ])("%s", (text, events) => {
    expect(read(text, pub).events).toEqual(events);
  });

  it.each([
    [
      "Iranian Foreign Minister Abbas Araghchi and his Russian counterpart, Sergey Lavrov, met and held talks in Tianjin.",
      "Sergey Lavrov",
      "RU",
      "Meeting: Abbas Araghchi + Sergey Lavrov",
    ],
    [
      "Iranian Foreign Minister Abbas Araghchi held a meeting with President Xi Jinping of China.",
      "Xi Jinping",
      "CN",
      "Meeting: Abbas Araghchi + Xi Jinping",
    ],
    [
      "The meeting of Recep Tayyip Erdogan and Sheikh Tamim bin Hamad Al Thani lasted three hours.",
      "Recep Tayyip Erdogan",
      null,
      "Meeting: Recep Tayyip Erdogan + Tamim bin Hamad Al Thani",
    ],
    [
      "The ruler of Qatar, Tamim bin Hamad Al Thani, was in Doha. Al Thani has held phone calls with Armenian President Armen Sarkissian.",
      "Tamim bin Hamad Al Thani",
      "QA",
      "Meeting: Armen Sarkissian + Tamim bin Hamad Al Thani",
    ],
  ])("%s", (text, name, country, event) => {
    const r = read(text, pub);
    expect(person(r, name)?.country).toBe(country);
    expect(r.events).toContain(event);
  });

  it("gives each name of a plural title its country in order", () => {
    const r = read(
      "Russian President Vladimir Putin arrived in Tehran for talks with his Iranian and Turkish counterparts, Ebrahim Raisi and Recep Tayyip Erdogan.",
      pub,
    );
    expect(person(r, "Ebrahim Raisi")?.country).toBe("IR");
    expect(person(r, "Recep Tayyip Erdogan")?.country).toBe("TR");
    expect(r.counterparts.sort()).toEqual([
      "Ebrahim Raisi ~ Vladimir Putin",
      "Recep Tayyip Erdogan ~ Vladimir Putin",
    ]);
    const list = read(
      "Foreign ministers of Azerbaijan and Armenia, Jeyhun Bayramov and Ararat Mirzoyan, began talks in the United States.",
      pub,
    );
    expect(list.persons.map((p) => [p.name, p.country])).toEqual([
      ["Jeyhun Bayramov", "AZ"],
      ["Ararat Mirzoyan", "AM"],
    ]);
    expect(list.events).toContain("Meeting: Ararat Mirzoyan + Jeyhun Bayramov");
  });

  it("takes a place opening the sentence for the meeting's place", () => {
    const r = read(
      "British Foreign Secretary David Cameron visited Oman. In Amman, he held talks with King Abdullah II.",
      pub,
    );
    expect(r.events).toContain("Meeting: Abdullah II + David Cameron");
    expect(r.events).toContain("Visit: David Cameron > JO");
  });

  it("does not take the dateline city for the place of a visit or a country of its own", () => {
    const r = read("TEHRAN – Iran's Foreign Minister Abbas Araghchi arrived in Cairo on Monday.", pub);
    expect(r.events).toEqual(["Visit: Abbas Araghchi > EG"]);
  });
});

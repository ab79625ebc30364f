// English wire shapes found in unseen copy: a visitor's companions in a sentence of their own, a participle of
// journey before the subject, Kenyan "CS", and "the two Heads of State". Invented people.
import { describe, expect, it } from "vitest";
import { toContract } from "../../src/extract/contract.ts";
import { extractArticle } from "../../src/extract/index.ts";
import { read } from "./english-reader.ts";

const meta = { publishedAt: "2026-02-17", sourceCountry: "KE" };
const ARRIVAL =
  "NAIROBI - President Daniel Mwangi yesterday hosted his Ghanaian counterpart Kwame Asante at State House. " +
  "Asante arrived in Nairobi on Monday evening on a three-day state visit.";

describe("English: who travelled", () => {
  it("'The visiting President is accompanied by A and B': both make the visit told before", () => {
    const { events } = read(
      `${ARRIVAL} The visiting President is accompanied by Foreign Minister Ama Owusu and Trade, Industry and Investment Minister Kofi Mensah.`,
      meta,
    );
    expect(events).toEqual(
      expect.arrayContaining([
        "Visit: Ama Owusu > KE",
        "Visit: Kofi Mensah > KE",
        "Visit: Kwame Asante > KE",
      ]),
    );
  });

  it.each([
    ["After arriving in Berlin, Fidel Osei met German Chancellor Max Vogel.", "Visit: Fidel Osei > DE"],
    [
      "Upon landing in Tokyo, Foreign Minister Ana Costa was greeted by Vice Minister Kenji Sato.",
      "Visit: Ana Costa > JP",
    ],
  ])("%s", (sentence, visit) => {
    expect(read(sentence, { publishedAt: "2026-02-17", sourceCountry: "GH" }).events).toContain(visit);
  });

  it("a participle that is no journey's leaves the subject alone ('After visiting the museum, …')", () => {
    const { events } = read(
      "After visiting the museum, the delegation met Foreign Minister Kenji Sato.",
      meta,
    );
    expect(events.filter((e) => e.startsWith("Visit"))).toEqual([]);
  });
});

describe("English: who met whom", () => {
  it("'Trade CS Lee Kamau': the Kenyan Cabinet Secretary's abbreviation is a title", () => {
    const { persons } = read(`${ARRIVAL} The talks were also attended by Trade CS Lee Kamau.`, meta);
    expect(persons.map((p) => p.name)).toContain("Lee Kamau");
  });

  it("'the two Heads of State' when no two named hold that title are the pair the article is about", () => {
    const { events } = read(
      `${ARRIVAL} He was received at the airport by Prime Cabinet Secretary Peter Otieno. The visiting President is accompanied by Foreign Minister Ama Owusu. After a one-on-one meeting, the two Heads of State presided over the signing of five agreements.`,
      meta,
    );
    const meetings = events.filter((e) => e.startsWith("Meeting"));
    expect(meetings).toContain("Meeting: Daniel Mwangi + Kwame Asante");
    expect(
      meetings.filter((e) => e.includes("Owusu") || (e.includes("Otieno") && e.includes("Mwangi"))),
    ).toEqual([]);
  });
});

describe("English: a relative clause closed before ', and'", () => {
  const SUMMIT = "President Taras Hrynko met British Prime Minister Alan Morley on Monday in Riga.";

  it("'X also met Y, who briefed him on …, and had a short conversation with Z': X talked with Z, not Y", () => {
    const { events } = read(
      `${SUMMIT} Hrynko also met Dutch Prime Minister Joost Veldman, who briefed him on the talks, and had a short conversation with European Council President Pedro Almeida.`,
      { publishedAt: "2026-05-05" },
    );
    expect(events).toContain("Meeting: Pedro Almeida + Taras Hrynko");
    expect(events.filter((e) => e.includes("Almeida") && e.includes("Veldman"))).toEqual([]);
  });

  it("without that comma the relative clause goes on: 'Y, who met X and held talks with Z' is Y's", () => {
    const { events } = read(
      `${SUMMIT} Dutch Prime Minister Joost Veldman, who met Hrynko on Sunday and held talks with European Council President Pedro Almeida, left for The Hague.`,
      { publishedAt: "2026-05-05" },
    );
    expect(events).toContain("Meeting: Joost Veldman + Pedro Almeida");
    expect(events.filter((e) => e.includes("Almeida") && e.includes("Hrynko"))).toEqual([]);
  });

  it("'a conversation with' is talks in person; 'a telephone conversation with' stays a call", () => {
    const text = `${SUMMIT} Later, Hrynko held a telephone conversation with Estonian Prime Minister Liina Rand. He also had a brief conversation with Finnish President Aino Virta.`;
    const c = toContract(extractArticle(text, { language: "en", publishedAt: "2026-05-05" }));
    const name = new Map(c.entities.map((e) => [e.id, e.name]));
    const modes = c.events.map(
      (e) =>
        `${e.participants
          .map((id) => name.get(id))
          .sort()
          .join(" + ")}: ${e.mode}`,
    );
    expect(modes).toContain("Liina Rand + Taras Hrynko: phone");
    expect(modes).toContain("Aino Virta + Taras Hrynko: in_person");
  });
});

describe("English: who a clause's subject is", () => {
  it("'On Tuesday morning, he was …' after 'X, who arrived …, was received by Y': he is X, the sentence's subject", () => {
    const { events } = read(
      "NEW DELHI: Prime Minister Arjun Rao and Kenyan President Samuel Kiprono held talks on Tuesday. " +
        "Kiprono, who arrived in New Delhi on Monday night, was received at the airport by Minister of State Ravi Kumar. " +
        "On Tuesday morning, he was accorded a ceremonial welcome at the presidential palace, where he was received by President Meera Devi and Rao.",
      { publishedAt: "2026-03-03", sourceCountry: "IN" },
    );
    expect(events).toContain("Meeting: Arjun Rao + Meera Devi + Samuel Kiprono");
    expect(events.filter((e) => e.includes("Devi") && e.includes("Kumar"))).toEqual([]);
  });

  it("'called on X at the Villa to present …' is a courtesy call with a purpose; 'called on Ghana to release …' an appeal", () => {
    const { events } = read(
      "ABUJA - President Musa Bello on Thursday received his Ghanaian counterpart Kofi Asare at the presidential villa. " +
        "Earlier on Thursday, the President of the regional commission, Dr Lamin Jallow, called on Bello at the Villa to present the commission's report. " +
        "Foreign Minister Ade Okafor called on President Asare to release the detainees at once.",
      { publishedAt: "2026-03-05", sourceCountry: "NG" },
    );
    expect(events).toContain("Meeting: Lamin Jallow + Musa Bello");
    expect(events.filter((e) => e.includes("Okafor"))).toEqual([]);
  });
});

describe("English: two subjects and their partners", () => {
  it("'A and B joined a video call with C and D' is one event of all four", () => {
    const { events } = read(
      "WARSAW (Reuters) - German Foreign Minister Hans Becker met his Polish counterpart Piotr Nowak in Warsaw on Monday. " +
        "Later on Monday, Becker and Nowak joined a video call with their French counterpart Louis Martin and EU foreign policy chief Anna Virtanen.",
      { publishedAt: "2026-03-03" },
    );
    expect(events).toContain("Meeting: Anna Virtanen + Hans Becker + Louis Martin + Piotr Nowak");
  });

  it("'A and B were received by C': C received both, and both came", () => {
    const { events } = read(
      "German Foreign Minister Hans Becker and Polish Foreign Minister Piotr Nowak were received by French President Louis Martin in Paris on Monday.",
      { publishedAt: "2026-03-03" },
    );
    expect(events).toEqual(
      expect.arrayContaining([
        "Meeting: Hans Becker + Louis Martin",
        "Meeting: Louis Martin + Piotr Nowak",
        "Visit: Hans Becker > FR",
        "Visit: Piotr Nowak > FR",
      ]),
    );
  });
});

describe("English: words that only look like people", () => {
  it("'via the King Nawaf Bridge': a title opening a facility's name is no one, so 'he' stays the traveller", () => {
    const { events } = read(
      "AMMAN - King Zaydan received Spanish Foreign Minister Carlos Ruiz in Amman on Sunday. " +
        "Ruiz reached the Kingdom via the King Nawaf Bridge after spending Saturday in Ramallah, where he met Palestinian Prime Minister Samir Khalil.",
      { publishedAt: "2026-03-03" },
    );
    expect(events).toContain("Meeting: Carlos Ruiz + Samir Khalil");
    expect(events.filter((e) => e.includes("Zaydan") && e.includes("Khalil"))).toEqual([]);
  });

  it("'Botswana's President Duma Kgosi': a body's word right after a title opens a name, not a body", () => {
    const { persons, events } = read(
      "GABORONE - Zambian President Chanda Mwale on Monday held talks with Botswana's President Duma Kgosi at the State House.",
      { publishedAt: "2026-03-03" },
    );
    expect(persons.find((p) => p.name === "Duma Kgosi")?.country).toBe("BW");
    expect(events).toContain("Meeting: Chanda Mwale + Duma Kgosi");
  });

  it("'Russia's State Duma Speaker Ivan Orlov' keeps the Duma a body", () => {
    const { persons } = read(
      "MOSCOW - Russia's State Duma Speaker Ivan Orlov met Iranian Foreign Minister Kamran Sadri on Monday.",
      { publishedAt: "2026-03-03" },
    );
    expect(persons.map((p) => p.name).sort()).toEqual(["Ivan Orlov", "Kamran Sadri"]);
  });

  it("'…, Wam said', 'Xinhua said …': news agencies that speak are no people", () => {
    const { persons } = read(
      "ABU DHABI - President Khalid Al Mansoori received Argentine President Marco Ruiz on Tuesday, Wam said. " +
        "Xinhua said the talks lasted two hours.",
      { publishedAt: "2026-03-03", sourceCountry: "AE" },
    );
    expect(persons.map((p) => p.name).sort()).toEqual(["Khalid Al Mansoori", "Marco Ruiz"]);
  });

  it("'the minister for Foreign Affairs and East African Cooperation, Mr X': a region's adjective is part of the post", () => {
    const { persons } = read(
      "DAR ES SALAAM - President Amina Juma held talks with her Mozambican counterpart Joaquim Mucavele at State House on Thursday. " +
        "Also present at the talks were Prime Minister Juma Kassim and the minister for Foreign Affairs and East African Cooperation, Mr Saidi Omari.",
      { publishedAt: "2026-03-03", sourceCountry: "TZ" },
    );
    expect(persons.map((p) => p.name).sort()).toEqual([
      "Amina Juma",
      "Joaquim Mucavele",
      "Juma Kassim",
      "Saidi Omari",
    ]);
    expect(persons.find((p) => p.name === "Saidi Omari")?.titles.join(" ")).toContain(
      "East African Cooperation",
    );
  });
});

describe("English: roles and portfolios", () => {
  it("'The Fijian leader last visited Wellington …' is the Fijian prime minister named before", () => {
    const { events } = read(
      "WELLINGTON - Foreign Minister Tom Harris has met Fijian Prime Minister Josefa Tui in Suva. The Fijian leader last visited Wellington in February, when he held talks with Prime Minister Claire Dunn.",
      { publishedAt: "2026-02-17", sourceCountry: "NZ" },
    );
    expect(events).toEqual(
      expect.arrayContaining(["Visit: Josefa Tui > NZ", "Meeting: Claire Dunn + Josefa Tui"]),
    );
  });

  it("'Minister for Policing X' is a title and its holder", () => {
    const { persons } = read("The dinner was also attended by Minister for Policing Semi Koroi.", {
      sourceCountry: "FJ",
    });
    expect(persons.map((p) => [p.name, p.titles])).toEqual([["Semi Koroi", ["Minister for Policing"]]]);
  });
});

describe("English: headlines and portfolios", () => {
  it("'… as Australian leader visits Tokyo': a nationality's post without its article is a role", () => {
    const { events, persons } = read(
      "Kato and Barrett pledge deeper defence ties as Australian leader visits Tokyo\n\nPrime Minister Emi Kato hosted Australian Prime Minister Mark Barrett at her office in Tokyo on Thursday.",
      { publishedAt: "2026-02-17", sourceCountry: "JP" },
    );
    expect(events.filter((e) => e.startsWith("Visit"))).toEqual(["Visit: Mark Barrett > JP"]);
    expect(persons.map((p) => `${p.name} ${p.country}`).sort()).toEqual(["Emi Kato JP", "Mark Barrett AU"]);
  });

  it.each([
    ["Minister of Minerals and Energy Tebogo Masire", "Tebogo Masire"],
    ["Reem Al Sabri, Minister of State for International Co-operation", "Reem Al Sabri"],
  ])("'%s': every portfolio word belongs to the title", (phrase, name) => {
    const { persons } = read(`Chanda Banda met ${phrase}, on Tuesday.`, { sourceCountry: "BW" });
    expect(persons.map((p) => p.name).sort()).toEqual(["Chanda Banda", name].sort());
  });
});

describe("English: people named short", () => {
  it("'Sun later called on …' after 'Chinese Vice Foreign Minister Sun Weilin': a Chinese name's family name first", () => {
    const { events } = read(
      "Chinese Vice Foreign Minister Sun Weilin arrived in Dhaka on Sunday. Sun later called on Foreign Adviser Md Rafiq Hossain at the foreign ministry.",
      { publishedAt: "2026-02-17", sourceCountry: "BD" },
    );
    expect(events).toContain("Meeting: Md Rafiq Hossain + Sun Weilin");
  });

  it("'The sun rose …' stays a word when no one of that name is in the article", () => {
    const { persons } = read(
      "The sun rose over Dhaka. Sun later called on Foreign Adviser Md Rafiq Hossain.",
      {
        sourceCountry: "BD",
      },
    );
    expect(persons.map((p) => p.name)).toEqual(["Md Rafiq Hossain"]);
  });

  it("'Shohag held a phone call with …' after 'Md Shohag Hossain': the one name whose middle word it is", () => {
    const { events } = read(
      "Foreign Adviser Md Shohag Hossain received the Chinese envoy. Separately, Ambassador Yao Lin met Environment Adviser Rina Hasan at the secretariat. On Sunday, Shohag held a phone call with Indian External Affairs Minister S Mehta, the first such contact between the two in months.",
      { publishedAt: "2026-02-17", sourceCountry: "BD" },
    );
    expect(events).toContain("Meeting: Md Shohag Hossain + S Mehta");
    expect(events).not.toContain("Meeting: S Mehta + Yao Lin");
  });
});

describe("English: who met whom, Nigerian and Azerbaijani wire", () => {
  const OPENING = "President Kunle Adebayo received Ghanaian President Kofi Mensah on Thursday. ";

  it("'paid a courtesy call on former President, Chief X': a former office is still a person met", () => {
    const { events } = read(
      `${OPENING}Later on Thursday, Mensah paid a courtesy call on former President, Chief Emeka Okonta, at his residence.`,
      { publishedAt: "2026-02-17", sourceCountry: "NG" },
    );
    expect(events).toContain("Meeting: Emeka Okonta + Kofi Mensah");
  });

  it("'The Ghanaian leader briefed the President on his talks with X': the talks are the subject's", () => {
    const { events } = read(
      `${OPENING}The Ghanaian leader, in turn, briefed the President on his talks with the President of Sierra Leone, Samuel Kamanda, whom he visited in Freetown last week.`,
      { publishedAt: "2026-02-17", sourceCountry: "NG" },
    );
    expect(events).toEqual(
      expect.arrayContaining(["Meeting: Kofi Mensah + Samuel Kamanda", "Visit: Kofi Mensah > SL"]),
    );
    expect(events).not.toContain("Meeting: Kunle Adebayo + Samuel Kamanda");
  });

  it("'A and B, who are in Baku to attend …': both are there, so both visit", () => {
    const { events } = read(
      "President Elchin Mammadov has received Minister of Foreign Affairs of Türkiye Kemal Arslan and Minister of Foreign Affairs of Georgia Nino Beridze, who are in Baku to attend the trilateral meeting.",
      { publishedAt: "2026-02-17", sourceCountry: "AZ" },
    );
    expect(events).toEqual(expect.arrayContaining(["Visit: Kemal Arslan > AZ", "Visit: Nino Beridze > AZ"]));
  });
});

describe("English: Nigerian and Philippine wire", () => {
  it("'X Jr.' and 'X Sr.' are a son and his father, two people", () => {
    const { persons } = read(
      "Foreign Minister Kenji Mori paid a courtesy call on President Ramon Santos Jr. on Thursday. In the 1970s, the President's father, Ramon Santos Sr., opened the first loan packages.",
      { sourceCountry: "PH" },
    );
    expect(persons.map((p) => p.name).sort()).toEqual(["Kenji Mori", "Ramon Santos Jr.", "Ramon Santos Sr."]);
  });

  it("'It will be recalled that X was in Berlin in November 2023': a past year stated makes it no plan", () => {
    const { events } = read(
      "President Kunle Adebayo received German Chancellor Klaus Weber in Abuja. It will be recalled that Adebayo was in Berlin in November 2023 for a conference.",
      { publishedAt: "2026-02-17", sourceCountry: "NG" },
    );
    expect(events).toContain("Visit: Kunle Adebayo > DE");
  });

  it("'… would meet in Dar es Salaam in April' stays planned", () => {
    const { events, planned } = read(
      "President Amina Mwakyusa spoke by telephone with Sultan Faisal bin Nasser of Oman. The two agreed that the joint commission would meet in Dar es Salaam in April.",
      { publishedAt: "2026-01-23", sourceCountry: "TZ" },
    );
    expect(events.filter((e) => e.startsWith("Visit"))).toEqual([]);
    expect(planned.length).toBeGreaterThan(0);
  });

  it("'Rt. Hon. X', 'Mallam X': honorifics, not names", () => {
    const { persons } = read(
      "Also present were the Chief of Staff to the President, Rt. Hon. Tunde Balogun; and the National Security Adviser, Mallam Sani Danladi.",
      { sourceCountry: "NG" },
    );
    expect(persons.map((p) => p.name).sort()).toEqual(["Sani Danladi", "Tunde Balogun"]);
  });
});

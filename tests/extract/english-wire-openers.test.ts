// Two habits of South Asian wire copy: a dateline closed by the agency's code with no dash ("New Delhi, Jun 3
// (PTI) Prime Minister …"), which is where "arrived here" went, and a pronoun that opens a sentence standing for
// the one who opened the sentence before, after a word of time ("Earlier, X was accorded … He later called on
// Y"). Also a dateline on a line of its own under a byline ("NEW DELHI"), and a sentence opened by the meeting
// ("At a meeting with X, Y said …"). Invented names.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import type { GraphPatch } from "../../src/domain/types.ts";
import { read } from "./english-reader.ts";

function extract(text: string): GraphPatch {
  return extractArticle(text, { language: "en", id: "t", sourceCountry: "IN", publishedAt: "2025-06-03" });
}

const ARTICLE =
  "New Delhi, Jun 3 (PTI) Prime Minister Arjun Rao on Tuesday held talks with Uruguayan President Tomas " +
  "Ferreira. Ferreira, who arrived here on Monday on a three-day visit, was received at the airport by Minister " +
  "of State Meena Kapoor. Earlier, Ferreira was accorded a ceremonial welcome. He later called on President Lata " +
  "Verma.";

describe("English wire openers", () => {
  it("'arrived here' in a story filed under an agency's dateline is a visit to the dateline's country", () => {
    const patch = extract(ARTICLE);
    const name = new Map(patch.entities.map((e) => [e.id, e.name]));
    const country = new Map(patch.entities.map((e) => [e.id, e.country ?? null]));
    const held = patch.events
      .filter((e) => e.type === "Visit" && e.status === "held" && e.location)
      .map((e) => `${name.get(e.participants[0]!.entityId)}>${country.get(e.location!)}`);
    expect(held).toContain("Tomas Ferreira>IN");
  });

  it("a pronoun opening a sentence is the one who opened the one before, after a word of time", () => {
    const patch = extract(ARTICLE);
    const name = new Map(patch.entities.map((e) => [e.id, e.name]));
    const pairs = patch.events
      .filter((e) => e.type === "Meeting")
      .map((e) => e.participants.map((p) => name.get(p.entityId)).sort());
    expect(pairs).toContainEqual(["Lata Verma", "Tomas Ferreira"]);
    expect(pairs).not.toContainEqual(["Lata Verma", "Meena Kapoor"]);
  });

  it("Malay honorifics ('Datuk Seri', 'Tan Sri') are no part of the name, so the given name alone is the person", () => {
    const patch = extractArticle(
      "VIENTIANE, Oct 10 (Bernama) -- Prime Minister Datuk Seri Hakim Rahman held a meeting with his Thai " +
        "counterpart Somchai Wongsa here today. Hakim, who arrived in the Lao capital yesterday, later met " +
        "Vietnamese Prime Minister Tran Van Long.",
      { language: "en", id: "t", sourceCountry: "MY", publishedAt: "2024-10-10" },
    );
    const name = new Map(patch.entities.map((e) => [e.id, e.name]));
    expect(patch.entities.filter((e) => e.type === "Person").map((e) => e.name)).toContain("Hakim Rahman");
    const pairs = patch.events
      .filter((e) => e.type === "Meeting")
      .map((e) => e.participants.map((p) => name.get(p.entityId)).sort());
    expect(pairs).toContainEqual(["Hakim Rahman", "Tran Van Long"]);
  });

  it("'sat down with X and Y' and 'called on the Afghan prime minister, X' are meetings", () => {
    const patch = extractArticle(
      "ISLAMABAD: Foreign Minister Omar Qureshi flew into Kabul on Wednesday. Mr Qureshi sat down with Chinese " +
        "Foreign Minister Li Wen at the foreign ministry. On the sidelines, Mr Qureshi also called on the Afghan " +
        "prime minister, Mullah Abdul Rahim Noori.",
      { language: "en", id: "t", sourceCountry: "PK", publishedAt: "2025-08-21" },
    );
    const name = new Map(patch.entities.map((e) => [e.id, e.name]));
    const pairs = patch.events
      .filter((e) => e.type === "Meeting")
      .map((e) => e.participants.map((p) => name.get(p.entityId)).sort());
    expect(pairs).toContainEqual(["Li Wen", "Omar Qureshi"]);
    expect(pairs).toContainEqual(["Abdul Rahim Noori", "Omar Qureshi"].sort());
  });

  it("a place in capitals on a line of its own under a headline and a byline is the dateline", () => {
    const r = read(
      "India and Uruguay to deepen ties\n\nAsha Nair\nNEW DELHI\n\n" +
        "Uruguayan Foreign Minister Tomas Ferreira, who arrived in the capital on Sunday night, held talks with External Affairs Minister Arjun Rao.",
      { sourceCountry: "IN", publishedAt: "2025-06-03" },
    );
    expect(r.events).toContain("Visit: Tomas Ferreira > IN");
  });

  it("a capitalised headline line is no dateline unless it is a known place alone", () => {
    const r = read(
      "TALKS IN FOCUS\n\nUruguayan Foreign Minister Tomas Ferreira, who arrived in the capital on Sunday night, held talks with External Affairs Minister Arjun Rao.",
      { sourceCountry: "IN", publishedAt: "2025-06-03" },
    );
    expect(r.events.filter((e) => e.startsWith("Visit"))).not.toContain("Visit: Tomas Ferreira > IN");
  });

  it.each([
    ["At a meeting with", "said ties were strong"],
    ["During his meeting with", "told reporters that ties were strong"],
  ])("'%s X, Y …' with a verb of speech: Y met X", (opening, rest) => {
    const r = read(`${opening} Azerbaijani President Ilkin Babazade, Turkish President Tamer Aras ${rest}.`, {
      publishedAt: "2025-05-04",
    });
    expect(r.events).toContain("Meeting: Ilkin Babazade + Tamer Aras");
  });

  it("'After the meeting with X, a spokesman Y said': the spokesman did not meet X", () => {
    const r = read(
      "After the meeting with Azerbaijani President Ilkin Babazade, Foreign Ministry spokesman Selim Varol said the talks went well.",
      { publishedAt: "2025-05-04" },
    );
    expect(r.events.filter((e) => e.startsWith("Meeting"))).toEqual([]);
  });
});

// Arabic sentence shapes, one per row: what the extractor must find in each (people, titles, countries, events).
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import type { Person } from "../../src/domain/types.ts";

function extract(text: string, meta: { sourceCountry?: string; publishedAt?: string } = {}) {
  const patch = extractArticle(text, { language: "ar", id: "t", ...meta });
  const persons = patch.entities.filter((e): e is Person => e.type === "Person");
  const byId = new Map(patch.entities.map((e) => [e.id, e]));
  const names = (ids: readonly string[]) => ids.map((id) => byId.get(id)?.name ?? id).sort();
  return { patch, persons, byId, names };
}

describe("Arabic persons", () => {
  it.each([
    ["title before name", "استقبل الرئيس الإيراني مسعود بزشكيان الوفد.", "مسعود بزشكيان", "IR"],
    [
      "apposition after name",
      "وصل كمال خرازي، وزير الخارجية الإيراني الأسبق، إلى الدوحة.",
      "كمال خرازي",
      "IR",
    ],
    [
      "honorific and particles",
      "استقبل الشيخ تميم بن حمد آل ثاني أمير دولة قطر ضيفه.",
      "تميم بن حمد آل ثاني",
      "QA",
    ],
    ["name with a hamza alef", "التقى الرئيس الأذربيجاني إلهام علييف وفدا.", "إلهام علييف", "AZ"],
    [
      "title after name, no comma",
      "استقبل فيصل بن فرحان وزير الخارجية السعودي السفير.",
      "فيصل بن فرحان",
      "SA",
    ],
    [
      "name in quotation marks after a title",
      'أكد رئيس الجمهورية الإسلامية الإيرانية "مسعود بزشكيان" اليوم أهمية العلاقات.',
      "مسعود بزشكيان",
      "IR",
    ],
  ])("%s", (_shape, text, name, country) => {
    const { persons } = extract(text);
    const p = persons.find((x) => x.name === name);
    expect(p, `persons found: ${persons.map((x) => x.name).join(", ")}`).toBeDefined();
    expect(p?.country).toBe(country);
  });

  it("never glues a clitic or a title onto a name", () => {
    const { persons } = extract(
      "والتقى وزير الخارجية العماني بدر البوسعيدي بنظيره الإيراني عباس عراقجي في مسقط.",
    );
    expect(persons.map((p) => p.name).sort()).toEqual(["بدر البوسعيدي", "عباس عراقجي"]);
  });

  it("merges a full name, a surname alone and a role mention into one person", () => {
    const { persons } = extract(
      "وصل وزير الخارجية التركي هاكان فيدان إلى طهران. وبحث فيدان مع المسؤولين الإيرانيين العلاقات. وقال وزير الخارجية التركي إن الزيارة مهمة.",
    );
    expect(persons).toHaveLength(1);
    expect(persons[0]?.aliases).toContain("فيدان");
    expect(persons[0]?.evidence.length).toBeGreaterThanOrEqual(3);
  });

  it("keeps two people with one surname apart", () => {
    const { persons } = extract("زار الرئيس إلهام علييف ضريح الزعيم حيدر علييف في باكو.");
    expect(persons.map((p) => p.name).sort()).toEqual(["إلهام علييف", "حيدر علييف"]);
  });

  it("does not take common words after a title for a name", () => {
    const { persons } = extract("وقال الرئيس الإيراني خلال لقائه مع الوفد إن العلاقات جيدة.");
    expect(persons).toHaveLength(0);
  });

  it("reads 'our country' as the outlet's country", () => {
    const { persons } = extract("التقى وزير خارجية بلادنا عباس عراقجي السفير.", { sourceCountry: "IR" });
    expect(persons[0]?.country).toBe("IR");
  });
});

describe("Arabic events", () => {
  it("one meeting per person met, the host's country for those with none", () => {
    const { patch, names } = extract(
      "وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط. والتقى عراقجي السلطان هيثم بن طارق، وبدر البوسعيدي.",
    );
    const meetings = patch.events.filter((e) => e.type === "Meeting");
    expect(meetings.map((m) => names(m.participants.map((p) => p.entityId)))).toEqual([
      ["السلطان هيثم بن طارق".replace("السلطان ", ""), "عباس عراقجي"].sort(),
      ["بدر البوسعيدي", "عباس عراقجي"],
    ]);
    const visit = patch.events.find((e) => e.type === "Visit");
    expect(visit?.location).toBeTruthy();
  });

  it("a visit with its destination, date and host", () => {
    const { patch, byId } = extract(
      "وصل رئيس الوزراء العراقي محمد شياع إلى أنقرة يوم الثلاثاء 12 آذار/مارس 2024 بدعوة من الرئيس التركي رجب طيب أردوغان.",
    );
    const visit = patch.events.find((e) => e.type === "Visit");
    expect(visit).toBeDefined();
    expect(byId.get(visit!.location!)?.country).toBe("TR");
    expect(visit!.date).toEqual({ value: "2024-03-12", precision: "day", text: expect.any(String) });
    const host = visit!.participants.find((p) => p.role === "host");
    expect(byId.get(host!.entityId)?.name).toBe("رجب طيب أردوغان");
  });

  it("a planned meeting is kept apart from held ones", () => {
    const { patch } = extract(
      "ومن المقرر أن يلتقي وزير الخارجية الروسي سيرغي لافروف نظيره التركي هاكان فيدان غدا.",
    );
    expect(patch.events.filter((e) => e.type === "Meeting").map((e) => e.status)).toEqual(["planned"]);
  });

  it("a phone call is a meeting held by phone", () => {
    const { patch } = extract(
      "أجرى أمير دولة قطر الشيخ تميم بن حمد آل ثاني اتصالا هاتفيا مع الرئيس الإيراني مسعود بزشكيان.",
    );
    expect(patch.events.map((e) => e.type)).toEqual(["Meeting"]);
    expect(patch.events[0]?.mode).toBe("phone");
  });

  it("a meeting told twice is one event with two pieces of evidence", () => {
    const { patch } = extract(
      "التقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في سوتشي. وخلال لقائه مع بوتين أكد أردوغان أهمية التعاون.",
    );
    const meetings = patch.events.filter((e) => e.type === "Meeting");
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.evidence.map((e) => e.sentence)).toEqual([0, 1]);
  });

  it.each([
    [
      "a call to a counterpart named after نظيره",
      "أجرى وزير الخارجية الإيراني عباس عراقجي اتصالا هاتفيا بنظيره التركي هاكان فيدان.",
      "Meeting",
      ["عباس عراقجي", "هاكان فيدان"],
    ],
    [
      "a counterpart met after a visit verb",
      "زار وزير الدفاع الروسي سيرغي شويغو طهران والتقى نظيره الإيراني محمد رضا أشتياني.",
      "Meeting",
      ["سيرغي شويغو", "محمد رضا أشتياني"],
    ],
  ])("%s", (_shape, text, type, people) => {
    const { patch, names } = extract(text);
    const event = patch.events.find((e) => e.type === type);
    expect(event, `events: ${patch.events.map((e) => e.type).join(", ")}`).toBeDefined();
    expect(names(event!.participants.map((p) => p.entityId))).toEqual([...people].sort());
    expect(patch.relations.map((r) => r.type)).toContain("COUNTERPART_OF");
  });

  it("a call received 'from' someone: both take part, and the call words are no name", () => {
    const { patch, names, persons } = extract(
      "وتلقى ولي العهد السعودي الأمير محمد بن سلمان اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.",
    );
    expect(persons.map((p) => p.name).sort()).toEqual(["إيمانويل ماكرون", "محمد بن سلمان"]);
    const call = patch.events.find((e) => e.type === "Meeting" && e.mode === "phone");
    expect(names(call?.participants.map((p) => p.entityId) ?? [])).toEqual([
      "إيمانويل ماكرون",
      "محمد بن سلمان",
    ]);
  });

  it.each([
    [
      "a weekday with its date ('يوم' is not 'today')",
      "التقى وزير الخارجية الإيراني عباس عراقجي يوم الاثنين 4 نوفمبر/تشرين الثاني 2024 المبعوث الأممي.",
      "2024-11-04",
    ],
    [
      "a date in figures",
      "التقى وزير الخارجية الإيراني عباس عراقجي في 2024/11/04 المبعوث الأممي.",
      "2024-11-04",
    ],
    ["yesterday", "التقى وزير الخارجية الإيراني عباس عراقجي أمس المبعوث الأممي.", "2024-11-05"],
  ])("%s", (_shape, text, date) => {
    const { patch } = extract(text.replace("المبعوث الأممي", "نظيره العماني بدر البوسعيدي"), {
      publishedAt: "2024-11-06",
    });
    expect(patch.events.find((e) => e.type === "Meeting")?.date?.value).toBe(date);
  });

  it("a meeting in a third country gives its place, and no one that country", () => {
    const { patch, byId, persons } = extract(
      "التقى وزير الخارجية الإيراني عباس عراقجي في جنيف المبعوث الأممي هانس غروندبرغ.",
    );
    const meeting = patch.events.find((e) => e.type === "Meeting");
    expect(byId.get(meeting?.location ?? "")?.country).toBe("CH");
    expect(persons.filter((p) => p.country === "CH")).toHaveLength(0);
  });

  it("a capital right after a visitor's name is the destination, not a person", () => {
    const { patch, byId, persons } = extract("زار وزير الدفاع الروسي سيرغي شويغو طهران أمس.");
    expect(persons.map((p) => p.name)).toEqual(["سيرغي شويغو"]);
    const visit = patch.events.find((e) => e.type === "Visit");
    expect(byId.get(visit?.location ?? "")?.country).toBe("IR");
  });

  it("a title after the subject of 'received' is the one received", () => {
    const { patch, persons } = extract(
      "استقبل الرئيس الإيراني مسعود بزشكيان رئيس الوزراء الباكستاني والوفد المرافق له.",
    );
    expect(persons.map((p) => [p.name, p.country])).toEqual([["مسعود بزشكيان", "IR"]]);
    expect(patch.events).toHaveLength(0);
  });

  it("evidence offsets point at the words that say it", () => {
    const text = "استقبل الرئيس الإيراني مسعود بزشكيان وزير الخارجية العماني بدر البوسعيدي في طهران.";
    const { persons } = extract(text);
    for (const p of persons)
      for (const ev of p.evidence) expect(text.slice(ev.start, ev.end)).toContain(p.name);
  });
});

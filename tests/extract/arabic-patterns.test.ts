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
    ["title before name", "استقبل الرئيس الإيراني مسعود باكدليان الوفد.", "مسعود باكدليان", "IR"],
    [
      "apposition after name",
      "وصل كمال تابشي، وزير الخارجية الإيراني الأسبق، إلى الدوحة.",
      "كمال تابشي",
      "IR",
    ],
    [
      "honorific and particles",
      "استقبل الشيخ نايف بن صالح آل منصور أمير دولة قطر ضيفه.",
      "نايف بن صالح آل منصور",
      "QA",
    ],
    ["name with a hamza alef", "التقى الرئيس الأذربيجاني إلهام علكبروف وفدا.", "إلهام علكبروف", "AZ"],
    ["title after name, no comma", "استقبل هزاع بن تركي وزير الخارجية السعودي السفير.", "هزاع بن تركي", "SA"],
    [
      "name in quotation marks after a title",
      'أكد رئيس الجمهورية الإسلامية الإيرانية "مسعود باكدليان" اليوم أهمية العلاقات.',
      "مسعود باكدليان",
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
      "والتقى وزير الخارجية العماني بدر البدراني بنظيره الإيراني عباس قربانجي في مسقط.",
    );
    expect(persons.map((p) => p.name).sort()).toEqual(["بدر البدراني", "عباس قربانجي"]);
  });

  it("merges a full name, a surname alone and a role mention into one person", () => {
    const { persons } = extract(
      "وصل وزير الخارجية التركي هاكان طرهان إلى طهران. وبحث طرهان مع المسؤولين الإيرانيين العلاقات. وقال وزير الخارجية التركي إن الزيارة مهمة.",
    );
    expect(persons).toHaveLength(1);
    expect(persons[0]?.aliases).toContain("طرهان");
    expect(persons[0]?.evidence.length).toBeGreaterThanOrEqual(3);
  });

  it("keeps two people with one surname apart", () => {
    const { persons } = extract("زار الرئيس إلهام علكبروف ضريح الزعيم حيدر علكبروف في باكو.");
    expect(persons.map((p) => p.name).sort()).toEqual(["إلهام علكبروف", "حيدر علكبروف"]);
  });

  it.each([
    ["مساعدو الرئيس", "وقال مساعدو الرئيس إن اللقاء كان جيدا.", []],
    ["مستشارو", "وأكد مستشارو الوزير أن الزيارة ناجحة.", []],
    [
      "after a surname the article already named",
      "التقى الرئيس البرازيلي لويس رسولوف نظيره الكيني. وقال مساعدو رسولوف إن اللقاء كان جيدا.",
      ["لويس رسولوف"],
    ],
  ])("reads an agent noun's plural before its noun as no name (%s)", (_what, text, names) => {
    expect(extract(text).persons.map((p) => p.name)).toEqual(names);
  });

  it.each([
    [
      "a surname that opens with و after a given name",
      "التقى وزير المالية غازي ورداني نظيره الفرنسي.",
      ["غازي ورداني"],
    ],
    [
      "the same after two given names",
      "وصل وزير الخارجية أحمد إبراهيم وهبي إلى أسمرة.",
      ["أحمد إبراهيم وهبي"],
    ],
    ["the conjunction before a surname", "والتقى الوزير سامي دهباشي وعلكبروف في باكو.", ["سامي دهباشي"]],
    ["the conjunction before a noun", "وصل الرئيس الإيراني محمد دهباشي ووفده إلى بغداد.", ["محمد دهباشي"]],
  ])("tells a name's و from the conjunction (%s)", (_what, text, names) => {
    expect(extract(text).persons.map((p) => p.name)).toEqual(names);
  });

  it.each([
    [
      "after مع",
      "بحث وزير الخارجية سامي دهباشي اليوم مع غيديون كاربوف نائب وزير الخارجية الروسي.",
      ["سامي دهباشي", "غيديون كاربوف"],
      "RU",
    ],
    [
      "with a surname that opens with و, after a given name no list knows",
      "تلقى الوزير اتصالا هاتفيا من غيديون ويتكوف المبعوث الخاص للرئيس الأمريكي.",
      ["غيديون ويتكوف"],
      "US",
    ],
    [
      "opening the sentence",
      "وصل غيديون تيموثيوس وزير الخارجية الإثيوبي إلى الرياض.",
      ["غيديون تيموثيوس"],
      "ET",
    ],
    [
      "the last of a list, with a compound surname",
      "عقدت قمة بين الملك سامي الثاني عاهل المملكة الأردنية، وتافور عبد المهدي رئيس وزراء الجمهورية العراقية.",
      ["سامي الثاني", "تافور عبد المهدي"],
      "IQ",
    ],
    [
      "before an office of several words that names no country",
      "وعقد الوزير جلسة مباحثات أمس بحضور أورفاث الغلزاري وزير الدولة للشؤون الخارجية.",
      ["أورفاث الغلزاري"],
      null,
    ],
  ])(
    "reads words no list knows before an office's title as its holder (%s)",
    (_what, text, names, country) => {
      const { persons } = extract(text);
      expect(persons.map((p) => p.name)).toEqual(names);
      expect(persons.at(-1)?.country).toBe(country);
    },
  );

  it.each([
    ["a frequent word as surname", "استقبل الأمير الرئيس الإيراني موريل رسمي.", ["موريل رسمي"]],
    ["a surname with the article", "استقبل أمير الكويت الشيخ تافور الأحمد رئيس الوزراء.", ["تافور الأحمد"]],
    ["not a noun a demonym qualifies", "استقبل الرئيس كاسلو الوفد الإيراني.", ["كاسلو"]],
    ["nor after a given name of the lists", "استقبل الرئيس سامي الوفد الإيراني.", ["سامي"]],
  ])(
    "after a title, reads the first word as a given name even when no list has it (%s)",
    (_what, text, names) => {
      expect(extract(text).persons.map((p) => p.name)).toEqual(names);
    },
  );

  it.each([
    ["a regnal ordinal", "استقبل الملك كيشين الثاني الوفد.", ["كيشين الثاني"]],
    [
      "a frequent third word before the person's own title, after an honorific",
      "اختتم معالي تافور كيشين دار نائب رئيس الوزراء وزير الخارجية الباكستاني زيارته.",
      ["تافور كيشين دار"],
    ],
    [
      "but not a noun a definite title completes",
      "زار الرئيس إلهام علكبروف ضريح الزعيم في باكو.",
      ["إلهام علكبروف"],
    ],
    ["a name ending in بالله", "واستقبل ولي العهد الأمير كاسلو بالله الوفد.", ["كاسلو بالله"]],
  ])(
    "after a title or an honorific, reads names the lists do not know to their end (%s)",
    (_what, text, names) => {
      expect(extract(text).persons.map((p) => p.name)).toEqual(names);
    },
  );

  it("does not take ordinary words before a title for a name", () => {
    expect(extract("وناقش الجانبان قضايا كثيرة مع رئيس الوزراء العراقي.").persons).toEqual([]);
  });

  it("does not take an agency's name before a title for a person", () => {
    expect(extract("وذكرت وكالة أسوشيتد برس رئيس الوزراء العراقي قوله.").persons).toEqual([]);
  });

  it("reads a demonym after بن as a father's name (Turki), not as a country", () => {
    const { patch, persons } = extract(
      "التقى وزير الخارجية الإيراني عباس قربانجي الأمير عبد الكريم بن تركي في الرياض.",
    );
    expect(persons.map((p) => p.name).sort()).toEqual(["عباس قربانجي", "عبد الكريم بن تركي"]);
    expect(patch.entities.some((e) => e.id === "country:TR")).toBe(false);
  });

  it("does not take common words after a title for a name", () => {
    const { persons } = extract("وقال الرئيس الإيراني خلال لقائه مع الوفد إن العلاقات جيدة.");
    expect(persons).toHaveLength(0);
  });

  it("reads 'our country' as the outlet's country", () => {
    const { persons } = extract("التقى وزير خارجية بلادنا عباس قربانجي السفير.", { sourceCountry: "IR" });
    expect(persons[0]?.country).toBe("IR");
  });
});

describe("Arabic events", () => {
  it("one meeting per person met, the host's country for those with none", () => {
    const { patch, names } = extract(
      "وصل وزير الخارجية الإيراني عباس قربانجي إلى مسقط. والتقى قربانجي السلطان سالم بن طارق، وبدر البدراني.",
    );
    const meetings = patch.events.filter((e) => e.type === "Meeting");
    expect(meetings.map((m) => names(m.participants.map((p) => p.entityId)))).toEqual([
      ["السلطان سالم بن طارق".replace("السلطان ", ""), "عباس قربانجي"].sort(),
      ["بدر البدراني", "عباس قربانجي"],
    ]);
    const visit = patch.events.find((e) => e.type === "Visit");
    expect(visit?.location).toBeTruthy();
  });

  it("a visit with its destination, date and host", () => {
    const { patch, byId } = extract(
      "وصل رئيس الوزراء العراقي محمد جاسم إلى أنقرة يوم الثلاثاء 12 آذار/مارس 2024 بدعوة من الرئيس التركي رجب كمال دوغان.",
    );
    const visit = patch.events.find((e) => e.type === "Visit");
    expect(visit).toBeDefined();
    expect(byId.get(visit!.location!)?.country).toBe("TR");
    expect(visit!.date).toEqual({ value: "2024-03-12", precision: "day", text: expect.any(String) });
    const host = visit!.participants.find((p) => p.role === "host");
    expect(byId.get(host!.entityId)?.name).toBe("رجب كمال دوغان");
  });

  it("a planned meeting is kept apart from held ones", () => {
    const { patch } = extract(
      "ومن المقرر أن يلتقي وزير الخارجية الروسي سيرغي لازوتكين نظيره التركي هاكان طرهان غدا.",
    );
    expect(patch.events.filter((e) => e.type === "Meeting").map((e) => e.status)).toEqual(["planned"]);
  });

  it("a phone call is a meeting held by phone", () => {
    const { patch } = extract(
      "أجرى أمير دولة قطر الشيخ نايف بن صالح آل منصور اتصالا هاتفيا مع الرئيس الإيراني مسعود باكدليان.",
    );
    expect(patch.events.map((e) => e.type)).toEqual(["Meeting"]);
    expect(patch.events[0]?.mode).toBe("phone");
  });

  it("a meeting told twice is one event with two pieces of evidence", () => {
    const { patch } = extract(
      "التقى الرئيس الروسي فلاديمير كالينوف الرئيس التركي رجب كمال دوغان في سوتشي. وخلال لقائه مع كالينوف أكد دوغان أهمية التعاون.",
    );
    const meetings = patch.events.filter((e) => e.type === "Meeting");
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.evidence.map((e) => e.sentence)).toEqual([0, 1]);
  });

  it.each([
    [
      "a call to a counterpart named after نظيره",
      "أجرى وزير الخارجية الإيراني عباس قربانجي اتصالا هاتفيا بنظيره التركي هاكان طرهان.",
      "Meeting",
      ["عباس قربانجي", "هاكان طرهان"],
    ],
    [
      "a counterpart met after a visit verb",
      "زار وزير الدفاع الروسي سيرغي كوليشين طهران والتقى نظيره الإيراني محمد رضا فيروزاني.",
      "Meeting",
      ["سيرغي كوليشين", "محمد رضا فيروزاني"],
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
      "وتلقى ولي العهد السعودي الأمير محمد بن مشعل اتصالا هاتفيا من الرئيس الفرنسي أندريه لوران.",
    );
    expect(persons.map((p) => p.name).sort()).toEqual(["أندريه لوران", "محمد بن مشعل"]);
    const call = patch.events.find((e) => e.type === "Meeting" && e.mode === "phone");
    expect(names(call?.participants.map((p) => p.entityId) ?? [])).toEqual(["أندريه لوران", "محمد بن مشعل"]);
  });

  it.each([
    [
      "a weekday with its date ('يوم' is not 'today')",
      "التقى وزير الخارجية الإيراني عباس قربانجي يوم الاثنين 4 نوفمبر/تشرين الثاني 2024 المبعوث الأممي.",
      "2024-11-04",
    ],
    [
      "a date in figures",
      "التقى وزير الخارجية الإيراني عباس قربانجي في 2024/11/04 المبعوث الأممي.",
      "2024-11-04",
    ],
    ["yesterday", "التقى وزير الخارجية الإيراني عباس قربانجي أمس المبعوث الأممي.", "2024-11-05"],
  ])("%s", (_shape, text, date) => {
    const { patch } = extract(text.replace("المبعوث الأممي", "نظيره العماني بدر البدراني"), {
      publishedAt: "2024-11-06",
    });
    expect(patch.events.find((e) => e.type === "Meeting")?.date?.value).toBe(date);
  });

  it("a meeting in a third country gives its place, and no one that country", () => {
    const { patch, byId, persons } = extract(
      "التقى وزير الخارجية الإيراني عباس قربانجي في جنيف المبعوث الأممي هانس ليندكفيست.",
    );
    const meeting = patch.events.find((e) => e.type === "Meeting");
    expect(byId.get(meeting?.location ?? "")?.country).toBe("CH");
    expect(persons.filter((p) => p.country === "CH")).toHaveLength(0);
  });

  it("a capital right after a visitor's name is the destination, not a person", () => {
    const { patch, byId, persons } = extract("زار وزير الدفاع الروسي سيرغي كوليشين طهران أمس.");
    expect(persons.map((p) => p.name)).toEqual(["سيرغي كوليشين"]);
    const visit = patch.events.find((e) => e.type === "Visit");
    expect(byId.get(visit?.location ?? "")?.country).toBe("IR");
  });

  it("a title after the subject of 'received' is the one received", () => {
    const { patch, persons } = extract(
      "استقبل الرئيس الإيراني مسعود باكدليان رئيس الوزراء الباكستاني والوفد المرافق له.",
    );
    expect(persons.map((p) => [p.name, p.country])).toEqual([["مسعود باكدليان", "IR"]]);
    expect(patch.events).toHaveLength(0);
  });

  it("evidence offsets point at the words that say it", () => {
    const text = "استقبل الرئيس الإيراني مسعود باكدليان وزير الخارجية العماني بدر البدراني في طهران.";
    const { persons } = extract(text);
    for (const p of persons)
      for (const ev of p.evidence) expect(text.slice(ev.start, ev.end)).toContain(p.name);
  });
});

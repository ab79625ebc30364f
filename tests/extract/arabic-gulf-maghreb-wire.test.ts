// Shapes of Gulf and Maghreb agency copy that once lost a meeting, a visit or a person: a call received "من
// معالي …" (the honorific hid the "من" that makes the caller the one called with), a message after a title
// ("تلقى الوزير رسالة خطية"), a known name read on into the sentence ("السيد ولد بلال متانة"), "المملكة" in a
// kingdom's own agency, and "رئيس الحكومة" that is not "الرئيس". Invented names.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import type { GraphPatch } from "../../src/domain/types.ts";

function extract(text: string, sourceCountry: string): GraphPatch {
  return extractArticle(text, { language: "ar", id: "t", sourceCountry, publishedAt: "2025-12-22" });
}

const persons = (p: GraphPatch) => p.entities.filter((e) => e.type === "Person");
const nameOf = (p: GraphPatch) => new Map(p.entities.map((e) => [e.id, e.name]));

/** Meetings (a call is a meeting by phone) as the sorted names of their participants. */
function pairs(p: GraphPatch, mode?: "phone"): string[][] {
  const name = nameOf(p);
  return p.events
    .filter((e) => e.type === "Meeting" && (mode === undefined || e.mode === mode))
    .map((e) => e.participants.map((x) => name.get(x.entityId) ?? x.entityId).sort());
}

function visits(p: GraphPatch): string[] {
  const name = nameOf(p);
  const country = new Map(p.entities.map((e) => [e.id, e.country ?? null]));
  return p.events
    .filter((e) => e.type === "Visit" && e.location)
    .flatMap((e) =>
      e.participants
        .filter((x) => x.role === "visitor")
        .map((x) => `${name.get(x.entityId)}>${country.get(e.location ?? "")}`),
    );
}

describe("Arabic agency copy from the Gulf and the Maghreb", () => {
  it("a call received 'من معالي وزير …' pairs the receiver with the caller behind the honorific", () => {
    const patch = extract(
      "تلقى صاحب السمو الأمير خالد بن سعد وزير الدفاع، اليوم، اتصالاً هاتفياً، من معالي وزير الدفاع " +
        "بجمهورية إيطاليا ماركو بيانكيني.",
      "SA",
    );
    expect(pairs(patch, "phone")).toEqual([["خالد بن سعد", "ماركو بيانكيني"].sort()]);
  });

  it("the honorific pronoun of the next sentence ('كما استقبل سموه') is the one who took the call", () => {
    const patch = extract(
      "تلقى صاحب السمو الأمير خالد بن سعد وزير الدفاع، اليوم، اتصالاً هاتفياً، من معالي وزير الدفاع " +
        "بجمهورية إيطاليا ماركو بيانكيني. كما استقبل سموه في مقر الوزارة بالرياض، اليوم، معالي وزير " +
        "الخارجية بجمهورية تشيلي خوان بيريرا.",
      "SA",
    );
    expect(pairs(patch)).toContainEqual(["خالد بن سعد", "خوان بيريرا"].sort());
    expect(pairs(patch)).toHaveLength(2);
  });

  it("a message after a title ('تلقى وزير الدفاع رسالة خطية من نظيره') is no person", () => {
    const patch = extract(
      "استقبل الأمير خالد بن سعد وزير الدفاع نظيره الكيني ديفيد موانغي. وتلقى وزير الدفاع رسالة خطية من " +
        "نظيره الأوغندي صامويل أوكيلو.",
      "SA",
    );
    const names = persons(patch).map((e) => e.name);
    expect(names).not.toContain("رسالة خطية");
    expect(names.some((n) => n.includes("رسالة"))).toBe(false);
  });

  it("a name told in full earlier is not read on into the sentence, and both mentions are one person", () => {
    const patch = extract(
      "نواكشوط - استقبل وزير الخارجية الموريتاني، السيد أحمد سيدي ولد بلال، اليوم بنواكشوط، وزير الخارجية " +
        "الغاني، السيد كوامي أدجيه. وبهذه المناسبة، أكد السيد ولد بلال متانة العلاقات بين البلدين.",
      "MR",
    );
    const names = persons(patch).map((e) => e.name);
    expect(names.filter((n) => n.includes("بلال"))).toEqual(["أحمد سيدي ولد بلال"]);
    expect(names.some((n) => n.includes("متانة"))).toBe(false);
  });

  it("'إلى المملكة' in a kingdom's agency is a visit to that kingdom, not in a republic's", () => {
    const text =
      "استقبل وزير الخارجية، السيد عمر الإدريسي، اليوم، وزير الخارجية البيروفي، السيد لويس كامبوس، الذي " +
      "يقوم بزيارة عمل إلى المملكة.";
    expect(visits(extract(text, "MA"))).toEqual(["لويس كامبوس>MA"]);
    expect(visits(extract(text, "DZ"))).toEqual([]);
  });

  it("'رئيس الحكومة' is not the one called 'الرئيس', though both titles open with the same word", () => {
    const patch = extract(
      "الرباط - سلم وزير الخارجية الغابوني، السيد جان موبا، رسالة من الرئيس جوزيف نغيما إلى العاهل المغربي. " +
        "وكان الضيف الغابوني قد أجرى مباحثات مع رئيس الحكومة.",
      "MA",
    );
    const name = nameOf(patch);
    const met = patch.events
      .filter((e) => e.type === "Meeting")
      .flatMap((e) => e.participants.map((x) => name.get(x.entityId)));
    expect(met).not.toContain("جوزيف نغيما");
    const president = persons(patch).find((e) => e.name === "جوزيف نغيما");
    expect(president?.country).not.toBe("MA");
  });

  it("a woman's name after a feminine title is her name, and a place after a preposition is none", () => {
    const patch = extract(
      "كما التقت رئيسة الحكومة سارة الحمامي، صباح اليوم بقصر الحكومة بالقصبة، رئيس الوزراء المالطي جوزيف " +
        "كاميليري.",
      "TN",
    );
    const names = persons(patch).map((e) => e.name);
    expect(names).toContain("سارة الحمامي");
    expect(names.some((n) => n.includes("القصبة"))).toBe(false);
    expect(pairs(patch)).toEqual([["جوزيف كاميليري", "سارة الحمامي"].sort()]);
  });

  it("'مرفوقا بنائبه X': the deputy who travels with the visitor makes the visit too", () => {
    const patch = extract(
      "استقبل رئيس الجمهورية قاسم بن علي، اليوم بقصر قرطاج، رئيس الوزراء المالطي جوزيف كاميليري، الذي " +
        "يؤدي زيارة عمل إلى تونس، مرفوقا بنائبه بيتر فارلو.",
      "TN",
    );
    expect(visits(patch).sort()).toEqual(["بيتر فارلو>TN", "جوزيف كاميليري>TN"]);
  });

  it("those who attend ('بحضور') a delegation's reception are not in the delegation", () => {
    const patch = extract(
      "استقبل الرئيس حسن الجمال، اليوم، رئيس وزراء جمهورية سلوفينيا، الذي يزور مصر على رأس وفد يضم عددا " +
        "من الوزراء، وذلك بحضور الدكتور كريم منصور رئيس مجلس الوزراء.",
      "EG",
    );
    expect(visits(patch).some((v) => v.startsWith("كريم منصور"))).toBe(false);
    expect(persons(patch).find((e) => e.name === "كريم منصور")?.country).not.toBe("SI");
  });

  it("a verb of speech after a title ('الرئيس رحب', 'أعرب') is no name, and a foreign given name after 'السيد' is", () => {
    const patch = extract(
      "وقال المتحدث إن الرئيس رحب بالسيد أندريه كوفاتش، وإن رئيس الوزراء السلوفيني أعرب عن تقديره.",
      "EG",
    );
    const names = persons(patch).map((e) => e.name);
    expect(names).toContain("أندريه كوفاتش");
    expect(names).not.toContain("رحب");
    expect(names).not.toContain("أعرب");
  });

  it("a blessing in quotes after a title ('رئيس الدولة \"حفظه الله\"') is no name: the title is the one named before", () => {
    const patch = extract(
      'أبوظبي في 14 أكتوبر/ وام/ استقبل صاحب السمو الشيخ سالم بن حمد آل راشد رئيس الدولة "حفظه الله"، ' +
        "اليوم، رئيس وزراء بروناي داتو عمر حسن. وعقد وزير الخارجية جلسة مباحثات مع الوزير البروناوي.",
      "AE",
    );
    const byName = new Map(persons(patch).map((e) => [e.name, e]));
    expect([...byName.keys()].some((n) => n.includes("حفظه"))).toBe(false);
    expect(byName.get("سالم بن حمد آل راشد")?.country).toBe("AE");
    // "داتو" is a Malaysian and Bruneian honorific, no word of the name.
    expect(pairs(patch)).toContainEqual(["سالم بن حمد آل راشد", "عمر حسن"].sort());
  });

  it("a surname that is also a demonym is the person after a verb ('والتقى اليمني'), and 'تركي بن' opens a name", () => {
    const patch = extract(
      "بغداد - واع - أجرى رئيس مجلس الوزراء كريم جاسم اليمني، اليوم، لقاءات على هامش القمة. والتقى اليمني " +
        "رئيس الحكومة البرتغالية جواو فيريرا. وترأس وفد السعودية الأمير تركي بن سعد بن فهد.",
      "IQ",
    );
    expect(pairs(patch)).toContainEqual(["جواو فيريرا", "كريم جاسم اليمني"].sort());
    expect(patch.entities.some((e) => e.type === "Country" && e.id.endsWith("YE"))).toBe(false);
    expect(persons(patch).map((e) => e.name)).toContain("تركي بن سعد بن فهد");
  });

  it("'وصل إلى العاصمة' with no name after it is the outlet's capital", () => {
    const patch = extract(
      "بغداد - واع - والتقى رئيس الجمهورية كريم جاسم حسن رئيس جمهورية تشيلي خوان بيريرا. وكان بيريرا قد وصل " +
        "إلى العاصمة مساء أمس.",
      "IQ",
    );
    expect(visits(patch)).toContain("خوان بيريرا>IQ");
  });
});

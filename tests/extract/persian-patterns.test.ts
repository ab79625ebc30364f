// Persian sentence shapes (Iranian and Afghan news style), one per case: people, titles, countries, events.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import { detectLanguage } from "../../src/extract/language.ts";
import type { DiplomaticEvent, Person } from "../../src/domain/types.ts";

function extract(text: string, meta: { sourceCountry?: string; publishedAt?: string } = {}) {
  const patch = extractArticle(text, { language: "fa", id: "t", ...meta });
  const persons = patch.entities.filter((e): e is Person => e.type === "Person");
  const byId = new Map(patch.entities.map((e) => [e.id, e]));
  const names = (e: DiplomaticEvent) =>
    e.participants.map((p) => byId.get(p.entityId)?.name ?? p.entityId).sort();
  const countries = patch.entities.filter((e) => e.type === "Country").map((e) => e.country);
  return { patch, persons, names, countries };
}

const ZWNJ = "\u200c";

describe("Persian persons", () => {
  it.each([
    ["name, comma, title with ezafe", "حکان طرهان، وزیر امور خارجه ترکیه وارد تهران شد.", "حکان طرهان", "TR"],
    [
      "name and title with no comma",
      "سرگئی لازوتکین وزیر امور خارجه روسیه امروز به باکو رفت.",
      "سرگئی لازوتکین",
      "RU",
    ],
    [
      "title, comma, then the name",
      "رئیس‌جمهور آذربایجان، الهام علی‌اکبروف، در باکو سخنرانی کرد.",
      "الهام علی‌اکبروف",
      "AZ",
    ],
    ["a quoted name before a title", "«بدر البدرانی» وزیر خارجه عمان در مسقط بود.", "بدر البدرانی", "OM"],
    [
      "honorific and a glued Sayyid",
      "حجت‌الاسلام سیدمحمد تابشی در این مراسم حضور داشت.",
      "سیدمحمد تابشی",
      null,
    ],
    ["our country (کشورمان)", "عباس قربانچی وزیر امور خارجه کشورمان به مسکو سفر کرد.", "عباس قربانچی", "IR"],
    ["a seat of government for its state", "یوری سالیکوف دستیار کرملین گفت.", "یوری سالیکوف", "RU"],
  ])("%s", (_shape, text, name, country) => {
    const { persons } = extract(text, { sourceCountry: "IR" });
    const p = persons.find((x) => x.name === name);
    expect(p, `persons found: ${persons.map((x) => x.name).join(", ")}`).toBeDefined();
    expect(p?.country ?? null).toBe(country);
  });

  it("shares a plural title among a list, country by country", () => {
    const { persons } = extract(
      "عباس قربانچی و حکان طرهان وزرای خارجه ایران و ترکیه روز دوشنبه در آنکارا با یکدیگر دیدار کردند.",
    );
    expect(persons.map((p) => [p.name, p.country]).sort()).toEqual([
      ["حکان طرهان", "TR"],
      ["عباس قربانچی", "IR"],
    ]);
  });

  it("takes no outlet or noun in construct for a name", () => {
    const { persons } = extract(
      "به گزارش خبرگزاری جمهوری اسلامی، هواپیمای حامل رئیس‌جمهور قزاقستان در تهران فرود آمد. نورلان‌بیک سیدیکوف رئیس‌جمهور قزاقستان سپس سخن گفت.",
    );
    expect(persons.map((p) => p.name)).toEqual(["نورلان‌بیک سیدیکوف"]);
  });

  it("names the counterpart right before 'همتای … خود', whatever the lists know of the names", () => {
    const { patch, persons, names } = extract(
      "جیحون موکوینا وزیر امور خارجه آذربایجان به تهران سفر کرد و با تافور کاظمیان همتای ایرانی خود دیدار کرد.",
    );
    expect(persons.map((p) => [p.name, p.country])).toEqual([
      ["جیحون موکوینا", "AZ"],
      ["تافور کاظمیان", "IR"],
    ]);
    expect(patch.events.filter((e) => e.type === "Meeting").map(names)).toEqual([
      ["تافور کاظمیان", "جیحون موکوینا"],
    ]);
  });

  it("a spouse after her husband's title takes his country and a name without a comma", () => {
    const { persons } = extract(
      "رئیس‌جمهور فرانسه، آندره لوران و همسرش کلر لوران از کازوهیتو امپراتور ژاپن استقبال کردند.",
      { sourceCountry: "AF" },
    );
    expect(persons.find((p) => p.name === "کلر لوران")?.country).toBe("FR");
  });

  it("a name right after دولت is the head of that government", () => {
    const { persons } = extract("پیشتر در دولت فرخی‌نژاد نیز چنین دیدارهایی برگزار می‌شد.");
    expect(persons.map((p) => p.name)).toEqual(["فرخی‌نژاد"]);
  });

  it("merges spellings of one name (spaces, a glued Sayyid, a surname alone)", () => {
    const { persons } = extract(
      "سیدعباس قربانچی وزیر امور خارجه ایران با وانگ هائولین دیدار کرد. سید عباس قربانچی سپس گفت. قربانچی افزود.",
    );
    expect(persons.filter((p) => p.name.includes("قربانچی"))).toHaveLength(1);
  });
});

describe("Persian events (verb last)", () => {
  it("X با Y دیدار و گفتگو کرد: one held meeting of the two", () => {
    const { patch, names } = extract(
      "محمدباقر دهباشی رئیس مجلس شورای اسلامی با نبیه رعد رئیس مجلس لبنان دیدار و گفت‌وگو کرد.",
    );
    const meetings = patch.events.filter((e) => e.type === "Meeting");
    expect(meetings.map(names)).toEqual([["محمدباقر دهباشی", "نبیه رعد"]]);
    expect(meetings[0]?.status).toBe("held");
  });

  it("a phone call is a meeting held by phone, and the words of one call make one event", () => {
    const { patch } = extract(
      "عباس قربانچی وزیر خارجه ایران در تماس تلفنی با بدر البدرانی وزیر خارجه عمان درباره تحولات منطقه رایزنی کرد.",
    );
    expect(patch.events.map((e) => [e.type, e.mode])).toEqual([["Meeting", "phone"]]);
  });

  it("به X سفر کرد / عازم X شد: a held visit to the country; خواهد: planned", () => {
    const held = extract("حکان طرهان وزیر امور خارجه ترکیه عصر امروز عازم تهران شد.").patch;
    expect(held.events.map((e) => [e.type, e.status])).toEqual([["Visit", "held"]]);
    const planned = extract("حکان طرهان وزیر امور خارجه ترکیه هفته آینده به تهران سفر خواهد کرد.").patch;
    expect(planned.events.map((e) => [e.type, e.status])).toEqual([["Visit", "planned"]]);
  });

  it("a relative clause's subject is the name before که", () => {
    const { patch, names } = extract(
      "مسعود پاکدلیان رئیس‌جمهور ایران با الهام علی‌اکبروف رئیس‌جمهور آذربایجان که برای شرکت در اجلاس راهی دوشنبه شده است دیدار کرد.",
    );
    expect(patch.events.filter((e) => e.type === "Meeting").map(names)).toEqual([
      ["الهام علی‌اکبروف", "مسعود پاکدلیان"],
    ]);
    expect(patch.events.filter((e) => e.type === "Visit").map(names)).toEqual([["الهام علی‌اکبروف"]]);
  });

  it("از X استقبال کرد: the host receives the guest, who came to the host's city", () => {
    const { patch, names } = extract(
      "مسعود پاکدلیان رئیس‌جمهور در کاخ سعدآباد تهران از فرخ چاندیو نخست‌وزیر پاکستان استقبال رسمی به عمل آورد.",
      { sourceCountry: "IR" },
    );
    expect(patch.events.filter((e) => e.type === "Meeting").map(names)).toEqual([
      ["فرخ چاندیو", "مسعود پاکدلیان"],
    ]);
    expect(patch.events.filter((e) => e.type === "Visit").map(names)).toEqual([
      ["فرخ چاندیو", "مسعود پاکدلیان"],
    ]);
  });

  it("X، Y را به حضور پذیرفت: the one received stands before را", () => {
    const { patch, names } = extract(
      "مسعود پاکدلیان رئیس‌جمهور، بدر البدرانی وزیر خارجه عمان را به حضور پذیرفت.",
      { sourceCountry: "IR" },
    );
    expect(patch.events.filter((e) => e.type === "Meeting").map(names)).toEqual([
      ["بدر البدرانی", "مسعود پاکدلیان"],
    ]);
  });

  it("a headline 'دیدار X با Y' has X as the subject", () => {
    const { patch, names } = extract(
      "دیدار حکان طرهان وزیر خارجه ترکیه با وانگ هائولین وزیر خارجه چین در پکن",
    );
    expect(patch.events.filter((e) => e.type === "Meeting").map(names)).toEqual([
      ["حکان طرهان", "وانگ هائولین"],
    ]);
  });

  it("Dari: an honorific, a deputy minister (معین) and the light verb نمود", () => {
    const { patch, names, persons } = extract(
      "محترم امیرخان صافی با لطف‌الله خیرخواه معین سیاسی وزارت خارجه ایران در کابل دیدار نمود.",
      { sourceCountry: "AF" },
    );
    expect(persons.find((p) => p.name === "لطف‌الله خیرخواه")?.country).toBe("IR");
    const meetings = patch.events.filter((e) => e.type === "Meeting");
    expect(meetings.map(names)).toEqual([["امیرخان صافی", "لطف‌الله خیرخواه"]]);
    expect(meetings[0]?.status).toBe("held");
  });

  it("a subjunctive light verb (میزبانی کند) is a plan, not an act", () => {
    const { patch } = extract("ویلیام کیپتو رئیس‌جمهور کنیا قرار بود از مسعود پاکدلیان میزبانی کند.");
    expect(patch.events.filter((e) => e.status === "held")).toEqual([]);
  });
});

describe("Persian places", () => {
  it("finds a country inside a hyphenated word, and Monday is not Dushanbe", () => {
    const { countries } = extract("روز دوشنبه نشست گفت‌وگوی ایران-جهان عرب در دوحه برگزار شد.");
    expect(countries.sort()).toEqual(["IR", "QA"]);
  });
});

describe("Persian dates and detection", () => {
  it("reads a Jalali date and an Afghan month as Gregorian days", () => {
    const iran = extract("عباس قربانچی روز ۲۵ تیر ۱۴۰۴ با وانگ هائولین وزیر خارجه چین دیدار کرد.").patch;
    expect(iran.events[0]?.date).toMatchObject({ value: "2025-07-16", precision: "day" });
    const kabul = extract("امیرخان صافی روز ۱۴ دلو ۱۴۰۳ با وانگ هائولین وزیر خارجه چین دیدار کرد.").patch;
    expect(kabul.events[0]?.date).toMatchObject({ value: "2025-02-02", precision: "day" });
  });

  it("reads a Gregorian month as Persian writes it", () => {
    const { patch } = extract("عباس قربانچی روز ۳ فوریه ۲۰۲۵ با وانگ هائولین وزیر خارجه چین دیدار کرد.");
    expect(patch.events[0]?.date).toMatchObject({ value: "2025-02-03", precision: "day" });
  });

  it("detects Persian with and without the ZWNJ", () => {
    const text = `وزیر امور خارجه ایران با همتای ترکیه${ZWNJ}ای خود دیدار کرد و درباره روابط دو کشور گفت${ZWNJ}وگو کرد.`;
    expect(detectLanguage(text)).toBe("fa");
    expect(detectLanguage(text.replaceAll(ZWNJ, ""))).toBe("fa");
  });
});

describe("Persian receptions and surnames written apart", () => {
  const meetings = (text: string) => {
    const { patch, names } = extract(text, { sourceCountry: "IR" });
    return patch.events.filter((e) => e.type === "Meeting").map((e) => names(e));
  };

  it("'مورد استقبال رسمی X قرار گرفت': an adjective between the noun and the host", () => {
    expect(
      meetings(
        "به گزارش همشهری، حامد ناصر نیازی، وزیر امور خارجه پاکستان، صبح امروز مورد استقبال رسمی سید کامران فرخی، وزیر امور خارجه کشورمان قرار گرفت.",
      ),
    ).toEqual([["حامد ناصر نیازی", "سید کامران فرخی"]]);
  });

  it("a surname the key joins ('ناصر پور' -> 'ناصرپور') is that person when written apart again", () => {
    // The full name's key joins the words after the first; written apart later, the two are one person.
    expect(
      meetings(
        "به گزارش همشهری، حامد ناصر پور، وزیر امور خارجه پاکستان، وارد تهران شد.\n\nناصر پور همچنین در دیدار با علی کاویانی، دبیر شورای عالی امنیت ملی، گفت‌وگو کرد.",
      ),
    ).toEqual([["حامد ناصر پور", "علی کاویانی"]]);
  });
});

describe("Persian titles written with ZWNJ", () => {
  it.each(["نایب‌رئیس", "نایب رئیس"])("'X، %s مجلس ملی ارمنستان، وارد تهران شد' names X", (title) => {
    const { persons } = extract(`روبن کاراپتیان، ${title} مجلس ملی ارمنستان، وارد تهران شد.`, {
      sourceCountry: "IR",
    });
    expect(persons.map((p) => [p.name, p.country])).toEqual([["روبن کاراپتیان", "AM"]]);
  });
});

describe("Persian destinations", () => {
  const visits = (text: string) => {
    const { patch, names } = extract(text, { sourceCountry: "IR" });
    const country = new Map(patch.entities.map((e) => [e.id, e.country]));
    return patch.events
      .filter((e) => e.type === "Visit")
      .map((e) => `${names(e).join(" + ")} > ${country.get(e.location ?? "")}`);
  };

  it.each(["به شهر بلم در شمال برزیل", "به بلم در برزیل"])(
    "a city no list knows, placed 'در (شمال) X', is a journey to X ('%s')",
    (where) => {
      expect(visits(`نسرین کاظمی، معاون رئیس‌جمهور، ${where} سفر کرد.`)).toEqual(["نسرین کاظمی > BR"]);
    },
  );

  it("'در جریان سفر X، صدراعظم پیشین آلمان، به سمرقند': the destination after the traveller's apposition", () => {
    expect(visits("این توافق در جریان سفر یورگ کرامر، صدراعظم پیشین آلمان، به سمرقند امضا شد.")).toEqual([
      "یورگ کرامر > UZ",
    ]);
  });

  it("travel inside a country ('در برزیل سفر کرد') names no destination", () => {
    expect(visits("نسرین کاظمی، معاون رئیس‌جمهور، در برزیل سفر کرد.")).toEqual([]);
  });
});

describe("Persian companions who 'accompany' the visitor", () => {
  const visitors = (text: string) => {
    const { patch, names, persons } = extract(text, { sourceCountry: "AF" });
    const country = new Map(patch.entities.map((e) => [e.id, e.country]));
    return {
      visits: patch.events
        .filter((e) => e.type === "Visit")
        .map((e) => `${names(e).join(" + ")} > ${country.get(e.location ?? "")}`)
        .sort(),
      persons: persons.map((p) => [p.name, p.country]),
    };
  };

  it("'X، …، و Y، …، نیز او را همراهی می‌کنند': both made the visit, and an office with no country is the visitor's", () => {
    const { visits, persons } = visitors(
      "بختیار رحیموف، وزیر خارجه ازبکستان، وارد کابل شد و ایلخم کریموف، وزیر ترانسپورت، و رستم نوروف، نماینده ویژه رئیس‌جمهور ازبکستان، نیز او را همراهی می‌کنند.",
    );
    expect(visits).toEqual(["ایلخم کریموف > AF", "بختیار رحیموف > AF", "رستم نوروف > AF"]);
    expect(persons).toContainEqual(["ایلخم کریموف", "UZ"]);
  });

  it("'X، …، وزیر خارجه را در این سفر همراهی می‌کند' in a sentence of its own", () => {
    const { visits } = visitors(
      "بختیار رحیموف، وزیر خارجه ازبکستان، وارد کابل شد. ایلخم کریموف، دبیر شورای امنیت ازبکستان، وزیر خارجه را در این سفر همراهی می‌کند.",
    );
    expect(visits).toEqual(["ایلخم کریموف > AF", "بختیار رحیموف > AF"]);
  });

  it("the one accompanied, named before 'را', makes no second journey of his own", () => {
    const { visits } = visitors(
      "بختیار رحیموف، وزیر خارجه ازبکستان، وارد کابل شد. ایلخم کریموف، دبیر شورای امنیت ازبکستان، رحیموف را همراهی می‌کند.",
    );
    expect(visits).toEqual(["ایلخم کریموف > AF", "بختیار رحیموف > AF"]);
  });
});

// Persian shapes found blind in unseen-4, each on a sentence of its own with invented people: a long lineage name,
// two offices of one person joined by "و", and "the host of" as a verb of meeting; and, found in unseen-6, foreign
// names no list knows after a title, and the EU's "مسئول سیاست خارجی" as an office.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import type { Person } from "../../src/domain/types.ts";

function extract(text: string) {
  const patch = extractArticle(text, { language: "fa", id: "t", sourceCountry: "AF" });
  const persons = patch.entities.filter((e): e is Person => e.type === "Person");
  const nameOf = new Map(patch.entities.map((e) => [e.id, e.name]));
  const of = (type: string) =>
    patch.events
      .filter((e) => e.type === type)
      .map((e) => e.participants.map((p) => nameOf.get(p.entityId)).sort());
  return { persons, meetings: of("Meeting"), visits: of("Visit") };
}

describe("Persian: names and offices", () => {
  it("reads a lineage name as one, particles uncounted and a title word after بن kept", () => {
    const { persons } = extract(
      "شاهزاده تافور بن کاسلو بن سلطان آل منصور، سفیر عربستان در لندن، در فرودگاه حضور داشت.",
    );
    expect(persons.map((p) => [p.name, p.country])).toEqual([["تافور بن کاسلو بن سلطان آل منصور", "SA"]]);
  });

  it("reads the name after 'شاهزاده' whatever the lists know of it, and presumes no country for a prince", () => {
    const { persons } = extract("شاهزاده تافور بن کاسلو آل منصور در فرودگاه هیترو مورد استقبال قرار گرفت.");
    expect(persons.map((p) => [p.name, p.country])).toEqual([["تافور بن کاسلو آل منصور", null]]);
  });

  it("gives a minister's role to the minister, not to an ambassador of the same country", () => {
    const { visits } = extract(
      "وزیر امور خارجه عربستان سعودی وارد لندن شد. شاهزاده تافور بن کاسلو آل منصور در فرودگاه از سوی شاهزاده نوریلن بن بندر آل منصور، سفیر عربستان در لندن، مورد استقبال قرار گرفت.",
    );
    // The ambassador shares only the country with the minister's role: the minister's journey is not his.
    expect(visits.flat().filter((name) => name?.startsWith("نوریلن"))).toEqual([]);
  });

  it("reads 'بن X' of a lineage name, later on, as that person", () => {
    const { meetings } = extract(
      "شاهزاده تافور بن کاسلو آل منصور روز چهارشنبه وارد لندن شد. اورسات شهرخانی، نخست‌وزیر بریتانیا، در داونینگ استریت با او دیدار کرد. بن کاسلو همچنین شامگاه چهارشنبه در تماسی تلفنی با یوهان کاربوف، همتای آلمانی خود، گفت‌وگو کرد.",
    );
    expect(meetings).toContainEqual(["تافور بن کاسلو آل منصور", "یوهان کاربوف"]);
    expect(meetings).not.toContainEqual(["اورسات شهرخانی", "یوهان کاربوف"]);
  });

  it("joins two offices of one person by 'و' into one title, with the country the second names", () => {
    const { persons } = extract(
      "اورسات قلیچف، معاون رئیس کابینه وزیران و وزیر امور خارجه ترکمنستان، روز یک‌شنبه وارد کابل شد.",
    );
    expect(persons.map((p) => [p.name, p.country, p.titles])).toEqual([
      ["اورسات قلیچف", "TM", ["معاون رئیس کابینه وزیران و وزیر امور خارجه ترکمنستان"]],
    ]);
  });

  it("reads 'میزبان … بود' as a meeting of the host with the one hosted", () => {
    const { meetings } = extract(
      "اورسات قلیچف، وزیر امور خارجه ترکمنستان، وارد کابل شد. ملا تافور ناصری، رئیس الوزرای امارت اسلامی، در قصر صدارت میزبان وزیر خارجه ترکمنستان بود.",
    );
    expect(meetings).toEqual([["اورسات قلیچف", "تافور ناصری"]]);
  });

  it("finds the one met after 'دیدار دوجانبه خود را با'", () => {
    const { meetings } = extract(
      "اورسات قلیچف، وزیر امور خارجه ترکمنستان، وارد کابل شد. قلیچف نخستین دیدار دوجانبه خود را با تافور ناصری، وزیر امور خارجه افغانستان، انجام داد.",
    );
    expect(meetings).toEqual([["اورسات قلیچف", "تافور ناصری"]]);
  });

  it("reads a late president's name after honorifics, and a list closed by '، و' as both sides of a call", () => {
    const { persons, meetings } = extract(
      "کاسلو شهرخانی، رئیس‌جمهور روسیه، و رئیس‌جمهور شهید آیت‌الله سید محمود ناصری به صورت ویدئویی با یکدیگر گفت‌وگو کردند.",
    );
    expect(persons.map((p) => p.name)).toEqual(["کاسلو شهرخانی", "محمود ناصری"]);
    expect(meetings).toEqual([["محمود ناصری", "کاسلو شهرخانی"]]);
  });

  it("reads a company's managing director named before the title", () => {
    const { persons } = extract("در این نشست جبارعلی قلیچف، مدیرعامل شرکت راه‌آهن، گزارشی ارائه کرد.");
    expect(persons.map((p) => p.name)).toEqual(["جبارعلی قلیچف"]);
  });

  it("reads a foreign surname ending like a plural before an apposition's title", () => {
    const { persons, meetings } = extract(
      "آندری کیشیها، وزیر امور خارجه اوکراین، روز پنجشنبه با اورسات قلیچف، همتای ترکمنستانی خود، دیدار و گفت‌وگو کرد.",
    );
    expect(persons.map((p) => [p.name, p.country])).toEqual([
      ["آندری کیشیها", "UA"],
      ["اورسات قلیچف", "TM"],
    ]);
    expect(meetings).toEqual([["آندری کیشیها", "اورسات قلیچف"]]);
  });

  it("reads a list of portfolios as one title, and 'در صدر هیئتی' as no office", () => {
    const { persons, meetings } = extract(
      "اورسات قلیچف، وزیر تعاون، کار و رفاه اجتماعی که در صدر هیئتی وارد ژنو شد، سخنرانی کرد. وزیر کار در حاشیه اجلاس با تافور ناصری، وزیر کار قطر، دیدار کرد.",
    );
    expect(persons.map((p) => [p.name, p.titles[0]])).toEqual([
      ["اورسات قلیچف", "وزیر تعاون، کار و رفاه اجتماعی"],
      ["تافور ناصری", "وزیر کار قطر"],
    ]);
    expect(meetings).toEqual([["اورسات قلیچف", "تافور ناصری"]]);
  });

  it("does not read 'پذیرای' before a title as a name", () => {
    const { persons } = extract("نخست‌وزیر بریتانیا روز پنج‌شنبه پذیرای وزیر خارجه سعودی در لندن بود.");
    expect(persons.map((p) => p.name)).not.toContain("پذیرای");
  });

  it.each([
    ["دبیرکل ناتو", "تاوو کالیسنن"],
    ["مسئول سیاست خارجی اتحادیه اروپا", "ماریکا اوسترلوند"],
    ["رئیس کمیسیون اروپا", "هلگا فون‌بریتن"],
  ])("reads a foreign name no list knows after '%s' as a name, not as words", (title, name) => {
    const { persons, meetings } = extract(
      `${title} ${name} روز سه‌شنبه در ایروان با وزیر خارجه ارمنستان گاگیک هاکوبیان دیدار کرد.`,
    );
    expect(persons.map((p) => p.name)).toEqual([name, "گاگیک هاکوبیان"]);
    expect(meetings).toEqual([["گاگیک هاکوبیان", name].sort()]);
  });

  it("reads no name out of ordinary words after a title", () => {
    const { persons } = extract(
      "وزیر خارجه ایران روابط دو کشور را مثبت ارزیابی کرد و گفت سفر رئیس‌جمهور نزدیک است.",
    );
    expect(persons).toEqual([]);
  });

  it("'مسئول سیاست خارجی' in apposition is an office: the name before it is a person who travels and meets", () => {
    const { persons, meetings } = extract(
      "ماریکا اوسترلوند، مسئول سیاست خارجی و امنیتی اتحادیه اروپا، روز سه‌شنبه وارد ایروان شد و با گاگیک هاکوبیان، وزیر خارجه ارمنستان، دیدار کرد.",
    );
    expect(persons.map((p) => p.name)).toContain("ماریکا اوسترلوند");
    expect(meetings).toEqual([["گاگیک هاکوبیان", "ماریکا اوسترلوند"].sort()]);
  });
});

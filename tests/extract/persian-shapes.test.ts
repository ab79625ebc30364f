// Persian news shapes met in wire copy beyond the basic ones (persian-patterns.test.ts): military ranks before a
// name, participants listed with "از" and their country, visits told in a relative clause. Names are invented.
import { describe, expect, it } from "vitest";
import { readPersian } from "./persian-reader.ts";

const extract = (text: string) => readPersian(text, "2025-06-20");

describe("Persian persons: ranks and lists", () => {
  it("a compound military rank before a name is a rank, not a person", () => {
    const { persons } = extract(
      "امیر سرتیپ کامران رحیمی، وزیر دفاع کشورمان، روز دوشنبه در این نشست سخنرانی کرد.",
    );
    expect(persons.map((p) => [p.name, p.country])).toEqual([["کامران رحیمی", "IR"]]);
  });

  it("participants listed as 'X از Y' take the country after از, and حضور is no name", () => {
    const { persons } = extract(
      "این نشست با حضور وزرای خارجه کشورهای عضو از جمله ایگور پتروف از روسیه و دراگان کوواچ از صربستان برگزار شد.",
    );
    expect(persons.map((p) => [p.name, p.country]).sort()).toEqual([
      ["ایگور پتروف", "RU"],
      ["دراگان کوواچ", "RS"],
    ]);
  });
});

describe("Persian persons: a title before a known surname", () => {
  it("'وزیر دفاع پاکستان … با امیر رحیمی': the rank and the surname are the person met, not an emir", () => {
    const { patch } = extract(
      "امیر سرتیپ کامران رحیمی، وزیر دفاع کشورمان، به چین سفر کرد. طارق جمیل وزیر دفاع پاکستان در دیداری با امیر رحیمی از همکاری دو کشور سخن گفت.",
    );
    const nameOf = new Map(patch.entities.map((e) => [e.id, e.name]));
    const meetings = patch.events.filter((e) => e.type === "Meeting");
    expect(meetings.map((e) => e.participants.map((p) => nameOf.get(p.entityId) ?? "").sort())).toEqual([
      ["طارق جمیل", "کامران رحیمی"].sort(),
    ]);
  });
});

describe("Persian visits in a relative clause", () => {
  it("the one named before که travelled, his title between them", () => {
    const { visits } = extract(
      "کامران رحیمی، وزیر کشور و امور مرزی که برای شرکت در نشست منطقه‌ای به شهر ازمیر ترکیه سفر کرده است، روز دوشنبه سخنرانی کرد.",
    );
    expect(visits).toEqual([{ visitor: "کامران رحیمی", country: "TR", status: "held" }]);
  });

  it("a city the gazetteer does not know, followed by its country", () => {
    const { visits } = extract(
      "کامران رحیمی، وزیر کشور که به شهر کوهسارآباد ترکیه سفر کرده است، روز دوشنبه سخنرانی کرد.",
    );
    expect(visits).toEqual([{ visitor: "کامران رحیمی", country: "TR", status: "held" }]);
  });

  it("'که روز گذشته وارد X شده بود': arrived, then met", () => {
    const { visits, patch } = extract(
      "فرهاد نوری وزیر امور خارجه کشورمان در تهران با ژوزه آلمیدا وزیر خارجه پرتغال که روز گذشته وارد تهران شده بود، دیدار کرد.",
    );
    expect(visits).toEqual([{ visitor: "ژوزه آلمیدا", country: "IR", status: "held" }]);
    expect(patch.events.filter((e) => e.type === "Meeting")).toHaveLength(1);
  });
});

describe("Persian names and months", () => {
  it("a month that needs a day to be one ('جون') does not cut a name short", () => {
    const { persons } = extract("این نشست به میزبانی دریادار چن جون، وزیر دفاع چین، برگزار شد.");
    expect(persons.map((p) => [p.name, p.country])).toEqual([["چن جون", "CN"]]);
  });
});

describe("Persian delegations", () => {
  it("those a delegation is said to include ('در رأس هیئتی شامل') made the visit with its head", () => {
    const { visits } = extract(
      "رئیس جمهور اوگاندا، توبیاس اوکورا، صبح امروز در رأس هیئتی شامل وزیر امور خارجه، پیتر موگیشا و وزیر " +
        "بازرگانی، گریس آتیم، وارد تهران شد و مورد استقبال معاون اول رئیس جمهور، حسن کریمی، قرار گرفت.",
    );
    expect(visits.map((v) => `${v.visitor}>${v.country}`).sort()).toEqual(
      ["توبیاس اوکورا>IR", "پیتر موگیشا>IR", "گریس آتیم>IR"].sort(),
    );
  });

  it("'X به همراه Y وارد … شد': the companion travelled too", () => {
    const { visits } = extract(
      "وزیر امور خارجه کنیا، پیتر اوتینو، به همراه وزیر انرژی این کشور، جان واجیرو، دیروز وارد تهران شد.",
    );
    expect(visits.map((v) => v.visitor).sort()).toEqual(["پیتر اوتینو", "جان واجیرو"].sort());
  });

  it("'هیئتی به رهبری X … سفر کرده است': X heads the delegation and makes the visit, not the one who tells it", () => {
    const { visits, persons } = extract(
      "سخنگوی وزارت خارجه، جواد کریمی، گفت که هیئتی به رهبری وزیر صنعت، نادر شریفی، برای شرکت در نمایشگاه " +
        "به عشق آباد سفر کرده است.",
    );
    expect(visits.map((v) => v.visitor)).toEqual(["نادر شریفی"]);
    expect(persons.map((p) => p.name)).not.toContain("رهبری نادر شریفی");
  });

  it("a city learned from 'به شهر X چین' is that city when it comes back alone ('وارد X شده بود')", () => {
    const { visits } = extract(
      "وزیر دفاع کشورمان، کامران رحیمی، برای شرکت در نشست به شهر کوهسارآباد چین سفر کرده است. وزیر دفاع " +
        "کنیا، جان اوتینو، نیز که روز گذشته وارد کوهسارآباد شده بود، با رحیمی دیدار کرد.",
    );
    expect(visits.map((v) => `${v.visitor}>${v.country}`).sort()).toEqual(
      ["کامران رحیمی>CN", "جان اوتینو>CN"].sort(),
    );
  });

  it("'نماینده خاص X برای Y': a special envoy is of the first country, not the one he is sent to", () => {
    const { persons } = extract(
      "محمد یاور خان نماینده خاص پاکستان برای افغانستان روز چهارشنبه وارد کابل شد.",
    );
    expect(persons.map((p) => [p.name, p.country])).toEqual([["محمد یاور خان", "PK"]]);
  });

  it("'هیئت همراه X شامل A، وزیر خارجه، است': a sentence that lists the delegation adds its members' visits", () => {
    const { visits } = extract(
      "رئیس جمهور کنیا، پیتر اوتینو، روز شنبه وارد تهران شد. هیئت همراه رئیس جمهور کنیا شامل جان واجیرو، وزیر " +
        "خارجه، و مری اوما، وزیر بازرگانی، است.",
    );
    expect(visits.map((v) => `${v.visitor}>${v.country}`).sort()).toEqual(
      ["جان واجیرو>IR", "مری اوما>IR", "پیتر اوتینو>IR"].sort(),
    );
  });
});

// Persian lists of several countries' officials: "A، B و C، وزیران خارجه فرانسه، آلمان و بریتانیا" (names joined
// by commas before a plural title whose countries are listed in the same order) and "با همتایان فرانسوی، آلمانی
// و بریتانیایی خود دیدار کرد" (counterparts of several countries, one person each). Invented names.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import type { GraphPatch } from "../../src/domain/types.ts";

function extract(text: string): GraphPatch {
  return extractArticle(text, { language: "fa", id: "t", sourceCountry: "IR", publishedAt: "2025-06-20" });
}

const TEXT =
  "کامران صدری، وزیر امور خارجه ایران، روز جمعه در ژنو با همتایان فرانسوی، آلمانی و بریتانیایی خود دیدار کرد. " +
  "در این نشست، پیر لوران، کلاوس برگر و جیمز هالوی، وزیران خارجه فرانسه، آلمان و بریتانیا، حضور داشتند.";

describe("Persian lists of officials of several countries", () => {
  it("names joined by commas before a plural title each take the country told in their place", () => {
    const patch = extract(TEXT);
    const country = new Map(
      patch.entities.filter((e) => e.type === "Person").map((e) => [e.name, e.country]),
    );
    expect(country.get("پیر لوران")).toBe("FR");
    expect(country.get("کلاوس برگر")).toBe("DE");
    expect(country.get("جیمز هالوی")).toBe("GB");
  });

  it("a meeting with counterparts of three countries is a meeting with each of them", () => {
    const patch = extract(TEXT);
    const name = new Map(patch.entities.map((e) => [e.id, e.name]));
    const met = patch.events
      .filter((e) => e.type === "Meeting")
      .flatMap((e) => e.participants.map((p) => name.get(p.entityId)))
      .filter((n) => n !== "کامران صدری");
    expect([...new Set(met)].sort()).toEqual(["پیر لوران", "جیمز هالوی", "کلاوس برگر"].sort());
  });

  it("'X از سوی «Y» رئیس‌جمهور این کشور مورد استقبال قرار گرفت': Y received X, and is of the country just named", () => {
    const patch = extractArticle(
      "کامران صدری رئیس‌جمهور که امروز وارد ویلنیوس شد، در کاخ ریاست‌جمهوری لیتوانی از سوی «یوناس پتراسکاس» " +
        "رئیس‌جمهور این کشور مورد استقبال رسمی قرار گرفت.",
      { language: "fa", id: "t", sourceCountry: "IR", publishedAt: "2025-08-18" },
    );
    const byName = new Map(patch.entities.map((e) => [e.name, e]));
    expect(byName.get("یوناس پتراسکاس")?.country).toBe("LT");
    const name = new Map(patch.entities.map((e) => [e.id, e.name]));
    const meetings = patch.events
      .filter((e) => e.type === "Meeting")
      .map((e) => e.participants.map((p) => name.get(p.entityId)).sort());
    expect(meetings).toContainEqual(["کامران صدری", "یوناس پتراسکاس"].sort());
    const visitors = patch.events
      .filter((e) => e.type === "Visit")
      .flatMap((e) => e.participants.filter((p) => p.role === "visitor").map((p) => name.get(p.entityId)));
    expect(visitors).toEqual(["کامران صدری"]);
  });

  it("the head of a country's delegation is of that country, and a Dari phone call ('تماس تیلفونی') is a call", () => {
    const patch = extractArticle(
      "کابل (پژواک، ۲۴ سرطان ۱۴۰۴): یک هیئت بلندرتبه قرقیزستان به رهبری آیبک توراییف وزیر اقتصاد، " +
        "دیروز وارد کابل شد. همچنین وحید نوری وزیر خارجه امارت اسلامی در یک تماس تیلفونی با رستم نظروف وزیر خارجه " +
        "تاجیکستان گفتگو کرد.",
      { language: "fa", id: "t", sourceCountry: "AF", publishedAt: "2025-07-15" },
    );
    const byName = new Map(patch.entities.map((e) => [e.name, e]));
    expect(byName.get("آیبک توراییف")?.country).toBe("KG");
    const name = new Map(patch.entities.map((e) => [e.id, e.name]));
    const calls = patch.events.filter((e) => e.type === "Meeting" && e.mode === "phone");
    expect(calls.flatMap((e) => e.participants.map((p) => name.get(p.entityId)))).toContain("رستم نظروف");
  });

  it("'برای یک سفر دو روزه به کابل آمده است' came, and is held; 'برای سفر به مسکو آماده می‌شود' is planned", () => {
    const statusOf = (text: string) =>
      extractArticle(text, { language: "fa", id: "t", sourceCountry: "AF", publishedAt: "2025-04-07" })
        .events.filter((e) => e.type === "Visit")
        .map((e) => e.status);
    expect(
      statusOf(
        "رستم کریم‌اف، وزیر خارجه ترکمنستان، با والی دیدار کرد. آقای کریم‌اف که برای یک سفر دو روزه به کابل آمده است، در رأس هیئتی قرار دارد.",
      ),
    ).toEqual(["held"]);
    expect(
      statusOf(
        "رستم کریم‌اف، وزیر خارجه ترکمنستان، با والی دیدار کرد. آقای کریم‌اف برای سفر به مسکو آماده می‌شود.",
      ),
    ).toEqual(["planned"]);
  });
});

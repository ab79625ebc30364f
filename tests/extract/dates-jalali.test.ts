// The Jalali calendar: conversions at Nowruz and leap years, checked day by day against ICU, and dates found in text.
import { describe, expect, it } from "vitest";
import {
  findJalaliDates,
  gregorianToJalali,
  isJalaliLeapYear,
  jalaliMonthLength,
  jalaliToGregorian,
  resolveJalaliDate,
} from "../../src/extract/dates-jalali.ts";

describe("extract/dates-jalali: conversion", () => {
  it.each([
    [1401, 4, 16, "2022-07-07", "the brief's example"],
    [1401, 1, 1, "2022-03-21", "Nowruz 1401"],
    [1400, 12, 29, "2022-03-20", "the day before it"],
    [1403, 1, 1, "2024-03-20", "Nowruz after a Gregorian leap day"],
    [1402, 12, 29, "2024-03-19", "the last day of a common year"],
    [1403, 12, 30, "2025-03-20", "the leap day of 1403"],
    [1404, 1, 1, "2025-03-21", "Nowruz 1404"],
    [1399, 12, 30, "2021-03-20", "the leap day of 1399"],
    [1357, 11, 22, "1979-02-11", "22 Bahman 1357"],
    [1401, 6, 31, "2022-09-22", "the last 31-day month"],
    [1401, 7, 1, "2022-09-23", "the first 30-day month"],
  ])("%i-%i-%i is %s (%s)", (jy, jm, jd, iso) => {
    expect(jalaliToGregorian(jy, jm, jd)).toBe(iso);
    expect(gregorianToJalali(iso)).toEqual({ year: jy, month: jm, day: jd });
  });

  it.each([
    [1402, 12, 30, "Esfand 30 of a common year"],
    [1401, 7, 31, "Mehr has 30 days"],
    [1401, 13, 1, "a thirteenth month"],
    [1401, 1, 0, "day zero"],
  ])("%i-%i-%i is no day (%s)", (jy, jm, jd) => {
    expect(jalaliToGregorian(jy, jm, jd)).toBeNull();
  });

  it("knows the leap years of the 33-year cycle", () => {
    const leap = [];
    for (let y = 1390; y <= 1410; y++) if (isJalaliLeapYear(y)) leap.push(y);
    expect(leap).toEqual([1391, 1395, 1399, 1403, 1408]);
    expect(jalaliMonthLength(1403, 12)).toBe(30);
    expect(jalaliMonthLength(1404, 12)).toBe(29);
  });

  it("rejects a year outside the calendar's range", () => {
    expect(() => jalaliToGregorian(4000, 1, 1)).toThrow(RangeError);
  });

  it("agrees with ICU's Persian calendar on every day from 1925 to 2100", () => {
    const icu = new Intl.DateTimeFormat("en-u-ca-persian", {
      year: "numeric",
      month: "numeric",
      day: "numeric",
      timeZone: "UTC",
    });
    const wrong: string[] = [];
    for (let t = Date.UTC(1925, 0, 1); t < Date.UTC(2101, 0, 1); t += 86_400_000) {
      const parts = Object.fromEntries(icu.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
      const iso = new Date(t).toISOString().slice(0, 10);
      if (jalaliToGregorian(Number(parts.year), Number(parts.month), Number(parts.day)) !== iso)
        wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });
});

describe("extract/dates-jalali: dates in text", () => {
  it.each([
    ["۱۶ تیر ۱۴۰۱", "2022-07-07", "Persian digits"],
    ["١٦ تير ١٤٠١", "2022-07-07", "Arabic-Indic digits, Arabic ya"],
    ["16 تیر 1401", "2022-07-07", "ASCII digits"],
    ["۲۳ آذر ماه ۱۴۰۲ هجری شمسی", "2023-12-14", "month word and era"],
    ["۱ فروردین ۱۴۰۳", "2024-03-20", "Nowruz"],
    ["۵ اردی‌بهشت ۱۴۰۲", "2023-04-25", "a month written with a non-joiner"],
    ["۱۰ دی ۱۴۰۱", "2022-12-31", "the two-letter month"],
  ])("%s -> %s (%s)", (text, iso) => {
    const [found] = findJalaliDates(`تهران - ${text} - ایرنا`);
    expect(found?.date).toEqual({ value: iso, precision: "day" });
    expect(found?.text.startsWith(text.split(" ")[0] ?? "")).toBe(true);
  });

  it("keeps the offsets of the original text", () => {
    const text = "وزیر امور خارجه روز ۱۶ تیر ۱۴۰۱ به باکو رفت";
    const [found] = findJalaliDates(text);
    expect(found && text.slice(found.start, found.end)).toBe("۱۶ تیر ۱۴۰۱");
  });

  it("places a day and month without a year by the publication date", () => {
    expect(findJalaliDates("روز ۱۵ تیر", "2022-07-07")[0]?.date).toEqual({
      value: "2022-07-06",
      precision: "day",
    });
    expect(resolveJalaliDate({ day: 28, month: 12 }, "2023-03-25")).toEqual({
      value: "2023-03-19",
      precision: "day",
    });
    expect(findJalaliDates("روز ۱۵ تیر", null)).toEqual([]);
  });

  it.each([
    ["دیروز ۱۶ نفر", "a word that starts like a month"],
    ["۳۱ مهر ۱۴۰۱", "a day the month does not have"],
    ["تیر ۱۴۰۱", "a month without a day"],
    ["۱۲۳ تیر ۱۴۰۱", "a number too long for a day"],
  ])("finds no date in %s (%s)", (text) => {
    expect(findJalaliDates(text)).toEqual([]);
  });
});

// The Solar Hijri (Jalali) calendar of Iranian text: Persian and Arabic-Indic digits, month names (lang/fa/jalali.json), Gregorian dates.
import { z } from "zod/v4";
import type { ResolvedDate } from "./dates.ts";
import { loadJson } from "./lang/load.ts";
import { fold, foldWithOffsets } from "./text/fold.ts";

const jalaliSchema = z
  .object({
    $comment: z.string().optional(),
    months: z
      .array(
        z
          .object({ number: z.number().int().min(1).max(12), names: z.array(z.string().min(1)).min(1) })
          .strict(),
      )
      .length(12)
      .refine((ms) => ms.every((m, i) => m.number === i + 1), "the twelve months, in order"),
    yearMarkers: z.array(z.string().min(1)),
    monthWord: z.string().min(1),
    yearWord: z.string().min(1),
    /** The ordinal ending a day number may carry ("۵ام"). */
    dayOrdinalSuffix: z.string().min(1),
  })
  .strict();

/**
 * Years at which the 33-year arithmetic of the calendar shifts (the "breaks" of Borkowski's algorithm, as in
 * jalaali-js): with them the leap years agree with the astronomical calendar Iran uses, 1244 to 1500 AP and beyond.
 */
const BREAKS = [
  -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
] as const;
const FIRST_YEAR = BREAKS[0];
/** The calendar is defined up to the last break (BREAKS[19]), exclusive. */
const LAST_YEAR = BREAKS[19] - 1;

const div = (a: number, b: number): number => Math.trunc(a / b);
const mod = (a: number, b: number): number => a - Math.trunc(a / b) * b;

/** Where a Jalali year falls: the Gregorian year it starts in, the March day of 1 Farvardin, and whether it is leap. */
function yearInfo(jy: number): { gy: number; march: number; leap: boolean } {
  if (!Number.isInteger(jy) || jy < FIRST_YEAR || jy > LAST_YEAR)
    throw new RangeError(`extract/dates-jalali: year ${jy} is outside ${FIRST_YEAR}..${LAST_YEAR}`);
  let leapJ = -14;
  let jp: number = FIRST_YEAR;
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i++) {
    const jm = BREAKS[i] ?? 0;
    jump = jm - jp;
    if (jy < jm) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    jp = jm;
  }
  let n = jy - jp;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const gy = jy + 621;
  const leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  if (jump - n < 6) n = n - jump + div(jump + 4, 33) * 33;
  let leap = mod(mod(n + 1, 33) - 1, 4);
  if (leap === -1) leap = 4;
  return { gy, march: 20 + leapJ - leapG, leap: leap === 0 };
}

export function isJalaliLeapYear(jy: number): boolean {
  return yearInfo(jy).leap;
}

/** Days in a Jalali month: six of 31, five of 30, and Esfand of 29 (30 in a leap year). */
export function jalaliMonthLength(jy: number, jm: number): number {
  if (jm <= 6) return 31;
  if (jm <= 11) return 30;
  return isJalaliLeapYear(jy) ? 30 : 29;
}

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** The Gregorian ISO date (YYYY-MM-DD) of a Jalali date, or null when there is no such day (31 Mehr, 30 Esfand 1402). */
export function jalaliToGregorian(jy: number, jm: number, jd: number): string | null {
  if (!Number.isInteger(jm) || jm < 1 || jm > 12 || !Number.isInteger(jd) || jd < 1) return null;
  if (jd > jalaliMonthLength(jy, jm)) return null;
  const { gy, march } = yearInfo(jy);
  const dayOfYear = (jm <= 7 ? (jm - 1) * 31 : 186 + (jm - 7) * 30) + jd - 1;
  const d = new Date(Date.UTC(gy, 2, march) + dayOfYear * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The Jalali date of a Gregorian ISO date. */
export function gregorianToJalali(iso: string): { year: number; month: number; day: number } {
  const t = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(t)) throw new RangeError(`extract/dates-jalali: "${iso}" is not a date`);
  const gy = new Date(t).getUTCFullYear();
  let jy = gy - 621;
  let start = Date.UTC(gy, 2, yearInfo(jy).march);
  if (t < start) {
    jy -= 1;
    start = Date.UTC(gy - 1, 2, yearInfo(jy).march);
  }
  const dayOfYear = Math.round((t - start) / DAY_MS);
  if (dayOfYear < 186) return { year: jy, month: div(dayOfYear, 31) + 1, day: mod(dayOfYear, 31) + 1 };
  const rest = dayOfYear - 186;
  return { year: jy, month: div(rest, 30) + 7, day: mod(rest, 30) + 1 };
}

/** A Jalali date said in a text, as a Gregorian date. */
export interface JalaliDateMention {
  /** Offsets in the original text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  text: string;
  jalali: { year: number | null; month: number; day: number };
  date: ResolvedDate;
}

interface CompiledCalendar {
  pattern: RegExp;
  monthOf: ReadonlyMap<string, number>;
}

let calendar: CompiledCalendar | null = null;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function compiled(): CompiledCalendar {
  if (calendar !== null) return calendar;
  const data = loadJson("fa/jalali.json", jalaliSchema);
  const monthOf = new Map<string, number>();
  for (const m of data.months) for (const name of m.names) monthOf.set(fold(name), m.number);
  // Longest first, so "اردی بهشت" is read whole before any shorter name.
  const names = [...monthOf.keys()].sort((a, b) => b.length - a.length).map(escape);
  const markers = data.yearMarkers.map((m) => escape(fold(m))).join("|");
  const monthWord = escape(fold(data.monthWord));
  const yearWord = escape(fold(data.yearWord));
  const ordinal = escape(fold(data.dayOrdinalSuffix));
  // Folded text: digits are ASCII by then. A day, the month (maybe after "ماه"), and maybe a year and its marker.
  const pattern = new RegExp(
    `(?<![\\p{L}\\d])(\\d{1,2})(?:\\s*${ordinal})?\\s+(?:${monthWord}\\s+)?(${names.join("|")})(?![\\p{L}])` +
      `(?:\\s+(?:${monthWord}\\s+)?(?:${yearWord}\\s+)?(\\d{4})(?!\\d)(?:\\s*(?:${markers}))?)?`,
    "gu",
  );
  calendar = { pattern, monthOf };
  return calendar;
}

/**
 * A day and month without a year take the Jalali year that puts them closest before publication (or at most 60
 * days after it), as src/extract/dates.ts does for Gregorian dates; with no publication date they cannot be placed.
 */
export function resolveJalaliDate(
  parts: { day: number; month: number; year?: number | null },
  published: string | null,
): ResolvedDate | null {
  const { day, month, year } = parts;
  if (year !== undefined && year !== null) {
    const value = jalaliToGregorian(year, month, day);
    return value === null ? null : { value, precision: "day" };
  }
  if (published === null) return null;
  const pub = Date.parse(`${published}T00:00:00Z`);
  const jy = gregorianToJalali(published).year;
  for (const y of [jy + 1, jy, jy - 1]) {
    const value = jalaliToGregorian(y, month, day);
    if (value !== null && Date.parse(`${value}T00:00:00Z`) <= pub + 60 * DAY_MS)
      return { value, precision: "day" };
  }
  return null;
}

/** Every Jalali date of a text ("۱۶ تیر ۱۴۰۱", "۵ اردیبهشت ماه"), in order, resolved against the publication date. */
export function findJalaliDates(text: string, published: string | null = null): JalaliDateMention[] {
  const { pattern, monthOf } = compiled();
  const folded = foldWithOffsets(text);
  const out: JalaliDateMention[] = [];
  for (const m of folded.text.matchAll(pattern)) {
    const [whole, dayText, monthName, yearText] = m;
    const month = monthName === undefined ? undefined : monthOf.get(monthName);
    if (dayText === undefined || month === undefined || m.index === undefined) continue;
    const jalali = { year: yearText === undefined ? null : Number(yearText), month, day: Number(dayText) };
    let date: ResolvedDate | null;
    try {
      date = resolveJalaliDate(jalali, published);
    } catch {
      date = null; // a year outside the calendar's range is not a date this module can place
    }
    if (date === null) continue;
    const start = folded.offsets[m.index] ?? 0;
    const end = folded.offsets[m.index + whole.length] ?? text.length;
    out.push({ start, end, text: text.slice(start, end), jalali, date });
  }
  return out;
}

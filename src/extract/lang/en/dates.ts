// Finds English date expressions: "on Friday", "July 16", "16 July 2023", "Saturday, April 19", "earlier this month", "last week".
import type { DateMention } from "../../mentions.ts";
import { resolveDate, type DateParts } from "../../dates.ts";
import type { EnglishLexicon } from "./lexicon.ts";
import type { EnSentence } from "./tokens.ts";

/** A date mention with the parts it was read from, so that a planned event can read "on Tuesday" forward. */
export interface EnDateMention extends DateMention {
  parts: DateParts;
}

const NUMBER = /^(\d{1,4})(?:st|nd|rd|th)?$/u;

/** "16", "16th": a number of up to four digits (most tokens start with no digit and are not looked at). */
const number = (base: string): number | null => {
  const c = base.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return null;
  const m = NUMBER.exec(base);
  return m ? Number(m[1]) : null;
};

const pad = (n: number): string => String(n).padStart(2, "0");

/** Shifts a published date by months: "last month" in a piece of 2024-10-28 is 2024-09. */
function monthOf(published: string, shift: number): string {
  const [y, m] = published.split("-").map(Number) as [number, number];
  const total = y * 12 + (m - 1) + shift;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}-01`;
}

/** The latest month of that name on or before publication: "in February" in May 2023 is 2023-02. */
function yearForMonth(month: number, published: string | null): number | undefined {
  if (!published) return undefined;
  const [y, m] = published.split("-").map(Number) as [number, number];
  return month <= m ? y : y - 1;
}

/** "Linda May", "Jack June": a month word right after a given name, with no day or year after it, is a surname. */
export function surnameAfterGiven(lex: EnglishLexicon, toks: EnSentence["tokens"], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return (
    !!prev && prev.cap && !prev.punct && lex.givenNames.has(prev.base) && !(next && /^\d/.test(next.base))
  );
}

/** One sentence's dates being read: its tokens, their bases, and the dates found so far. */
interface DateReader {
  sentence: EnSentence;
  toks: EnSentence["tokens"];
  bases: string[];
  lex: EnglishLexicon;
  published: string | null;
  out: EnDateMention[];
}

/** The month a token names: "may" is a month only when capitalised; "Mar." and "Sept." are months too. */
function monthAt(r: DateReader, i: number): number | null {
  const t = r.toks[i];
  if (!t || t.punct || !t.cap) return null;
  const m = r.lex.months.get(t.base);
  if (m === undefined) return null;
  return surnameAfterGiven(r.lex, r.toks, i) ? null : m;
}

function push(
  r: DateReader,
  from: number,
  to: number,
  value: string,
  precision: DateMention["precision"],
  parts: DateParts,
): void {
  const { sentence, toks } = r;
  const first = toks[from]!;
  const last = toks[to - 1]!;
  r.out.push({
    sentence: sentence.index,
    from,
    to,
    start: first.start,
    end: last.end,
    value,
    precision,
    text: sentence.text.slice(first.start - sentence.start, last.end - sentence.start),
    parts,
  });
}

/** "on Friday", "last Tuesday", "Saturday, …": a capitalised weekday and the direction before it. */
function readWeekday(r: DateReader, i: number, parts: DateParts): number {
  const { toks, bases, lex } = r;
  const weekday = toks[i]?.cap ? lex.weekdays.get(bases[i] ?? "") : undefined;
  if (weekday === undefined) return i;
  parts.weekday = weekday;
  const before = bases[i - 1] ?? "";
  if (lex.weekdayPast.has(before)) parts.direction = -1;
  if (lex.weekdayNext.has(before)) parts.direction = 1;
  return toks[i + 1]?.text === "," ? i + 2 : i + 1;
}

/** "16 July", "July 16": a day and a month in either order. */
function readDayAndMonth(r: DateReader, i: number, parts: DateParts): number {
  const day = number(r.bases[i] ?? "");
  const monthAfterDay = day !== null ? monthAt(r, i + 1) : null;
  if (day !== null && day >= 1 && day <= 31 && monthAfterDay !== null) {
    parts.day = day;
    parts.month = monthAfterDay;
    return i + 2;
  }
  const month = monthAt(r, i);
  const dayAfterMonth = month !== null ? number(r.bases[i + 1] ?? "") : null;
  if (month !== null && dayAfterMonth !== null && dayAfterMonth >= 1 && dayAfterMonth <= 31) {
    parts.day = dayAfterMonth;
    parts.month = month;
    return i + 2;
  }
  return i;
}

/** "in February", "February 2023": a month alone, at month precision; null when the token is no month. */
function readMonth(r: DateReader, i: number, parts: DateParts): number | null {
  const month = monthAt(r, i);
  if (month === null) return null;
  const year = number(r.bases[i + 1] ?? "");
  parts.month = month;
  let to = i + 2;
  if (year !== null && year > 1900) parts.year = year;
  else {
    const y = yearForMonth(month, r.published);
    if (y === undefined || !r.lex.monthQualifiers.has(r.bases[i - 1] ?? "")) return i + 1;
    parts.year = y;
    to = i + 1;
  }
  push(r, i, to, `${parts.year}-${pad(month)}-01`, "month", parts);
  return to;
}

/** ", 2023" after a day and month. */
function readYear(r: DateReader, at: number, parts: DateParts): number {
  let i = r.toks[at]?.text === "," ? at + 1 : at;
  const year = number(r.bases[i] ?? "");
  if (year !== null && year > 1900 && year < 2200) {
    parts.year = year;
    i++;
  } else if (r.toks[i - 1]?.text === ",") i--;
  return i;
}

/**
 * "last month", "earlier this week" (told at once, at month precision), or "yesterday" (a relative day kept in
 * the parts); `done` when the token needs no more reading.
 */
function readRelative(r: DateReader, i: number, parts: DateParts): { next: number; done: boolean } {
  const { bases, lex, published } = r;
  const first = bases[i] ?? "";
  // Most words start no relative phrase: no list of the following words for them.
  if (!lex.relativeDays.has(first) && !lex.relativeMonths.has(first) && !lex.relativeWeeks.has(first))
    return { next: i + 1, done: true };
  const rest = bases.slice(i + 1, i + 4);
  const relMonth = lex.relativeMonths.match([first], rest);
  if (relMonth && relMonth.payloads[0] !== undefined && published) {
    push(r, i, i + relMonth.length, monthOf(published, relMonth.payloads[0]), "month", {});
    return { next: i + relMonth.length, done: true };
  }
  const relWeek = lex.relativeWeeks.match([first], rest);
  if (relWeek && relWeek.payloads[0] !== undefined && published) {
    // A week is told at month precision: the month its middle falls in.
    const w = resolveDate({ relativeDays: relWeek.payloads[0] }, published);
    if (w) push(r, i, i + relWeek.length, `${w.value.slice(0, 7)}-01`, "month", {});
    return { next: i + relWeek.length, done: true };
  }
  const rel = lex.relativeDays.match([first], rest);
  if (!rel || rel.payloads[0] === undefined) return { next: i + 1, done: true };
  parts.relativeDays = rel.payloads[0];
  return { next: i + rel.length, done: false };
}

/** The date starting at `from`, if any, pushed; the index to read on from (always past `from`). */
function readDate(r: DateReader, from: number): number {
  const parts: DateParts = {};
  const afterWeekday = readWeekday(r, from, parts);
  let i = readDayAndMonth(r, afterWeekday, parts);
  if (i === afterWeekday && parts.weekday === undefined) {
    const month = readMonth(r, i, parts);
    if (month !== null) return month;
  }
  if (parts.day !== undefined) i = readYear(r, i, parts);
  if (parts.weekday === undefined && parts.day === undefined) {
    const relative = readRelative(r, i, parts);
    if (relative.done) return relative.next;
    i = relative.next;
  }
  // "Monday, April 19": the weekday only confirms the date.
  const resolved = resolveDate(
    parts.day !== undefined ? { ...parts, weekday: undefined } : parts,
    r.published,
  );
  if (resolved) push(r, from, i, resolved.value, resolved.precision, parts);
  return i === from ? i + 1 : i;
}

export function findDates(
  sentence: EnSentence,
  lex: EnglishLexicon,
  published: string | null,
): EnDateMention[] {
  const toks = sentence.tokens;
  const r: DateReader = { sentence, toks, bases: toks.map((t) => t.base), lex, published, out: [] };
  for (let i = 0; i < toks.length;) i = readDate(r, i);
  return r.out;
}

/** The same date read forward: a planned event "on Tuesday" is the next Tuesday, not the last. */
export function forward(d: EnDateMention, published: string | null): EnDateMention {
  // "on March 2" without a year, announced on March 8: next year's.
  if (d.parts.day !== undefined && d.parts.year === undefined && published && d.value < published) {
    const r = resolveDate(
      { ...d.parts, weekday: undefined, year: Number(d.value.slice(0, 4)) + 1 },
      published,
    );
    return r ? { ...d, value: r.value, precision: r.precision } : d;
  }
  if (d.parts.weekday === undefined || d.parts.direction !== undefined || d.parts.day !== undefined) return d;
  const r = resolveDate({ ...d.parts, direction: 1 }, published);
  return r ? { ...d, value: r.value, precision: r.precision } : d;
}

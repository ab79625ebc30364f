// Finds English date expressions: "on Friday", "July 16", "16 July 2023", "Saturday, April 19", "earlier this month", "last week".
import type { DateMention } from "../../mentions.ts";
import { resolveDate, type DateParts } from "../../dates.ts";
import type { EnglishLexicon } from "./lexicon.ts";
import type { EnSentence } from "./tokens.ts";

/** A date mention with the parts it was read from, so that a planned event can read "on Tuesday" forward. */
export interface EnDateMention extends DateMention {
  parts: DateParts;
}

const number = (base: string): number | null => {
  const m = /^(\d{1,4})(?:st|nd|rd|th)?$/u.exec(base);
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

/** "Theresa May", "Jack June": a month word right after a given name, with no day or year after it, is a surname. */
export function surnameAfterGiven(lex: EnglishLexicon, toks: EnSentence["tokens"], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return (
    !!prev && prev.cap && !prev.punct && lex.givenNames.has(prev.base) && !(next && /^\d/.test(next.base))
  );
}

export function findDates(
  sentence: EnSentence,
  lex: EnglishLexicon,
  published: string | null,
): EnDateMention[] {
  const toks = sentence.tokens;
  const bases = toks.map((t) => t.base);
  const out: EnDateMention[] = [];
  const monthAt = (i: number): number | null => {
    const t = toks[i];
    if (!t || t.punct) return null;
    const m = lex.months.get(t.base);
    // "may" is a month only when capitalised; "Mar." and "Sept." are months too.
    if (m === undefined || !t.cap) return null;
    return surnameAfterGiven(lex, toks, i) ? null : m;
  };
  const push = (
    from: number,
    to: number,
    value: string,
    precision: DateMention["precision"],
    parts: DateParts,
  ) => {
    const first = toks[from]!;
    const last = toks[to - 1]!;
    out.push({
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
  };
  let i = 0;
  while (i < toks.length) {
    const from = i;
    const parts: DateParts = {};
    const weekday = toks[i]?.cap ? lex.weekdays.get(bases[i] ?? "") : undefined;
    const before = bases[i - 1] ?? "";
    if (weekday !== undefined) {
      parts.weekday = weekday;
      if (lex.weekdayPast.has(before)) parts.direction = -1;
      if (lex.weekdayNext.has(before)) parts.direction = 1;
      i++;
      if (toks[i]?.text === ",") i++;
    }
    const day = number(bases[i] ?? "");
    const monthAfterDay = day !== null ? monthAt(i + 1) : null;
    const month = monthAt(i);
    const dayAfterMonth = month !== null ? number(bases[i + 1] ?? "") : null;
    if (day !== null && day >= 1 && day <= 31 && monthAfterDay !== null) {
      parts.day = day;
      parts.month = monthAfterDay;
      i += 2;
    } else if (month !== null && dayAfterMonth !== null && dayAfterMonth >= 1 && dayAfterMonth <= 31) {
      parts.day = dayAfterMonth;
      parts.month = month;
      i += 2;
    } else if (month !== null && parts.weekday === undefined) {
      // "in February", "February 2023": month precision.
      const year = number(bases[i + 1] ?? "");
      parts.month = month;
      if (year !== null && year > 1900) {
        parts.year = year;
        i += 2;
      } else {
        const y = yearForMonth(month, published);
        if (
          y === undefined ||
          !["in", "since", "of", "until", "last", "early", "late", "mid"].includes(before)
        ) {
          i = from + 1;
          continue;
        }
        parts.year = y;
        i += 1;
      }
      push(from, i, `${parts.year}-${pad(month)}-01`, "month", parts);
      continue;
    }
    if (parts.day !== undefined) {
      if (toks[i]?.text === ",") i++;
      const year = number(bases[i] ?? "");
      if (year !== null && year > 1900 && year < 2200) {
        parts.year = year;
        i++;
      } else if (toks[i - 1]?.text === ",") i--;
    }
    if (parts.weekday === undefined && parts.day === undefined) {
      const rest = bases.slice(i + 1, i + 4);
      const rel = lex.relativeDays.match([bases[i] ?? ""], rest);
      const relMonth = lex.relativeMonths.match([bases[i] ?? ""], rest);
      const relWeek = lex.relativeWeeks.match([bases[i] ?? ""], rest);
      if (relMonth && relMonth.payloads[0] !== undefined && published) {
        push(i, i + relMonth.length, monthOf(published, relMonth.payloads[0]), "month", {});
        i += relMonth.length;
        continue;
      }
      if (relWeek && relWeek.payloads[0] !== undefined && published) {
        // A week is told at month precision: the month its middle falls in.
        const r = resolveDate({ relativeDays: relWeek.payloads[0] }, published);
        if (r) push(i, i + relWeek.length, `${r.value.slice(0, 7)}-01`, "month", {});
        i += relWeek.length;
        continue;
      }
      if (!rel || rel.payloads[0] === undefined) {
        i++;
        continue;
      }
      parts.relativeDays = rel.payloads[0];
      i += rel.length;
    }
    // "Monday, April 19": the weekday only confirms the date.
    const resolved = resolveDate(
      parts.day !== undefined ? { ...parts, weekday: undefined } : parts,
      published,
    );
    if (resolved) push(from, i, resolved.value, resolved.precision, parts);
    if (i === from) i++;
  }
  return out;
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

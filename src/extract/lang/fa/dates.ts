// Dates in one Persian sentence: Jalali (Iranian and Afghan month names), Gregorian as Persian writes it
// ("۳۱ اگوست ۲۰۲۵"), and relative days and weekdays ("امروز (یکشنبه)", "روز سه‌شنبه") against the published date.
import { findJalaliDates } from "../../dates-jalali.ts";
import { resolveDate, type ResolvedDate } from "../../dates.ts";
import type { DateMention } from "../../mentions.ts";
import type { Sentence } from "../../text/tokenize.ts";
import type { PersianLexicon } from "./lexicon.ts";

const isNumber = (norm: string | undefined): boolean => norm !== undefined && /^\d{1,4}$/.test(norm);

function mention(sentence: Sentence, from: number, to: number, date: ResolvedDate): DateMention {
  const start = sentence.tokens[from]?.start ?? sentence.start;
  const end = sentence.tokens[to - 1]?.end ?? start;
  const text = sentence.text.slice(start - sentence.start, end - sentence.start);
  return { sentence: sentence.index, from, to, start, end, ...date, text };
}

/** Token range [from, to) of an offset range of the sentence. */
function tokenRange(sentence: Sentence, start: number, end: number): [number, number] {
  const from = sentence.tokens.findIndex((t) => t.end > start);
  let to = from;
  while (to < sentence.tokens.length && (sentence.tokens[to]?.start ?? end) < end) to++;
  return [Math.max(from, 0), to];
}

function jalaliDates(sentence: Sentence, published: string | null): DateMention[] {
  return findJalaliDates(sentence.text, published).map((d) => {
    const [from, to] = tokenRange(sentence, sentence.start + d.start, sentence.start + d.end);
    return mention(sentence, from, to, d.date);
  });
}

/** "۳۱ اگوست", "۱ سپتامبر ۲۰۲۵": a day, a Gregorian month, maybe a year. */
function gregorianDates(sentence: Sentence, lex: PersianLexicon, published: string | null): DateMention[] {
  const out: DateMention[] = [];
  const norms = sentence.tokens.map((t) => t.norm);
  norms.forEach((norm, i) => {
    if (!isNumber(norm) || Number(norm) > 31) return;
    const m = lex.months.match([norms[i + 1] ?? ""], norms.slice(i + 2, i + 4));
    const month = m?.payloads[0];
    if (!m || month === undefined) return;
    const yearAt = i + 1 + m.length;
    const year =
      isNumber(norms[yearAt]) && (norms[yearAt] ?? "").length === 4 ? Number(norms[yearAt]) : undefined;
    const date = resolveDate({ day: Number(norm), month, year }, published);
    if (date) out.push(mention(sentence, i, year === undefined ? yearAt : yearAt + 1, date));
  });
  return out;
}

/** "امروز", "دیروز", a weekday ("سه‌شنبه گذشته", "شنبه آینده"). */
function relativeDates(sentence: Sentence, lex: PersianLexicon, published: string | null): DateMention[] {
  const out: DateMention[] = [];
  const norms = sentence.tokens.map((t) => t.norm);
  for (let i = 0; i < norms.length; i++) {
    const rest = norms.slice(i + 1, i + 3);
    const rel = lex.relativeDays.match([norms[i] ?? ""], rest);
    const day = lex.weekdays.match([norms[i] ?? ""], rest);
    const hit = rel ?? day;
    if (!hit) continue;
    const after = norms[i + hit.length] ?? "";
    const direction: 1 | -1 = lex.relativeWeekdayNext.has(after) ? 1 : -1;
    const parts = rel
      ? { relativeDays: rel.payloads[0] ?? 0 }
      : { weekday: day?.payloads[0] ?? 0, direction };
    const date = resolveDate(parts, published);
    if (date) out.push(mention(sentence, i, i + hit.length, date));
    i += hit.length - 1;
  }
  return out;
}

/** Every date of the sentence, the most precise first: a full date before a weekday that names the same day. */
export function findDates(sentence: Sentence, lex: PersianLexicon, published: string | null): DateMention[] {
  const full = [...jalaliDates(sentence, published), ...gregorianDates(sentence, lex, published)];
  const taken = new Set(full.flatMap((d) => Array.from({ length: d.to - d.from }, (_, k) => d.from + k)));
  const relative = relativeDates(sentence, lex, published).filter((d) => !taken.has(d.from));
  return [...full.sort((a, b) => a.from - b.from), ...relative];
}

// Finds Arabic date expressions in a sentence: "يوم الخميس (16 يوليو)", "16 تموز/يوليو 2023", "أمس", "الأحد الماضي".
import type { DateMention } from "../../mentions.ts";
import { resolveDate, type DateParts } from "../../dates.ts";
import type { Sentence, Token } from "../../text/tokenize.ts";
import type { ArabicLexicon } from "./lexicon.ts";
import { forms, readings } from "./morphology.ts";

const number = (norm: string): number | null => (/^\d{1,4}$/.test(norm) ? Number(norm) : null);

/** Y/M/D or D/M/Y in figures, split by the tokenizer into five tokens. */
function numericDate(toks: readonly Token[], i: number): { year: number; month: number; day: number } | null {
  const n = [0, 2, 4].map((k) => toks[i + k]?.norm ?? "");
  if (!["/", "-", "."].includes(toks[i + 1]?.text ?? "") || toks[i + 3]?.text !== toks[i + 1]?.text)
    return null;
  if (!n.every((x) => /^\d{1,4}$/.test(x))) return null;
  const [a, b, c] = n.map(Number) as [number, number, number];
  const ymd =
    n[0]!.length === 4
      ? { year: a, month: b, day: c }
      : n[2]!.length === 4
        ? { year: c, month: b, day: a }
        : null;
  if (!ymd || ymd.month < 1 || ymd.month > 12 || ymd.day < 1 || ymd.day > 31) return null;
  return ymd;
}

/** One sentence being read for dates. */
interface DateReading {
  toks: readonly Token[];
  norms: string[];
  lex: ArabicLexicon;
}

export function findDates(sentence: Sentence, lex: ArabicLexicon, published: string | null): DateMention[] {
  const toks = sentence.tokens;
  const r: DateReading = { toks, norms: toks.map((t) => t.norm), lex };
  const out: DateMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const from = i;
    const parts: DateParts = {};
    i = readWeekday(r, i, parts);
    const end =
      readDayMonthYear(r, i, parts) ?? (parts.weekday === undefined ? readRelativeOrMonth(r, i, parts) : i);
    if (end === null) {
      i++;
      continue;
    }
    i = end;
    const resolved = resolveDate(parts, published);
    const first = toks[from];
    const last = toks[i - 1];
    if (resolved && first && last) {
      out.push({
        sentence: sentence.index,
        from,
        to: i,
        start: first.start,
        end: last.end,
        value: resolved.value,
        precision: resolved.precision,
        text: sentence.text.slice(first.start - sentence.start, last.end - sentence.start),
      });
    }
    if (i === from) i++;
  }
  return out;
}

/** The month named at i (one or more tokens), or null. */
function monthAt({ toks, norms, lex }: DateReading, i: number): { month: number; length: number } | null {
  const tok = toks[i];
  if (!tok || tok.punct) return null;
  const m = lex.months.match(forms(tok.norm), norms.slice(i + 1, i + 4));
  const month = m?.payloads[0];
  return m && month !== undefined ? { month, length: m.length } : null;
}

/** A weekday, possibly after "يوم", possibly followed by "الماضي"/"المقبل": where the reading goes on. */
function readWeekday({ toks, lex }: DateReading, i: number, parts: DateParts): number {
  const tok = toks[i];
  // A weekday is written with the article ("الجمعة", "بالخميس"); the bare word is a name or a word ("جمعة",
  // "خميس", "أحد").
  const definite = !!tok && readings(tok.norm, tok.text).some((r) => r.definite);
  const wd = definite
    ? forms(tok.norm)
        .map((f) => lex.weekdays.get(f))
        .find((v) => v !== undefined)
    : undefined;
  if (wd === undefined) return i;
  parts.weekday = wd;
  i++;
  const next = toks[i]?.norm ?? "";
  if (lex.relativeWeekdayPast.has(next) || lex.relativeWeekdayNext.has(next)) {
    parts.direction = lex.relativeWeekdayNext.has(next) ? 1 : -1;
    i++;
  }
  while (toks[i]?.punct && "(،,".includes(toks[i]!.text)) i++;
  return i;
}

/** A year after a day and month ("16 يوليو 2023"): where the reading goes on. */
function readYear(toks: readonly Token[], i: number, parts: DateParts): number {
  const year = number(toks[i]?.norm ?? "");
  if (year === null || year <= 1900 || year >= 2200) return i;
  parts.year = year;
  return i + 1;
}

/** A date in figures, a span of days in a month, or a day and a month (and a year): where it ends, or null. */
function readDayMonthYear(r: DateReading, i: number, parts: DateParts): number | null {
  const { toks, lex } = r;
  // "2024/11/05", "05/11/2024": a date in figures.
  const numeric = numericDate(toks, i);
  if (numeric) {
    parts.year = numeric.year;
    parts.month = numeric.month;
    parts.day = numeric.day;
    return i + 5;
  }
  const day = number(toks[i]?.norm ?? "");
  if (day === null) return null;
  // "من 11 إلى 14 يونيو": a span of days is dated by its first day (the end day is skipped).
  const spanEnd = number(toks[i + 2]?.norm ?? "");
  const spanMonth =
    lex.dateSpanWords.has(toks[i + 1]?.norm ?? "") && spanEnd !== null ? monthAt(r, i + 3) : null;
  if (spanMonth) {
    parts.day = day;
    parts.month = spanMonth.month;
    return readYear(toks, i + 3 + spanMonth.length, parts);
  }
  const month = day >= 1 && day <= 31 ? monthAt(r, i + 1) : null;
  if (!month) return null;
  parts.day = day;
  parts.month = month.month;
  i += 1 + month.length;
  // "تموز/يوليو": a second name for the same month.
  if (toks[i]?.text === "/" && monthAt(r, i + 1)) i += 1 + (monthAt(r, i + 1)?.length ?? 0);
  i = readYear(toks, i, parts);
  while (toks[i]?.punct && ")".includes(toks[i]!.text)) i++;
  return i;
}

/** "أمس", "اليوم" (days from the publication date), or a month and a year: where it ends, or null. */
function readRelativeOrMonth(r: DateReading, i: number, parts: DateParts): number | null {
  const { toks, norms, lex } = r;
  const tok = toks[i];
  const rel = tok ? lex.relativeDays.match(forms(tok.norm), norms.slice(i + 1, i + 3)) : null;
  if (rel && rel.payloads[0] !== undefined) {
    parts.relativeDays = rel.payloads[0];
    return i + rel.length;
  }
  const monthOnly = monthAt(r, i);
  const yearAfter = monthOnly ? number(toks[i + monthOnly.length]?.norm ?? "") : null;
  if (!monthOnly || yearAfter === null || yearAfter <= 1900) return null;
  parts.month = monthOnly.month;
  parts.year = yearAfter;
  return i + monthOnly.length + 1;
}

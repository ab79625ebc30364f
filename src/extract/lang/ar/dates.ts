// Finds Arabic date expressions in a sentence: "يوم الخميس (16 يوليو)", "16 تموز/يوليو 2023", "أمس", "الأحد الماضي".
import type { DateMention } from "../../mentions.ts";
import { resolveDate, type DateParts } from "../../dates.ts";
import type { Sentence, Token } from "../../text/tokenize.ts";
import type { ArabicLexicon } from "./lexicon.ts";
import { forms } from "./morphology.ts";

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

export function findDates(sentence: Sentence, lex: ArabicLexicon, published: string | null): DateMention[] {
  const toks = sentence.tokens;
  const out: DateMention[] = [];
  const norms = toks.map((t) => t.norm);
  const monthAt = (i: number): { month: number; length: number } | null => {
    const tok = toks[i];
    if (!tok || tok.punct) return null;
    const m = lex.months.match(forms(tok.norm), norms.slice(i + 1, i + 4));
    const month = m?.payloads[0];
    return m && month !== undefined ? { month, length: m.length } : null;
  };
  let i = 0;
  while (i < toks.length) {
    const from = i;
    const parts: DateParts = {};
    // A weekday, possibly after "يوم", possibly followed by "الماضي"/"المقبل".
    const wd = toks[i]
      ? forms(toks[i]!.norm)
          .map((f) => lex.weekdays.get(f))
          .find((v) => v !== undefined)
      : undefined;
    if (wd !== undefined) {
      parts.weekday = wd;
      i++;
      const next = toks[i]?.norm ?? "";
      if (lex.relativeWeekdayPast.has(next) || lex.relativeWeekdayNext.has(next)) {
        parts.direction = lex.relativeWeekdayNext.has(next) ? 1 : -1;
        i++;
      }
      while (toks[i]?.punct && "(،,".includes(toks[i]!.text)) i++;
    }
    // "2024/11/05", "05/11/2024": a date in figures.
    const numeric = numericDate(toks, i);
    if (numeric) {
      parts.year = numeric.year;
      parts.month = numeric.month;
      parts.day = numeric.day;
      i += 5;
    }
    // "من 11 إلى 14 يونيو": a span of days is dated by its first day (the end day is skipped).
    const spanEnd = number(toks[i + 2]?.norm ?? "");
    const spanMonth =
      number(toks[i]?.norm ?? "") !== null &&
      ["الي", "حتي", "-", "و"].includes(toks[i + 1]?.norm ?? "") &&
      spanEnd !== null
        ? monthAt(i + 3)
        : null;
    const day = number(toks[i]?.norm ?? "");
    const month = day !== null && day >= 1 && day <= 31 ? monthAt(i + 1) : null;
    if (numeric) {
      // done above
    } else if (spanMonth && day !== null) {
      parts.day = day;
      parts.month = spanMonth.month;
      i += 3 + spanMonth.length;
      const year = number(toks[i]?.norm ?? "");
      if (year !== null && year > 1900 && year < 2200) {
        parts.year = year;
        i++;
      }
    } else if (day !== null && month) {
      parts.day = day;
      parts.month = month.month;
      i += 1 + month.length;
      // "تموز/يوليو": a second name for the same month.
      if (toks[i]?.text === "/" && monthAt(i + 1)) i += 1 + (monthAt(i + 1)?.length ?? 0);
      const year = number(toks[i]?.norm ?? "");
      if (year !== null && year > 1900 && year < 2200) {
        parts.year = year;
        i++;
      }
      while (toks[i]?.punct && ")".includes(toks[i]!.text)) i++;
    } else if (wd === undefined) {
      const rel = toks[i] ? lex.relativeDays.match(forms(toks[i]!.norm), norms.slice(i + 1, i + 3)) : null;
      const monthOnly = monthAt(i);
      const yearAfter = monthOnly ? number(toks[i + monthOnly.length]?.norm ?? "") : null;
      if (rel && rel.payloads[0] !== undefined) {
        parts.relativeDays = rel.payloads[0];
        i += rel.length;
      } else if (monthOnly && yearAfter !== null && yearAfter > 1900) {
        parts.month = monthOnly.month;
        parts.year = yearAfter;
        i += monthOnly.length + 1;
      } else {
        i++;
        continue;
      }
    }
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

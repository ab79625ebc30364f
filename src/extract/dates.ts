// Turns the parts of a date said in a text (day, month, year, weekday, "yesterday") into an ISO date with its precision.
import type { DatePrecision } from "../domain/types.ts";

export interface DateParts {
  day?: number;
  month?: number;
  year?: number;
  /** 0 = Sunday. */
  weekday?: number;
  /** Days from the publication date ("yesterday" = -1). */
  relativeDays?: number;
  /** With a weekday alone: the last one before publication (-1, "last Friday") or the next one after (1). */
  direction?: -1 | 1;
}

export interface ResolvedDate {
  value: string;
  precision: DatePrecision;
}

const DAY_MS = 86_400_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
const iso = (d: Date): string =>
  `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Resolves date parts against the publication date (YYYY-MM-DD or null). News speaks of the recent past and the
 * near future: a day and month without a year take the year that puts them closest before publication (or at
 * most 60 days after it); a lone weekday is the last one on or before publication unless `direction` says next.
 */
export function resolveDate(parts: DateParts, published: string | null): ResolvedDate | null {
  const pub = published ? new Date(`${published}T00:00:00Z`) : null;
  const { day, month, year } = parts;
  if (month !== undefined && day !== undefined) {
    if (year !== undefined)
      return validDay(year, month, day)
        ? { value: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, precision: "day" }
        : null;
    if (!pub)
      return validDay(2000, month, day)
        ? { value: `0000-${pad(month)}-${pad(day)}`, precision: "day_no_year" }
        : null;
    for (const y of [pub.getUTCFullYear() + 1, pub.getUTCFullYear(), pub.getUTCFullYear() - 1]) {
      if (!validDay(y, month, day)) continue;
      const t = Date.UTC(y, month - 1, day);
      if (t <= pub.getTime() + 60 * DAY_MS) return { value: iso(new Date(t)), precision: "day" };
    }
    return null;
  }
  if (month !== undefined && year !== undefined)
    return { value: `${pad(year, 4)}-${pad(month)}-01`, precision: "month" };
  if (!pub) return null;
  if (parts.relativeDays !== undefined)
    return { value: iso(new Date(pub.getTime() + parts.relativeDays * DAY_MS)), precision: "day" };
  if (parts.weekday !== undefined) {
    const diff = parts.weekday - pub.getUTCDay();
    const offset = parts.direction === 1 ? (diff <= 0 ? diff + 7 : diff) : diff > 0 ? diff - 7 : diff;
    return { value: iso(new Date(pub.getTime() + offset * DAY_MS)), precision: "day" };
  }
  return null;
}

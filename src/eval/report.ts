// Sums scored articles per language: macro means (each article counts once) and micro P/R/F1 per category.
import type { ArticleResult } from "./evaluate.ts";
import { prf, type Prf, type Score } from "./score.ts";

export const CATEGORIES = ["persons", "countries", "meetings", "visits"] as const;
type Category = (typeof CATEGORIES)[number];

export interface LanguageSummary {
  language: string;
  articles: number;
  failed: number;
  /** Mean over articles of the overall F1 (an article that failed counts as 0). */
  macroF1: number;
  /** Per category: mean F1 over articles (macro) and P/R/F1 over the summed counts (micro). */
  categories: Record<Category, { macroF1: number; micro: Prf | null }>;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function summarize(results: readonly ArticleResult[]): LanguageSummary[] {
  const languages = [...new Set(results.map((r) => r.language))].sort();
  return languages.map((language) =>
    summarizeOne(
      language,
      results.filter((r) => r.language === language),
    ),
  );
}

function summarizeOne(language: string, rows: readonly ArticleResult[]): LanguageSummary {
  const scores = rows.map((r) => r.score);
  const category = (name: Category) => {
    const present = scores.filter((s): s is Score => s !== null).map((s) => s[name]);
    const sum = (key: "tp" | "pred" | "gold") => present.reduce((n, s) => n + s[key], 0);
    return {
      macroF1: mean(scores.map((s) => s?.[name].f ?? 0)),
      // Over the articles that were scored; none scored, nothing to sum.
      micro: present.length ? prf(sum("tp"), sum("pred"), sum("gold")) : null,
    };
  };
  return {
    language,
    articles: rows.length,
    failed: rows.filter((r) => r.score === null).length,
    macroF1: mean(scores.map((s) => s?.overallF1 ?? 0)),
    categories: {
      persons: category("persons"),
      countries: category("countries"),
      meetings: category("meetings"),
      visits: category("visits"),
    },
  };
}

const f2 = (x: number) => x.toFixed(2);

/** One line per article, then per language a line per category and the macro F1 last (what people look for). */
export function formatReport(
  results: readonly ArticleResult[],
  summaries: readonly LanguageSummary[],
): string {
  const width = Math.max(8, ...results.map((r) => r.id.length));
  const lines = [`${"article".padEnd(width)}  lang  persons countries meetings visits  overall`];
  for (const r of results) {
    const s = r.score;
    lines.push(
      s
        ? `${r.id.padEnd(width)}  ${r.language.padEnd(4)}  ${CATEGORIES.map((c) => f2(s[c].f).padStart(7)).join(" ")}  ${f2(s.overallF1).padStart(7)}`
        : `${r.id.padEnd(width)}  ${r.language.padEnd(4)}  failed: ${r.error ?? "unknown error"}`,
    );
  }
  lines.push("");
  for (const s of summaries) {
    const micro = CATEGORIES.flatMap((c) => {
      const sums = s.categories[c].micro;
      return sums ? [`${c} P ${f2(sums.p)} R ${f2(sums.r)} F1 ${f2(sums.f)}`] : [];
    });
    if (micro.length === 0) continue;
    lines.push(`${s.language} micro: ${micro.join(" · ")}`);
  }
  // Last, one line per language: the figures people look for (and `tail` shows).
  for (const s of summaries) {
    const macro = CATEGORIES.map((c) => `${c} ${f2(s.categories[c].macroF1)}`).join(" · ");
    const failed = s.failed ? `, ${s.failed} failed` : "";
    lines.push(
      `${s.language}: macro F1 = ${f2(s.macroF1)} (${s.articles} article${s.articles === 1 ? "" : "s"}${failed}) · ${macro}`,
    );
  }
  return lines.join("\n");
}

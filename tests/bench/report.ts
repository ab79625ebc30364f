// What a benchmark section reports: tables printed as they come, and named figures kept for later sections
// (a Neo4j section can divide its times by the memory store's).

export type Cell = string | number;

/** One headline figure of `npm run bench -- --json`, with the scale it was measured at (1 = 1M events). */
export interface Result {
  value: number | null;
  scale: number;
  /** What was measured, or why value is null. */
  detail: string;
}

export interface Report {
  /** Prints a titled table; numbers are right-aligned. */
  table(title: string, header: readonly string[], rows: readonly (readonly Cell[])[]): void;
  note(text: string): void;
  /** Records a figure under `section.name` (e.g. "memory-store.load.eventsPerSecond"). */
  figure(key: string, value: number): void;
  figures(): ReadonlyMap<string, number>;
  /** Records a headline figure under its JSON key ("memory.rss_vs_raw"). */
  result(key: string, result: Result): void;
  results(): ReadonlyMap<string, Result>;
}

function format(cell: Cell): string {
  if (typeof cell === "string") return cell;
  if (Number.isInteger(cell)) return cell.toLocaleString("en-US");
  return cell.toLocaleString("en-US", { maximumFractionDigits: cell < 10 ? 3 : 1 });
}

export function createReport(
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Report {
  const figures = new Map<string, number>();
  const results = new Map<string, Result>();
  return {
    table(title, header, rows) {
      const text = [header.map(String), ...rows.map((r) => r.map(format))];
      const widths = header.map((_, i) => Math.max(...text.map((r) => (r[i] ?? "").length)));
      const numeric = header.map((_, i) => rows.every((r) => typeof r[i] === "number"));
      const line = (cells: readonly string[]) =>
        cells
          .map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
          .join("  ")
          .trimEnd();
      write("");
      write(title);
      write(line(text[0] ?? []));
      write(widths.map((w) => "-".repeat(w)).join("  "));
      for (const row of text.slice(1)) write(line(row));
    },
    note(text) {
      write(text);
    },
    figure(key, value) {
      figures.set(key, value);
    },
    figures() {
      return figures;
    },
    result(key, result) {
      results.set(key, result);
    },
    results() {
      return results;
    },
  };
}

/** Median and 99th percentile (nearest rank) of durations in ms. */
export function percentiles(samples: readonly number[]): { median: number; p99: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  return { median: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? NaN };
}

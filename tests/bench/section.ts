// The shape of a benchmark section; sections/index.ts lists them in the order they run.
import type { Report } from "./report.ts";

export interface BenchConfig {
  /** BENCH_SCALE: 1 is the full size each section documents; 0.01 for a quick run. */
  scale: number;
}

export interface BenchSection {
  /** Short kebab-case name; BENCH_SECTIONS=a,b runs only those. */
  name: string;
  description: string;
  run(report: Report, config: BenchConfig): Promise<void>;
}

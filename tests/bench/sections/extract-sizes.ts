// Extraction cost against article length, per language: 10 KB, 100 KB, 1 MB and 5 MB texts made of the test
// articles of that language (tests/fixtures, held-out ones included) joined until the size is reached. Cost must
// grow linearly: MB/s should hold as the size grows (the goal is ≥ 1 MB/s on one core, 5 MB in under 10 s).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { toContract } from "../../../src/extract/contract.ts";
import { extractArticle } from "../../../src/extract/index.ts";
import type { Language } from "../../../src/extract/language.ts";
import type { Report } from "../report.ts";
import type { BenchSection } from "../section.ts";

const FOLDERS = ["../../fixtures/articles", "../../fixtures/heldout/articles"].map((p) =>
  fileURLToPath(new URL(p, import.meta.url)),
);
const LANGUAGES: readonly Language[] = ["ar", "en", "fa"];
/** Sizes at scale 1, in KB; a smaller scale shrinks them (never below 10 KB). */
const SIZES_KB = [10, 100, 1024, 5 * 1024];

/** The test articles of one language, one after another, repeated up to `bytes` of UTF-8. */
export function textOfSize(language: Language, bytes: number): string | null {
  const parts = FOLDERS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(`.${language}.txt`))
      .sort()
      .map((f) => readFileSync(`${dir}/${f}`, "utf8")),
  );
  if (parts.length === 0) return null;
  const chunks: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const part = `${parts[k % parts.length] ?? ""}\n\n`;
    chunks.push(part);
    size += Buffer.byteLength(part, "utf8");
  }
  return chunks.join("");
}

export const extractSizesSection: BenchSection = {
  name: "extract-sizes",
  description: "extraction time against article length (10 KB … 5 MB) in each language, on one core",
  async run(report: Report, config) {
    const rows: (string | number)[][] = [];
    for (const language of LANGUAGES) {
      const warm = textOfSize(language, 20_000);
      if (warm === null) {
        report.note(`extract-sizes: no ${language} test articles, skipped`);
        continue;
      }
      extractArticle(warm, { language, publishedAt: "2024-05-01" });
      for (const kb of SIZES_KB) {
        const size = Math.max(10, Math.round(kb * Math.min(1, config.scale)));
        const text = textOfSize(language, size * 1024) ?? "";
        const mb = Buffer.byteLength(text, "utf8") / (1024 * 1024);
        const started = performance.now();
        const cpu = process.cpuUsage();
        const patch = extractArticle(text, { language, publishedAt: "2024-05-01" });
        toContract(patch);
        const seconds = (performance.now() - started) / 1000;
        // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
        const used = process.cpuUsage(cpu);
        const cpuSeconds = (used.user + used.system) / 1e6;
        rows.push([language, size, seconds, cpuSeconds, mb / cpuSeconds, patch.events.length]);
        report.figure(`extract-sizes.${language}.${size}KB.mbPerCpuSecond`, mb / cpuSeconds);
        report.figure(`extract-sizes.${language}.${size}KB.seconds`, seconds);
      }
    }
    report.table(
      "Extraction time by article size (one core)",
      ["lang", "KB", "wall s", "CPU s", "MB per CPU s", "events"],
      rows,
    );
  },
};

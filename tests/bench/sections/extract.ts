// Extraction throughput on one core for one language: the test articles of that language (tests/fixtures), and
// the seed for Arabic, extracted over and over; articles and megabytes of text per second, contract JSON included.
import { fileURLToPath } from "node:url";
import { toContract } from "../../../src/extract/contract.ts";
import { extractArticle } from "../../../src/extract/index.ts";
import { listArticleFiles, readArticleFile } from "../../../src/ingest/article-files.ts";
import type { Report } from "../report.ts";
import type { BenchSection } from "../section.ts";

const FOLDERS = [
  fileURLToPath(new URL("../../fixtures/articles", import.meta.url)),
  fileURLToPath(new URL("../../../seed/articles", import.meta.url)),
];
/** Passes over the corpus at scale 1. */
const PASSES = 400;
const MB = 1024 * 1024;
const NAMES = { ar: "Arabic", en: "English" } as const;

export function extractionSection(language: keyof typeof NAMES): BenchSection {
  const label = NAMES[language];
  return {
    name: `extract-${label.toLowerCase()}`,
    description: `${label} extraction throughput on one core (test articles and seed, *.${language}.txt, repeated)`,
    async run(report: Report, config) {
      const files = (await Promise.all(FOLDERS.map((d) => listArticleFiles(d)))).flat();
      const articles = await Promise.all(
        files.filter((f) => f.endsWith(`.${language}.txt`)).map((f) => readArticleFile(f)),
      );
      if (articles.length === 0) throw new Error(`bench/extract-${language}: no ${label} articles found`);
      const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, "utf8"), 0);
      // Warm-up: lexicons and gazetteer load once, and the JIT settles.
      for (const a of articles) toContract(extractArticle(a.text, a.meta));
      const passes = Math.max(1, Math.round(PASSES * config.scale));
      const started = performance.now();
      for (let p = 0; p < passes; p++) for (const a of articles) toContract(extractArticle(a.text, a.meta));
      const seconds = (performance.now() - started) / 1000;
      const count = passes * articles.length;
      const mb = (passes * bytes) / MB;
      report.table(
        `${label} extraction (one core)`,
        ["articles", "MB of text", "seconds", "articles/s", "MB/s", "ms/article"],
        [[count, mb, seconds, count / seconds, mb / seconds, (seconds * 1000) / count]],
      );
      report.figure(`extract-${label.toLowerCase()}.articlesPerSecond`, count / seconds);
      report.figure(`extract-${label.toLowerCase()}.mbPerSecond`, mb / seconds);
    },
  };
}

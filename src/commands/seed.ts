// `diplograph seed [DIR…]`: ingests every article of the folders, showing progress; one failure stops nothing.
import { messageOf } from "../domain/errors.ts";
import { ingestArticle } from "../ingest/ingest.ts";
import { listArticleFiles, readArticleFile } from "../ingest/article-files.ts";
import type { GraphStore } from "../store/graph-store.ts";

export interface SeedReport {
  ingested: number;
  unchanged: number;
  failed: { path: string; reason: string }[];
}

export async function seedFolders(
  store: GraphStore,
  dirs: readonly string[],
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<SeedReport> {
  const files = (await Promise.all(dirs.map((d) => listArticleFiles(d)))).flat();
  const report: SeedReport = { ingested: 0, unchanged: 0, failed: [] };
  const width = String(files.length).length;
  for (const [i, path] of files.entries()) {
    const at = `[${String(i + 1).padStart(width)}/${files.length}]`;
    try {
      const article = await readArticleFile(path);
      const result = await ingestArticle(store, article.text, article.meta);
      if (result.unchanged) report.unchanged++;
      else report.ingested++;
      const c = result.created;
      log(
        `${at} ${result.unchanged ? "unchanged" : "ingested "} ${result.articleId}: ` +
          `${result.patch.entities.filter((e) => e.type === "Person").length} persons, ${result.patch.events.length} events` +
          ` (${c.entities.length} new entities, ${c.events.length} new events)`,
      );
    } catch (error) {
      report.failed.push({ path, reason: messageOf(error) });
      log(`${at} FAILED   ${path}: ${messageOf(error)}`);
    }
  }
  log(`seed: ${report.ingested} ingested, ${report.unchanged} unchanged, ${report.failed.length} failed`);
  return report;
}

// `diplograph seed [DIR…]`: ingests every article of the folders, showing progress; one failure stops nothing,
// an interrupt (Ctrl-C) stops after the article in hand, keeping every article already ingested.
import { messageOf } from "../domain/errors.ts";
import { contentHash } from "../domain/ids.ts";
import { ingestArticle, type Extractor } from "../ingest/ingest.ts";
import { listArticleFiles, readArticleFile } from "../ingest/article-files.ts";
import type { GraphStore } from "../store/graph-store.ts";

export interface SeedReport {
  ingested: number;
  unchanged: number;
  failed: { path: string; reason: string }[];
  /** Articles not reached because the run was interrupted. */
  skipped: number;
}

export interface SeedOptions {
  log?: (line: string) => void;
  /** Where extraction runs (default: in this thread). */
  extract?: Extractor;
  /** Stops the run between articles (and, with a worker pool, within one). */
  signal?: AbortSignal;
  /** Largest article in bytes. */
  maxArticleBytes?: number;
  /**
   * Skip articles the store already holds with the same text, without extracting them again (continuing an
   * interrupted seed). Without it every article is extracted anew, so a newer extractor's reading replaces the old.
   */
  resume?: boolean;
}

export async function seedFolders(
  store: GraphStore,
  dirs: readonly string[],
  optionsOrLog: SeedOptions | ((line: string) => void) = {},
): Promise<SeedReport> {
  const options = typeof optionsOrLog === "function" ? { log: optionsOrLog } : optionsOrLog;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const files = (await Promise.all(dirs.map((d) => listArticleFiles(d)))).flat();
  const report: SeedReport = { ingested: 0, unchanged: 0, failed: [], skipped: 0 };
  const width = String(files.length).length;
  for (const [i, path] of files.entries()) {
    if (options.signal?.aborted) {
      report.skipped = files.length - i;
      break;
    }
    const at = `[${String(i + 1).padStart(width)}/${files.length}]`;
    try {
      const article = await readArticleFile(path, options.maxArticleBytes);
      if (options.resume) {
        const held = await store.getArticle(article.meta.id);
        if (held !== null && held.contentHash === contentHash(article.text)) {
          report.unchanged++;
          log(`${at} present   ${article.meta.id}`);
          continue;
        }
      }
      const result = await ingestArticle(store, article.text, article.meta, {
        where: path,
        ...(options.extract ? { extract: options.extract } : {}),
      });
      if (result.unchanged) report.unchanged++;
      else report.ingested++;
      const c = result.created;
      const detected =
        article.detectedLanguage !== null && article.detectedLanguage !== article.meta.language
          ? ` (declared ${article.meta.language}, the letters suggest ${article.detectedLanguage})`
          : "";
      log(
        `${at} ${result.unchanged ? "unchanged" : "ingested "} ${result.articleId} [${article.meta.language}]${detected}: ` +
          `${result.patch.entities.filter((e) => e.type === "Person").length} persons, ${result.patch.events.length} events` +
          ` (${c.entities.length} new entities, ${c.events.length} new events)`,
      );
    } catch (error) {
      if (options.signal?.aborted) {
        report.skipped = files.length - i;
        break;
      }
      report.failed.push({ path, reason: messageOf(error) });
      log(`${at} FAILED   ${messageOf(error)}`);
    }
  }
  const interrupted =
    report.skipped > 0
      ? `, ${report.skipped} not reached (interrupted; \`seed --resume\` continues where this stopped)`
      : "";
  log(
    `seed: ${report.ingested} ingested, ${report.unchanged} unchanged, ${report.failed.length} failed${interrupted}`,
  );
  return report;
}

// `diplograph eval DIR`: extracts every article of an annotated folder and scores it against its gold.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { InvalidInputError } from "../domain/errors.ts";
import { evaluateFolder } from "../eval/evaluate.ts";
import { formatReport, summarize } from "../eval/report.ts";

export interface EvalCommandOptions {
  json: boolean;
  lang?: string;
  /** Write each article's extraction (contract JSON) into this folder, to look at what was scored. */
  extractions?: string;
  progress?: (line: string) => void;
}

export async function evalCommand(dir: string, options: EvalCommandOptions): Promise<string> {
  const { layout, withoutGold, results } = await evaluateFolder(dir, {
    ...(options.lang ? { language: options.lang } : {}),
    onArticle: (r, done, total) =>
      options.progress?.(`[${done}/${total}] ${r.id}${r.error ? `: failed: ${r.error}` : ""}`),
  });
  if (results.length === 0)
    throw new InvalidInputError(
      `eval: no scored article in "${dir}" (${layout} layout${options.lang ? `, language ${options.lang}` : ""})`,
    );
  if (options.extractions) {
    await mkdir(options.extractions, { recursive: true });
    for (const r of results) {
      if (r.extraction === null) continue;
      await writeFile(join(options.extractions, `${r.id}.json`), JSON.stringify(r.extraction, null, 2));
    }
  }
  const summaries = summarize(results);
  if (options.json) {
    const articles = results.map(({ id, language, score, error }) => ({ id, language, score, error }));
    return JSON.stringify({ layout, withoutGold, articles, languages: summaries }, null, 2);
  }
  const notes = withoutGold.map((path) => `(no gold for ${path}: not scored)`);
  return [...notes, formatReport(results, summaries)].join("\n");
}

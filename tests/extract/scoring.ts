// Scores an extraction with the project's shared scorer (../shared/eval/score.mjs), as CI and analysts do.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { toContract } from "../../src/extract/contract.ts";
import { extractArticle } from "../../src/extract/index.ts";
import { readArticleFile } from "../../src/ingest/article-files.ts";

export const PROJECT_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const SCORER = resolve(PROJECT_ROOT, "../shared/eval/score.mjs");
export const FIXTURES = join(PROJECT_ROOT, "tests/fixtures");

export interface Score {
  overallF1: number;
  persons: { tp: number; pred: number; gold: number; f: number; duplicates: number };
  personCountry: { right: number; of: number };
  personExactName: { right: number; of: number };
  meetings: { tp: number; pred: number; gold: number; f: number };
  visits: { tp: number; pred: number; gold: number; f: number };
  counterparts: { tp: number; pred: number; gold: number; f: number };
  countries: { tp: number; pred: number; gold: number; f: number };
}

export function requireScorer(): void {
  if (!existsSync(SCORER))
    throw new Error(`the scorer is missing at ${SCORER}: shared/ must stand beside the project`);
}

/** Extracts an article file (text + metadata) and scores it against a gold file. */
export async function scoreArticle(textPath: string, goldPath: string): Promise<Score> {
  requireScorer();
  const article = await readArticleFile(textPath);
  const extraction = toContract(extractArticle(article.text, article.meta));
  const dir = mkdtempSync(join(tmpdir(), "diplograph-score-"));
  const file = join(dir, "extraction.json");
  writeFileSync(file, JSON.stringify(extraction));
  const out = execFileSync(process.execPath, [SCORER, goldPath, file, "--json"], { encoding: "utf8" });
  return JSON.parse(out) as Score;
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

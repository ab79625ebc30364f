// Extracts and scores every article of a folder: one row per article, then sums per language and category.
import { readFile } from "node:fs/promises";
import { KNOWN_LANGUAGES } from "../domain/article-meta.ts";
import { InvalidInputError, messageOf } from "../domain/errors.ts";
import { toContract } from "../extract/contract.ts";
import { extractArticle, type ArticleMeta } from "../extract/index.ts";
import type { Language } from "../extract/language.ts";
import { readArticleFile } from "../ingest/article-files.ts";
import { listScoredArticles, type ScoredArticle } from "./corpus.ts";
import { goldSchema, type Gold } from "./gold.ts";
import { scoreExtraction, type Score } from "./score.ts";

export interface ArticleResult {
  id: string;
  language: string;
  score: Score | null;
  /** Why the article could not be scored (unreadable gold, refused text …); it then counts as 0. */
  error: string | null;
  /** The contract JSON that was scored, for people who want to look at it. */
  extraction: unknown;
}

export interface EvalOptions {
  /** Only the articles of this language. */
  language?: string;
  /** Called after each article, for progress. */
  onArticle?: (result: ArticleResult, done: number, total: number) => void;
}

export async function evaluateFolder(dir: string, options: EvalOptions = {}) {
  const listing = listScoredArticles(dir);
  const results: ArticleResult[] = [];
  const chosen = [];
  for (const article of listing.articles) {
    const input = await readInput(article).catch((error: unknown) => ({ error: messageOf(error) }));
    if ("meta" in input && options.language && input.meta.language !== options.language) continue;
    chosen.push({ article, input });
  }
  for (const { article, input } of chosen) {
    const result = "error" in input ? failed(article.id, "?", input.error) : await scoreOne(article, input);
    results.push(result);
    options.onArticle?.(result, results.length, chosen.length);
  }
  return { layout: listing.layout, withoutGold: listing.withoutGold, results };
}

interface Input {
  text: string;
  meta: ArticleMeta;
}

async function readInput(article: ScoredArticle): Promise<Input> {
  if (!article.meta) {
    const file = await readArticleFile(article.textPath);
    return { text: file.text, meta: file.meta };
  }
  const { language, publishedAt, sourceCountry } = article.meta;
  if (language !== undefined && !(KNOWN_LANGUAGES as readonly string[]).includes(language))
    throw new InvalidInputError(`eval: ${article.id}: unknown language "${language}" in meta.tsv`);
  return {
    text: await readFile(article.textPath, "utf8"),
    meta: {
      id: article.id,
      ...(language ? { language: language as Language } : {}),
      ...(publishedAt ? { publishedAt } : {}),
      ...(sourceCountry ? { sourceCountry } : {}),
    },
  };
}

async function readGold(path: string): Promise<Gold> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new InvalidInputError(`eval: cannot read gold "${path}": ${messageOf(error)}`);
  }
  const parsed = goldSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new InvalidInputError(
    `eval: ${path}: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`,
  );
}

async function scoreOne(article: ScoredArticle, input: Input): Promise<ArticleResult> {
  let language = input.meta.language ?? "?";
  try {
    const gold = await readGold(article.goldPath);
    const patch = extractArticle(input.text, input.meta);
    language = patch.article.language;
    const extraction = toContract(patch);
    return { id: article.id, language, score: scoreExtraction(gold, extraction), error: null, extraction };
  } catch (error) {
    return failed(article.id, language, messageOf(error));
  }
}

function failed(id: string, language: string, error: string): ArticleResult {
  return { id, language, score: null, error, extraction: null };
}

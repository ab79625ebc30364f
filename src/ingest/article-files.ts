// Reads articles from disk: NAME.txt holds the text, NAME.json beside it the metadata (language, source country, date…).
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { z } from "zod";
import { InvalidInputError } from "../domain/errors.ts";
import type { ArticleMeta } from "../extract/index.ts";

const metaSchema = z
  .object({
    id: z.string().min(1).max(200).nullish(),
    language: z.enum(["ar", "en", "fa"]).nullish(),
    title: z.string().nullish(),
    source: z.string().nullish(),
    sourceCountry: z
      .string()
      .regex(/^[A-Z]{2}$/, "an ISO 3166 alpha-2 code in capitals")
      .nullish(),
    url: z.string().nullish(),
    publishedAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
      .nullish(),
  })
  .strict();

export interface ArticleFile {
  path: string;
  text: string;
  meta: ArticleMeta;
}

/** The metadata file of an article text: "x.ar.txt" -> "x.ar.json". */
export function metaPathOf(textPath: string): string {
  return textPath.replace(/\.txt$/i, ".json");
}

export async function readArticleFile(path: string): Promise<ArticleFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new InvalidInputError(
      `articles: cannot read "${path}": ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  let raw: unknown = {};
  try {
    raw = JSON.parse(await readFile(metaPathOf(path), "utf8"));
  } catch (error) {
    const missing = error instanceof Error && "code" in error && error.code === "ENOENT";
    if (!missing)
      throw new InvalidInputError(`articles: metadata of "${path}" is not valid JSON`, { cause: error });
  }
  const parsed = metaSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidInputError(`articles: ${metaPathOf(path)}: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  const id = parsed.data.id ?? basename(path).replace(/\.txt$/i, "");
  return { path, text, meta: { ...parsed.data, id } };
}

/** Every NAME.txt in a folder, sorted by name so that seeding is deterministic. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    throw new InvalidInputError(
      `articles: cannot read folder "${dir}": ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return entries
    .filter((f) => f.toLowerCase().endsWith(".txt"))
    .sort()
    .map((f) => join(dir, f));
}

// Reads articles from disk: NAME.txt holds the text, NAME.json beside it the metadata (language, source country, date…).
import { open, readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { checkArticleMeta } from "../domain/article-meta.ts";
import { InvalidInputError, messageOf } from "../domain/errors.ts";
import { DEFAULT_MAX_ARTICLE_BYTES, checkArticleSize } from "../domain/limits.ts";
import { decodeText } from "../domain/text-sniff.ts";
import type { ArticleMeta } from "../extract/index.ts";
import type { Language } from "../extract/language.ts";
import { checkArticleText } from "./article-input.ts";

export interface ArticleFile {
  path: string;
  text: string;
  meta: ArticleMeta & { id: string; language: Language };
  /** The language the letters suggest, reported beside the declared one. */
  detectedLanguage: Language | null;
}

/** The metadata file of an article text: "x.ar.txt" -> "x.ar.json". */
export function metaPathOf(textPath: string): string {
  return textPath.replace(/\.txt$/i, ".json");
}

/** The file's bytes, refusing one past the limit before reading it whole. */
async function readBounded(path: string, maxBytes: number): Promise<Uint8Array> {
  let file;
  try {
    file = await open(path, "r");
  } catch (error) {
    throw new InvalidInputError(`${path}: cannot read: ${messageOf(error)}`);
  }
  try {
    const { size, isFile } = await file.stat().then((s) => ({ size: s.size, isFile: s.isFile() }));
    if (!isFile) throw new InvalidInputError(`${path}: not a file`);
    checkArticleSize(path, size, maxBytes);
    return await file.readFile();
  } finally {
    await file.close();
  }
}

/**
 * Reads and checks one article (size, text not binary, metadata: see src/ingest/article-input.ts); every
 * refusal is a BAD_USER_INPUT error naming the file and, for metadata, the field.
 */
export async function readArticleFile(
  path: string,
  maxBytes: number = DEFAULT_MAX_ARTICLE_BYTES,
): Promise<ArticleFile> {
  const text = decodeText(path, await readBounded(path, maxBytes));
  const metaPath = metaPathOf(path);
  let raw: unknown = {};
  try {
    raw = JSON.parse(await readFile(metaPath, "utf8"));
  } catch (error) {
    const missing = error instanceof Error && "code" in error && error.code === "ENOENT";
    if (!missing) throw new InvalidInputError(`${metaPath}: not valid JSON`, { cause: error });
  }
  // Metadata errors name the .json file; text errors the .txt.
  const meta = checkArticleMeta(metaPath, raw);
  const { language, detectedLanguage } = checkArticleText(path, text, meta.language);
  const id = meta.id ?? basename(path).replace(/\.txt$/i, "");
  return { path, text, meta: { ...meta, id, language }, detectedLanguage };
}

/** Every NAME.txt in a folder, sorted by name so that seeding is deterministic. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    throw new InvalidInputError(`${dir}: cannot read the folder: ${messageOf(error)}`);
  }
  return entries
    .filter((f) => f.toLowerCase().endsWith(".txt"))
    .sort()
    .map((f) => join(dir, f));
}

// Reads a language's data files (JSON and word lists) once; the only file access of the extractor.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { z } from "zod/v4";

const LANG_DIR = fileURLToPath(new URL(".", import.meta.url));

export class LexiconError extends Error {
  constructor(file: string, message: string) {
    super(`extract/lang: ${file}: ${message}`);
    this.name = "LexiconError";
  }
}

/** Parses and validates a JSON data file under src/extract/lang/. */
export function loadJson<S extends z.ZodTypeAny>(relative: string, schema: S): z.infer<S> {
  const path = LANG_DIR + relative;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new LexiconError(relative, error instanceof Error ? error.message : String(error));
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LexiconError(relative, `${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

/** A word list: one entry a line, "#" starts a comment line, blank lines ignored. */
export function loadList(relative: string): string[] {
  let text: string;
  try {
    text = readFileSync(LANG_DIR + relative, "utf8");
  } catch (error) {
    throw new LexiconError(relative, error instanceof Error ? error.message : String(error));
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith("#"));
}

// Loads and checks the resolver's data files (letter classes, name particles, role concepts) once; the only file access of src/resolve.
import { readFileSync } from "node:fs";
import { z } from "zod/v4";

/** A data file that is missing, is not JSON, or breaks its format. */
export class ResolveDataError extends Error {
  readonly file: string;
  constructor(file: string, message: string, options?: { cause?: unknown }) {
    super(`resolve/data: ${file}: ${message}`, options);
    this.name = "ResolveDataError";
    this.file = file;
  }
}

/** One class ("B"), a weak class ("a", "w", "y", "h"), alternatives ("F|w"), a sequence ("KS"), or "" to drop. */
const classSpec = z
  .string()
  .regex(/^(?:[A-Zawyh]*)(?:\|[A-Zawyh]+)*$/, "classes: A-Z, a w y h, '|' between alternatives");
const letterTable = z.record(z.string().min(1).max(3), classSpec);

export const transliterationSchema = z
  .object({
    $comment: z.string().optional(),
    arabic: letterTable,
    latinBeforeFolding: z.record(z.string().length(1), z.string()),
    latin: letterTable,
    latinAtEnd: letterTable,
    optionalAtEnd: z.array(z.string().regex(/^[A-Z]$/)),
    maxVariants: z.number().int().min(1).max(256),
  })
  .strict();
export type TransliterationData = z.infer<typeof transliterationSchema>;

const words = z.array(
  z
    .string()
    .min(1)
    .refine((w) => w === w.trim() && !/\s/.test(w), "one word, no spaces"),
);
export const particlesSchema = z
  .object({
    $comment: z.string().optional(),
    /** The Arabic article, written joined to its word: a word that begins with it is keyed with and without it. */
    arabicArticle: z.string().min(1),
    articles: words,
    hyphenArticles: words,
    connectors: words,
    prefixJoiners: words,
    suffixJoiners: words,
    /** Single words, or phrases of several ("آية الله") removed before the words are read. */
    honorifics: z.array(
      z
        .string()
        .min(1)
        .refine((w) => w === w.trim() && !/\s\s/.test(w), "no padding"),
    ),
  })
  .strict();
export type ParticlesData = z.infer<typeof particlesSchema>;

/** A role said in many ways: a title has it when every part of one pattern occurs in it and no "unless" part does. */
export const rolesSchema = z
  .object({
    $comment: z.string().optional(),
    roles: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z][a-z-]*$/),
            patterns: z.array(z.array(z.string().min(1)).min(1)).min(1),
            unless: z.array(z.string().min(1)).default([]),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type RolesData = z.infer<typeof rolesSchema>;

const DATA_DIR = new URL("./data/", import.meta.url);

/** Reads data/<file> and checks it against the schema; a broken file is a ResolveDataError naming the file and the place. */
export function loadResolveData<S extends z.ZodTypeAny>(file: string, schema: S): z.output<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(new URL(file, DATA_DIR), "utf8"));
  } catch (error) {
    throw new ResolveDataError(file, error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ResolveDataError(file, `${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

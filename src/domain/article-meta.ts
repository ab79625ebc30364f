// An article's metadata, checked the same way whether it comes from a NAME.json file or the API's ingestArticle.
import countries from "i18n-iso-countries";
import { z } from "zod/v4";
import { InvalidInputError } from "./errors.ts";
import { META_LIMITS } from "./limits.ts";

/** The languages an article may be declared in (extraction then says which it can read). */
export const KNOWN_LANGUAGES = ["ar", "en", "fa"] as const;
export type KnownLanguage = (typeof KNOWN_LANGUAGES)[number];

/** True for a real day of the Gregorian calendar written YYYY-MM-DD (2023-02-30 and 2023-13-45 are not). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0-99 to 1900-1999; set the full year again before comparing.
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const text = (max: number) =>
  z.string().trim().min(1, "must not be empty").max(max, `at most ${max} characters`);

export const articleMetaSchema = z
  .object({
    id: text(META_LIMITS.id).nullish(),
    language: z
      .enum(KNOWN_LANGUAGES, { error: () => `must be one of ${KNOWN_LANGUAGES.join(", ")}` })
      .nullish(),
    title: text(META_LIMITS.title).nullish(),
    source: text(META_LIMITS.source).nullish(),
    sourceCountry: z
      .string()
      .refine((code) => /^[A-Z]{2}$/.test(code) && countries.isValid(code), {
        error: (issue) => `"${String(issue.input)}" is not an ISO 3166 alpha-2 country code in capitals`,
      })
      .nullish(),
    url: text(META_LIMITS.url).nullish(),
    publishedAt: z
      .string()
      .refine(isCalendarDate, {
        error: (issue) => `"${String(issue.input)}" is not a calendar date as YYYY-MM-DD`,
      })
      .nullish(),
  })
  .strict();

export type CheckedMeta = z.infer<typeof articleMetaSchema>;

/**
 * The metadata if it is valid, else a BAD_USER_INPUT error naming `where` (a file, an argument) and the
 * field: "seed/x.json: publishedAt: "2023-13-45" is not a calendar date as YYYY-MM-DD".
 */
export function checkArticleMeta(where: string, raw: unknown): CheckedMeta {
  const parsed = articleMetaSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join(".") ?? "";
  const message =
    issue?.code === "unrecognized_keys"
      ? `unknown field(s) ${issue.keys.join(", ")}`
      : (issue?.message ?? "invalid");
  throw new InvalidInputError(`${where}: ${field ? `${field}: ` : ""}${message}`);
}

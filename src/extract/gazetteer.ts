// The generic gazetteer of one language (countries with names, demonyms and capital; places with their country), read from data files and checked once.
import { readFileSync } from "node:fs";
import { z } from "zod/v4";
import { KNOWN_LANGUAGES } from "../domain/article-meta.ts";
import { PLACE_KINDS } from "../domain/types.ts";

/** The gazetteer has a file set for every language an article may be in. */
export const GAZETTEER_LANGUAGES = KNOWN_LANGUAGES;
export type GazetteerLanguage = (typeof GAZETTEER_LANGUAGES)[number];

const isoCode = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166 alpha-2 code in capitals");
const name = z
  .string()
  .min(1)
  .max(120)
  .refine((s) => s === s.trim() && !/\s\s/.test(s), "no leading, trailing or doubled spaces");

export const countryEntrySchema = z
  .object({
    code: isoCode,
    /** The short name first, then long forms and variants used in news. */
    names: z.array(name).min(1),
    /** Arabic: the masculine singular nisba without article or endings; multi-word forms take them on each word. */
    demonyms: z.array(name),
    capital: name.nullable(),
  })
  .strict();

export const placeEntrySchema = z
  .object({
    names: z.array(name).min(1),
    country: isoCode,
    kind: z.enum(PLACE_KINDS),
  })
  .strict();

export type CountryEntry = z.infer<typeof countryEntrySchema>;
export type PlaceEntry = z.infer<typeof placeEntrySchema>;

export interface Gazetteer {
  countries: CountryEntry[];
  places: PlaceEntry[];
}

/** A data file that is missing, is not JSON, or holds an entry that breaks the format. */
export class GazetteerDataError extends Error {
  readonly file: string;
  constructor(file: string, message: string, options?: { cause?: unknown }) {
    super(`extract/gazetteer: ${file}: ${message}`, options);
    this.name = "GazetteerDataError";
    this.file = file;
  }
}

function validateEntries<T>(schema: z.ZodType<T>, data: unknown, file: string): T[] {
  if (!Array.isArray(data)) throw new GazetteerDataError(file, "expected a JSON array of entries");
  return data.map((entry: unknown, index) => {
    const parsed = schema.safeParse(entry);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(entry)"}: ${i.message}`);
      throw new GazetteerDataError(file, `entry ${index} ${JSON.stringify(entry)}: ${issues.join("; ")}`);
    }
    return parsed.data;
  });
}

/** Checks a parsed countries file; codes must be unique within it. */
export function validateCountries(data: unknown, file: string): CountryEntry[] {
  const countries = validateEntries(countryEntrySchema, data, file);
  const seen = new Set<string>();
  for (const [index, country] of countries.entries()) {
    if (seen.has(country.code)) {
      throw new GazetteerDataError(
        file,
        `entry ${index} ${JSON.stringify(country)}: duplicate code "${country.code}"`,
      );
    }
    seen.add(country.code);
  }
  return countries;
}

export function validatePlaces(data: unknown, file: string): PlaceEntry[] {
  return validateEntries(placeEntrySchema, data, file);
}

function readJson(url: URL, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(url, "utf8");
  } catch (error) {
    throw new GazetteerDataError(file, "cannot be read", { cause: error });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new GazetteerDataError(file, "is not valid JSON", { cause: error });
  }
}

const cache = new Map<GazetteerLanguage, Gazetteer>();

/** The gazetteer of one language from data/<lang>/{countries,places}.json, read and validated on first use, then cached. */
export function loadGazetteer(lang: GazetteerLanguage): Gazetteer {
  if (!(GAZETTEER_LANGUAGES as readonly string[]).includes(lang)) {
    throw new GazetteerDataError(`data/${String(lang)}`, `unknown gazetteer language "${String(lang)}"`);
  }
  const cached = cache.get(lang);
  if (cached) return cached;
  const countriesFile = `src/extract/data/${lang}/countries.json`;
  const placesFile = `src/extract/data/${lang}/places.json`;
  const gazetteer: Gazetteer = {
    countries: validateCountries(
      readJson(new URL(`./data/${lang}/countries.json`, import.meta.url), countriesFile),
      countriesFile,
    ),
    places: validatePlaces(
      readJson(new URL(`./data/${lang}/places.json`, import.meta.url), placesFile),
      placesFile,
    ),
  };
  cache.set(lang, gazetteer);
  return gazetteer;
}

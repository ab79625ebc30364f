// Builds data/<lang>/{countries,places}.json from i18n-iso-countries and the hand tables in data/sources; run `npx tsx src/extract/data/generate.ts`.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { z } from "zod/v4";
import { PLACE_KINDS } from "../../domain/types.ts";
import {
  GAZETTEER_LANGUAGES,
  validateCountries,
  validatePlaces,
  type CountryEntry,
  type Gazetteer,
  type GazetteerLanguage,
  type PlaceEntry,
} from "../gazetteer.ts";

const here = new URL("./", import.meta.url);
const require = createRequire(import.meta.url);

const localeSchema = z.object({
  countries: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
});
const sourceSchema = z.record(
  z.string(),
  z
    .object({
      names: z.array(z.string()).optional(),
      exclude: z.array(z.string()).optional(),
      demonyms: z.array(z.string()).optional(),
    })
    .strict(),
);
/** Names in each language: { "en": [...], "ar": [...], ... }; every language must have its column. */
const perLanguage = z.record(z.enum(GAZETTEER_LANGUAGES), z.array(z.string()));
const capitalsSchema = z.record(z.string(), perLanguage.nullable());
const placesSchema = z.array(
  z.object({ country: z.string(), kind: z.enum(PLACE_KINDS), names: perLanguage }).strict(),
);

function column(row: z.infer<typeof perLanguage>, lang: GazetteerLanguage, where: string): string[] {
  const names = row[lang];
  if (names === undefined || names.length === 0) throw new Error(`generate: ${where}: no "${lang}" names`);
  return names;
}

function readSource<T>(schema: z.ZodType<T>, file: string): T {
  return schema.parse(JSON.parse(readFileSync(new URL(`sources/${file}`, here), "utf8")));
}

function localeNames(lang: GazetteerLanguage): Map<string, string[]> {
  const path = require.resolve(`i18n-iso-countries/langs/${lang}.json`);
  const locale = localeSchema.parse(JSON.parse(readFileSync(path, "utf8")));
  return new Map(
    Object.entries(locale.countries).map(([code, value]) => [code, typeof value === "string" ? [value] : value]),
  );
}

const unique = (values: readonly string[]): string[] => [...new Set(values.map((v) => v.normalize("NFC")))];

/** Persian news writes a zero-width non-joiner or a space between parts, and ه with or without hamza above. */
function persianVariants(name: string): string[] {
  const out = [name];
  if (name.includes("\u200c")) out.push(name.replaceAll("\u200c", " "));
  if (name.includes("\u0654")) out.push(...out.map((n) => n.replaceAll("\u0654", "")));
  return out;
}

/** The Arabic nisba of a regular one-word name: أرمينيا → أرميني, كندا → كندي, العراق → عراقي. */
function arabicNisba(shortName: string): string[] {
  let base = shortName.replace(/^جمهورية /, "");
  if (base.includes(" ")) return [];
  if (base.startsWith("ال") && base.length > 4) base = base.slice(2);
  if (base.endsWith("و")) return [];
  if (base.endsWith("يا") || base.endsWith("ية")) return [base.slice(0, -1)];
  if (base.endsWith("ا") || base.endsWith("ة")) return [`${base.slice(0, -1)}ي`];
  if (base.endsWith("اي")) return [`${base}ي`];
  if (base.endsWith("ي")) return [base];
  return [`${base}ي`];
}

/** The Persian demonym of a regular one-word name: name + ی, with the glide after a vowel: ایرانی, کانادایی, نیجریه‌ای. */
function persianDemonym(shortName: string): string[] {
  const base = shortName.replace(/^جمهوری /, "");
  if (base.includes(" ")) return [];
  if (base.endsWith("ی")) return [`${base}ایی`];
  if (base.endsWith("ا") || base.endsWith("آ") || base.endsWith("و")) return [`${base}یی`];
  if (base.endsWith("ه")) return [`${base}\u200cای`];
  return [`${base}ی`];
}

/** A language without a rule lists every country's demonyms in its source table. */
const demonymRules: Partial<Record<GazetteerLanguage, (shortName: string) => string[]>> = {
  ar: arabicNisba,
  fa: persianDemonym,
};

function expand(lang: GazetteerLanguage, names: readonly string[]): string[] {
  return unique(lang === "fa" ? names.flatMap(persianVariants) : names);
}

function buildCountries(lang: GazetteerLanguage, capitals: z.infer<typeof capitalsSchema>): CountryEntry[] {
  const fromLocale = localeNames(lang);
  const source = readSource(sourceSchema, `${lang}.json`);
  for (const code of Object.keys(source)) {
    if (!fromLocale.has(code)) throw new Error(`generate: sources/${lang}.json: unknown code "${code}"`);
  }
  return [...fromLocale.keys()].sort().map((code) => {
    const hand = source[code] ?? {};
    const excluded = new Set(hand.exclude ?? []);
    const names = expand(
      lang,
      [...(hand.names ?? []), ...(fromLocale.get(code) ?? [])].filter((n) => !excluded.has(n)),
    );
    const shortName = names[0];
    if (shortName === undefined) throw new Error(`generate: ${lang} ${code}: no name`);
    const rule = demonymRules[lang];
    const demonyms = hand.demonyms ?? rule?.(shortName);
    if (demonyms === undefined) throw new Error(`generate: sources/${lang}.json: ${code} needs demonyms`);
    if (!(code in capitals)) throw new Error(`generate: sources/capitals.json: ${code} is missing`);
    const row = capitals[code];
    const capital = row ? (column(row, lang, `capitals.json ${code}`)[0] ?? null) : null;
    return { code, names, demonyms: expand(lang, demonyms), capital };
  });
}

function buildPlaces(
  lang: GazetteerLanguage,
  capitals: z.infer<typeof capitalsSchema>,
  rows: z.infer<typeof placesSchema>,
): PlaceEntry[] {
  const capitalPlaces = Object.entries(capitals).flatMap(([code, capital]) =>
    capital ? [{ names: column(capital, lang, `capitals.json ${code}`), country: code, kind: "city" as const }] : [],
  );
  const otherPlaces = rows.map((row, i) => ({
    names: column(row.names, lang, `places.json row ${i}`),
    country: row.country,
    kind: row.kind,
  }));
  return [...capitalPlaces, ...otherPlaces]
    .map((place) => ({ ...place, names: expand(lang, place.names) }))
    .sort((a, b) =>
      a.country !== b.country ? (a.country < b.country ? -1 : 1) : (a.names[0] ?? "") < (b.names[0] ?? "") ? -1 : 1,
    );
}

/** One entry a line: small diffs when a name is added. */
function toJson(entries: readonly object[]): string {
  return `[\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(",\n")}\n]\n`;
}

/** The gazetteer of one language, built from the sources exactly as the data files should hold it. */
export function buildGazetteer(lang: GazetteerLanguage): Gazetteer {
  const capitals = readSource(capitalsSchema, "capitals.json");
  const rows = readSource(placesSchema, "places.json");
  return {
    countries: validateCountries(buildCountries(lang, capitals), `${lang}/countries.json`),
    places: validatePlaces(buildPlaces(lang, capitals, rows), `${lang}/places.json`),
  };
}

function main(): void {
  for (const lang of GAZETTEER_LANGUAGES) {
    const { countries, places } = buildGazetteer(lang);
    mkdirSync(new URL(`${lang}/`, here), { recursive: true });
    writeFileSync(new URL(`${lang}/countries.json`, here), toJson(countries));
    writeFileSync(new URL(`${lang}/places.json`, here), toJson(places));
    console.log(`${lang}: ${countries.length} countries, ${places.length} places`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();

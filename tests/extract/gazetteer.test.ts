// The gazetteer data files: valid, complete, consistent across languages, unambiguous, and in step with their generator.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { z } from "zod/v4";
import {
  GAZETTEER_LANGUAGES,
  GazetteerDataError,
  loadGazetteer,
  validateCountries,
  validatePlaces,
  type GazetteerLanguage,
} from "../../src/extract/gazetteer.ts";
import { buildGazetteer } from "../../src/extract/data/generate.ts";

/** What the Arabic and Persian matchers fold away: diacritics, tatweel, alef/hamza forms, ta marbuta, ya and kaf forms. */
function fold(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ة/g, "ه")
    .replace(/[ىی]/g, "ي")
    .replace(/ک/g, "ك")
    .replace(/\u200c/g, " ");
}

/** Every folded country name or demonym of one language, with the codes that claim it. */
function countryIndex(lang: GazetteerLanguage): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const country of loadGazetteer(lang).countries) {
    for (const name of [...country.names, ...country.demonyms]) {
      const key = fold(name);
      index.set(key, (index.get(key) ?? new Set()).add(country.code));
    }
  }
  return index;
}

function placeIndex(lang: GazetteerLanguage): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const place of loadGazetteer(lang).places) {
    for (const name of place.names) {
      const key = fold(name);
      index.set(key, (index.get(key) ?? new Set()).add(place.country));
    }
  }
  return index;
}

/** The ISO 3166-1 codes, read from the package directly rather than through the generator under test. */
const isoCodes = Object.keys(
  z
    .object({ countries: z.record(z.string(), z.unknown()) })
    .parse(
      JSON.parse(
        readFileSync(createRequire(import.meta.url).resolve("i18n-iso-countries/langs/en.json"), "utf8"),
      ),
    ).countries,
).sort();

describe("gazetteer files", () => {
  it.each(GAZETTEER_LANGUAGES)("%s: both files load and validate", (lang) => {
    const { countries, places } = loadGazetteer(lang);
    expect(countries.length).toBe(isoCodes.length);
    expect(places.length).toBeGreaterThan(countries.length + 150);
  });

  it.each(GAZETTEER_LANGUAGES)("%s: the committed files are what the generator makes", (lang) => {
    expect(loadGazetteer(lang)).toEqual(buildGazetteer(lang));
  });

  it.each(GAZETTEER_LANGUAGES)("%s: every ISO code appears exactly once, sorted", (lang) => {
    expect(loadGazetteer(lang).countries.map((c) => c.code)).toEqual(isoCodes);
  });

  it("codes and the presence of a capital agree across languages", () => {
    const shape = (lang: GazetteerLanguage) =>
      loadGazetteer(lang).countries.map((c) => `${c.code}:${c.capital === null ? "-" : "capital"}`);
    expect(shape("ar")).toEqual(shape("en"));
    expect(shape("fa")).toEqual(shape("en"));
  });

  it.each(GAZETTEER_LANGUAGES)("%s: places hold the same places in every language", (lang) => {
    const shape = (l: GazetteerLanguage) => loadGazetteer(l).places.map((p) => `${p.country}:${p.kind}`);
    expect(shape(lang).sort()).toEqual(shape("en").sort());
  });

  it.each(GAZETTEER_LANGUAGES)("%s: every capital is a city in places, with the same country", (lang) => {
    const { countries, places } = loadGazetteer(lang);
    const missing = countries
      .filter((c) => c.capital !== null)
      .filter(
        (c) =>
          !places.some((p) => p.country === c.code && p.kind === "city" && p.names.includes(c.capital ?? "")),
      )
      .map((c) => `${c.code} ${c.capital}`);
    expect(missing).toEqual([]);
  });

  it.each(GAZETTEER_LANGUAGES)("%s: no empty, padded or repeated name in an entry", (lang) => {
    const { countries, places } = loadGazetteer(lang);
    const bad = [
      ...countries.map((c) => [c.code, c.names, c.demonyms] as const),
      ...places.map((p) => [p.country, p.names, []] as const),
    ]
      .filter(
        ([, names, demonyms]) =>
          names.length === 0 ||
          new Set(names).size !== names.length ||
          new Set(demonyms).size !== demonyms.length,
      )
      .map(([code]) => code);
    expect(bad).toEqual([]);
  });

  it.each(GAZETTEER_LANGUAGES)(
    "%s: no name or demonym is claimed by two countries, even after folding",
    (lang) => {
      const clashes = [...countryIndex(lang)]
        .filter(([, codes]) => codes.size > 1)
        .map(([n, c]) => `${n}: ${[...c].join(", ")}`);
      expect(clashes).toEqual([]);
    },
  );

  // Real homonyms: the extractor needs context to choose.
  const knownPlaceHomonyms: Record<GazetteerLanguage, string[]> = {
    en: ["Kingston", "Tripoli"],
    ar: ["كينغستون", "طرابلس"],
    fa: ["جورج تاون", "کینگستون", "طرابلس"],
  };
  it.each(GAZETTEER_LANGUAGES)("%s: a place name in two countries is a known homonym", (lang) => {
    const shared = [...placeIndex(lang)].filter(([, codes]) => codes.size > 1).map(([n]) => n);
    expect(shared.sort()).toEqual(knownPlaceHomonyms[lang].map(fold).sort());
  });

  // Amman (عمّان) folds to Oman (عمان); nothing else may collide with another country's name.
  const knownPlaceCountryHomonyms: Record<GazetteerLanguage, string[]> = {
    en: [],
    ar: ["عمان"],
    fa: ["عمان"],
  };
  it.each(GAZETTEER_LANGUAGES)("%s: no place name is another country's name", (lang) => {
    const countries = countryIndex(lang);
    const clashes = loadGazetteer(lang)
      .places.flatMap((p) => p.names.map((n) => [fold(n), p.country] as const))
      .filter(([n, code]) => countries.has(n) && !countries.get(n)?.has(code))
      .map(([n]) => n);
    expect(clashes).toEqual(knownPlaceCountryHomonyms[lang]);
  });
});

describe("demonyms", () => {
  // Territories and a few states for which the language has no demonym in use, or shares it (Congolese → CD, Dominican → DO).
  const enWithout = ["AQ", "BV", "CG", "DM", "GS", "HM", "IO", "SJ", "TF", "UM", "VA"];
  it("en: every country but the listed has a demonym", () => {
    const without = loadGazetteer("en")
      .countries.filter((c) => c.demonyms.length === 0)
      .map((c) => c.code);
    expect(without).toEqual(enWithout);
  });

  const newsworthy =
    "AE AF AM AT AZ BE BH BR BY CA CH CN CU CY CZ DE DK DZ EG ES ET FI FR GB GE GR HU ID IE IL IN IQ IR IT JO JP KE KG KW KZ LB LY MA MX MY NG NL NO OM PK PL PS PT QA RO RS RU SA SD SE SO SY TJ TM TN TR UA US UZ VE YE".split(
      " ",
    );
  it.each(GAZETTEER_LANGUAGES)("%s: every newsworthy country has a demonym", (lang) => {
    const without = loadGazetteer(lang)
      .countries.filter((c) => newsworthy.includes(c.code) && c.demonyms.length === 0)
      .map((c) => c.code);
    expect(without).toEqual([]);
  });
});

describe("spot checks", () => {
  const countryCases: [GazetteerLanguage, string, string][] = [
    ["ar", "أذربيجان", "AZ"],
    ["ar", "جمهورية أذربيجان", "AZ"],
    ["ar", "أذري", "AZ"],
    ["ar", "أذربيجاني", "AZ"],
    ["ar", "السعودية", "SA"],
    ["ar", "المملكة العربية السعودية", "SA"],
    ["ar", "سعودي", "SA"],
    ["ar", "الولايات المتحدة", "US"],
    ["ar", "الولايات المتحدة الأمريكية", "US"],
    ["ar", "أمريكا", "US"],
    ["ar", "أميركا", "US"],
    ["ar", "أمريكي", "US"],
    ["ar", "أميركي", "US"],
    ["ar", "جمهورية إيران الإسلامية", "IR"],
    ["ar", "الجمهورية الإسلامية الإيرانية", "IR"],
    ["ar", "إيراني", "IR"],
    ["ar", "الإمارات", "AE"],
    ["ar", "إماراتي", "AE"],
    ["ar", "قطري", "QA"],
    ["ar", "مصري", "EG"],
    ["ar", "روسي", "RU"],
    ["ar", "تركي", "TR"],
    ["ar", "صيني", "CN"],
    ["ar", "أرميني", "AM"],
    ["ar", "عراقي", "IQ"],
    ["ar", "سوري", "SY"],
    ["ar", "لبناني", "LB"],
    ["ar", "بريطاني", "GB"],
    ["ar", "فرنسي", "FR"],
    ["ar", "ألماني", "DE"],
    ["ar", "باكستاني", "PK"],
    ["ar", "أفغاني", "AF"],
    ["ar", "هندي", "IN"],
    ["ar", "عماني", "OM"],
    ["ar", "كويتي", "KW"],
    ["ar", "بحريني", "BH"],
    ["ar", "يمني", "YE"],
    ["ar", "أردني", "JO"],
    ["ar", "فلسطيني", "PS"],
    ["ar", "إسرائيلي", "IL"],
    ["ar", "تونسي", "TN"],
    ["ar", "جزائري", "DZ"],
    ["ar", "مغربي", "MA"],
    ["ar", "ليبي", "LY"],
    ["ar", "سوداني", "SD"],
    ["ar", "كازاخي", "KZ"],
    ["ar", "كازاخستاني", "KZ"],
    ["ar", "أوزبكي", "UZ"],
    ["ar", "تركماني", "TM"],
    ["ar", "طاجيكي", "TJ"],
    ["ar", "قرغيزي", "KG"],
    ["ar", "جورجي", "GE"],
    ["ar", "أوكراني", "UA"],
    ["ar", "نمساوي", "AT"],
    ["ar", "كوري جنوبي", "KR"],
    ["en", "Iran", "IR"],
    ["en", "Islamic Republic of Iran", "IR"],
    ["en", "the United States", "US"],
    ["en", "US", "US"],
    ["en", "U.S.", "US"],
    ["en", "USA", "US"],
    ["en", "UAE", "AE"],
    ["en", "UK", "GB"],
    ["en", "Britain", "GB"],
    ["en", "Russia", "RU"],
    ["en", "Russian Federation", "RU"],
    ["en", "Syria", "SY"],
    ["en", "Turkey", "TR"],
    ["en", "Türkiye", "TR"],
    ["en", "South Korea", "KR"],
    ["en", "North Korea", "KP"],
    ["en", "Azerbaijan", "AZ"],
    ["en", "Republic of Azerbaijan", "AZ"],
    ["en", "Congo", "CD"],
    ["en", "Azeri", "AZ"],
    ["en", "Azerbaijani", "AZ"],
    ["en", "Emirati", "AE"],
    ["en", "Qatari", "QA"],
    ["en", "Saudi", "SA"],
    ["en", "American", "US"],
    ["en", "British", "GB"],
    ["en", "Chinese", "CN"],
    ["en", "Armenian", "AM"],
    ["en", "Turkish", "TR"],
    ["en", "Iranian", "IR"],
    ["fa", "ایران", "IR"],
    ["fa", "جمهوری اسلامی ایران", "IR"],
    ["fa", "جمهوری آذربایجان", "AZ"],
    ["fa", "آذربایجان", "AZ"],
    ["fa", "آمریکا", "US"],
    ["fa", "ایالات متحده", "US"],
    ["fa", "امارات متحده عربی", "AE"],
    ["fa", "کره شمالی", "KP"],
    ["fa", "ایرانی", "IR"],
    ["fa", "آذربایجانی", "AZ"],
    ["fa", "روسی", "RU"],
    ["fa", "چینی", "CN"],
    ["fa", "آمریکایی", "US"],
    ["fa", "ارمنی", "AM"],
    ["fa", "فرانسوی", "FR"],
    ["fa", "کانادایی", "CA"],
    ["fa", "نیجریه‌ای", "NG"],
  ];
  it.each(countryCases)("%s %s → country %s", (lang, name, code) => {
    expect([...(countryIndex(lang).get(fold(name)) ?? [])]).toEqual([code]);
  });

  // The places the brief for this gazetteer names, in English.
  const namedPlaces = [
    "Mashhad",
    "Isfahan",
    "Tabriz",
    "Ganja",
    "Nakhchivan",
    "Jeddah",
    "Dubai",
    "Abu Dhabi",
    "Doha",
    "Muscat",
    "Sochi",
    "St Petersburg",
    "Geneva",
    "Vienna",
    "New York",
    "Davos",
    "Sharm el-Sheikh",
    "Istanbul",
    "Ankara",
    "Yerevan",
    "Tbilisi",
    "Astana",
    "Almaty",
    "Tashkent",
    "Ashgabat",
    "Dushanbe",
    "Bishkek",
    "Islamabad",
    "Karachi",
    "Lahore",
    "Kabul",
    "Herat",
    "Baghdad",
    "Basra",
    "Erbil",
    "Damascus",
    "Aleppo",
    "Beirut",
    "Amman",
    "Cairo",
    "Riyadh",
    "Manama",
    "Kuwait City",
    "Sanaa",
    "Aden",
    "Gaza",
    "Ramallah",
    "Jerusalem",
    "Tel Aviv",
    "Nagorno-Karabakh",
    "Karabakh",
    "Zangezur",
    "Crimea",
    "Donbas",
    "Brussels",
    "Strasbourg",
    "Munich",
    "Beijing",
    "Shanghai",
    "New Delhi",
    "Moscow",
    "Washington",
    "London",
    "Paris",
    "Berlin",
    "Rome",
    "Madrid",
    "Tokyo",
    "Seoul",
  ];
  it.each(namedPlaces)("en place %s is known", (name) => {
    expect(placeIndex("en").has(name)).toBe(true);
  });

  const placeCases: [GazetteerLanguage, string, string][] = [
    ["ar", "باكو", "AZ"],
    ["ar", "طهران", "IR"],
    ["ar", "موسكو", "RU"],
    ["ar", "واشنطن", "US"],
    ["ar", "نيويورك", "US"],
    ["ar", "جنيف", "CH"],
    ["ar", "فيينا", "AT"],
    ["ar", "مشهد", "IR"],
    ["ar", "جدة", "SA"],
    ["ar", "الدوحة", "QA"],
    ["ar", "شرم الشيخ", "EG"],
    ["ar", "إسطنبول", "TR"],
    ["ar", "ناغورنو كاراباخ", "AZ"],
    ["ar", "نخجوان", "AZ"],
    ["ar", "الجزائر العاصمة", "DZ"],
    ["en", "Tehran", "IR"],
    ["en", "Baku", "AZ"],
    ["en", "Nur-Sultan", "KZ"],
    ["en", "Kiev", "UA"],
    ["fa", "مسکو", "RU"],
    ["fa", "واشنگتن", "US"],
    ["fa", "باکو", "AZ"],
    ["fa", "تهران", "IR"],
    ["fa", "اسلام‌آباد", "PK"],
    ["fa", "اسلام آباد", "PK"],
    ["fa", "نوار غزه", "PS"],
  ];
  it.each(placeCases)("%s %s → place in %s", (lang, name, code) => {
    expect([...(placeIndex(lang).get(fold(name)) ?? [])]).toEqual([code]);
  });

  // Common words and ambiguous forms kept out on purpose: "how", "bag", "leaving", "son of", a bare "Korean".
  const absent: [GazetteerLanguage, string][] = [
    ["ar", "كيف"],
    ["ar", "كوري"],
    ["ar", "المملكة"],
    ["fa", "کیف"],
    ["fa", "ترک"],
    ["fa", "بن"],
    ["fa", "کره‌ای"],
    ["en", "Korean"],
    ["en", "Persian"],
  ];
  it.each(absent)("%s %s is neither a country nor a place", (lang, name) => {
    expect(countryIndex(lang).has(fold(name))).toBe(false);
    expect(placeIndex(lang).has(fold(name))).toBe(false);
  });
});

describe("validation", () => {
  const good = { code: "AZ", names: ["Azerbaijan"], demonyms: ["Azeri"], capital: "Baku" };
  const badCountries: [string, unknown][] = [
    ["not an array", { AZ: good }],
    ["a lowercase code", [{ ...good, code: "az" }]],
    ["no names", [{ ...good, names: [] }]],
    ["an empty name", [{ ...good, names: [""] }]],
    ["a padded name", [{ ...good, names: [" Azerbaijan"] }]],
    ["a missing capital", [{ code: "AZ", names: ["Azerbaijan"], demonyms: [] }]],
    ["an unknown field", [{ ...good, flag: "x" }]],
    ["a duplicate code", [good, good]],
  ];
  it.each(badCountries)("a countries file with %s is rejected, naming the file", (_, data) => {
    let thrown: unknown;
    try {
      validateCountries(data, "xx/countries.json");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GazetteerDataError);
    expect(thrown instanceof GazetteerDataError ? thrown.file : undefined).toBe("xx/countries.json");
  });

  it("a places file with an unknown kind is rejected", () => {
    expect(() =>
      validatePlaces([{ names: ["Baku"], country: "AZ", kind: "town" }], "xx/places.json"),
    ).toThrow(GazetteerDataError);
    expect(validatePlaces([{ names: ["Baku"], country: "AZ", kind: "city" }], "xx/places.json")).toHaveLength(
      1,
    );
  });

  it("loading is cached per language", () => {
    expect(loadGazetteer("ar")).toBe(loadGazetteer("ar"));
    expect(loadGazetteer("ar")).not.toBe(loadGazetteer("fa"));
  });
});

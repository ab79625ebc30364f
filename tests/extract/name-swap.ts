// A metamorphic check of extraction: every gold person's surname is replaced by an invented one, in the article
// and in its gold, and the article is scored again. Rules that read sentences, not names, score the same; a rule
// that leans on a particular name (or a name that happens to be a common word) shows as a drop.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { contentHash } from "../../src/domain/ids.ts";
import { goldNorm } from "../../src/eval/score.ts";
import type { Gold } from "../../src/eval/gold.ts";

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const lines = (path: string) => readFileSync(root(path), "utf8").split(/\s+/).filter(Boolean);

export const POOLS = JSON.parse(readFileSync(root("tests/fixtures/invented-surnames.json"), "utf8")) as {
  latin: string[];
  arabic: string[];
  givenLatin: string[];
  givenArabic: string[];
};

/** Given names stay: the extractor may know them (generic data); surnames are what must not matter. */
const GIVEN = new Set(
  ["en", "ar", "fa"].flatMap((lang) => lines(`src/extract/lang/${lang}/given-names.txt`)).map(goldNorm),
);

const ARABIC_LETTER = /[\u0600-\u06FF]/;
/** A written word: letters, marks and the ZWNJ (not the Arabic comma or question mark of the same block). */
const WORD = /(?:\p{L}|\p{M}|\u200C)+/gu;
const LATIN_PREFIX = /^(?:al|el|as|ad)-/i;
const ARTICLE = "ال";
/** One-letter proclitics (and, with, to, then, like) and the article after them, as Arabic and Persian write them. */
const CLITICS = ["و", "ب", "ل", "ف", "ك"];
/** Words that open a name without being its given name: particles and honorifics stay as they are. */
const OPENERS = new Set(
  [
    "عبد",
    "أبو",
    "ابو",
    "الشيخ",
    "الأمير",
    "السيد",
    "abdel",
    "abdul",
    "abu",
    "sheikh",
    "prince",
    "dr",
    "datuk",
  ].map(goldNorm),
);

/** The gold's own fold, without spaces: "بايراموف" and "بایراموف" are one surname. */
const fold = (s: string) => goldNorm(s).replace(/\s+/g, "");
/** A stand-in in the letters of the article's language: Persian writes ک and ی. */
const inLanguage = (word: string, language: string) =>
  ARABIC_LETTER.test(word) && language === "fa" ? word.replace(/ك/g, "ک").replace(/ي/g, "ی") : word;

/** The surname a match string names, without an article (Arabic ال, Latin al-), or null when it is no surname. */
function surnameOf(match: string): { core: string; article: boolean } | null {
  const m = match.trim();
  if (/\s/.test(m)) return null;
  const arabic = ARABIC_LETTER.test(m);
  const article = arabic ? m.startsWith(ARTICLE) : LATIN_PREFIX.test(m);
  const core = arabic ? (article ? m.slice(ARTICLE.length) : m) : m.replace(LATIN_PREFIX, "");
  if ([...core].length < 4 || GIVEN.has(goldNorm(core)) || GIVEN.has(goldNorm(m))) return null;
  return { core, article };
}

/** A stable pick in a pool (the project's content hash), so an article's swaps are the same on every run. */
const pick = (text: string, size: number): number => parseInt(contentHash(text).slice(0, 8), 16) % size;

/**
 * Every word of `text` spelled `core`, with a one-letter clitic ("وكريمو") or, for a surname with the article,
 * the article the text writes with it ("العباسي", "للعباسي", "والعباسي").
 */
function replaceArabic(text: string, core: string, article: boolean, invented: string): string {
  const withArticle = [ARTICLE, "لل"].flatMap((a) => [a, ...CLITICS.map((c) => c + a)]);
  const prefixes = article ? withArticle : ["", ...CLITICS];
  const target = fold(core);
  return text.replace(WORD, (word) => {
    for (const prefix of prefixes) {
      if (word.startsWith(prefix) && fold(word.slice(prefix.length)) === target) return prefix + invented;
    }
    return word;
  });
}

function replaceLatin(text: string, core: string, invented: string): string {
  const escaped = core.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.replace(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "giu"), (found) =>
    found[0] === found[0]!.toUpperCase() ? invented : invented.toLowerCase(),
  );
}

export interface Swapped {
  text: string;
  gold: Gold;
  /** Each surname as the gold matched it, and the invented one put in its place. */
  swaps: Map<string, string>;
}

/** The article and its gold with every gold person's surname (as the text writes it) replaced by an invented one. */
export function swapSurnames(text: string, gold: Gold, language: string): Swapped {
  const byCore = new Map<string, { core: string; article: boolean; invented: string }>();
  const taken = new Set<string>();
  for (const person of gold.persons) {
    for (const match of person.match) {
      const surname = surnameOf(match);
      if (!surname || byCore.has(fold(surname.core))) continue;
      const arabic = ARABIC_LETTER.test(surname.core);
      // A family name with the article is a nisba ("العباسي"): its stand-in is one too.
      const pool = !arabic ? POOLS.latin : POOLS.arabic.filter((w) => !surname.article || w.endsWith("ي"));
      let i = pick(fold(surname.core), pool.length);
      while (taken.has(pool[i]!)) i = (i + 1) % pool.length;
      taken.add(pool[i]!);
      const invented = inLanguage(pool[i]!, language);
      byCore.set(fold(surname.core), { ...surname, invented });
    }
  }
  const swaps = new Map<string, string>();
  const apply = (s: string): string => {
    let out = s;
    for (const { core, article, invented } of byCore.values()) {
      const next = ARABIC_LETTER.test(core)
        ? replaceArabic(out, core, article, invented)
        : replaceLatin(out, core, invented);
      if (next !== out && s === text) swaps.set(core, invented);
      out = next;
    }
    return out;
  };
  const swappedText = apply(text);
  const swappedGold: Gold = {
    ...gold,
    persons: gold.persons.map((p) => ({ ...p, match: p.match.map(apply), names: p.names.map(apply) })),
  };
  return { text: swappedText, gold: swappedGold, swaps };
}

/**
 * The article and its gold with every given name the lists know (the first word of a gold full name) replaced,
 * wherever the text writes it, by an invented one that no list knows: real news from anywhere names people whose
 * given names no list holds, and the rules must read them by their shape and their titles.
 */
const ALEF_MAQSURA = "\u0649";

export function swapGivenNames(text: string, gold: Gold, language: string): Swapped {
  const stand = new Map<string, string>();
  for (const person of gold.persons) {
    for (const name of person.names) {
      const [first, ...rest] = name.split(/\s+/);
      if (!first || rest.length === 0 || OPENERS.has(goldNorm(first)) || !GIVEN.has(goldNorm(first)))
        continue;
      if (stand.has(fold(first))) continue;
      const pool = ARABIC_LETTER.test(first) ? POOLS.givenArabic : POOLS.givenLatin;
      stand.set(fold(first), inLanguage(pool[stand.size % pool.length]!, language));
    }
  }
  const swaps = new Map<string, string>();
  const rename = (s: string): string =>
    s.replace(WORD, (word) => {
      for (const clitic of ["", ...CLITICS]) {
        if (!word.startsWith(clitic)) continue;
        // The fold makes the preposition "على" the name "علي": a word in alef maqsura is never swapped.
        if (word.endsWith(ALEF_MAQSURA)) continue;
        const invented = stand.get(fold(word.slice(clitic.length)));
        if (!invented) continue;
        if (s === text) swaps.set(word.slice(clitic.length), invented);
        const lower = !ARABIC_LETTER.test(word) && word[0] === word[0]!.toLowerCase();
        return clitic + (lower ? invented.toLowerCase() : invented);
      }
      return word;
    });
  const persons = gold.persons.map((p) => ({ ...p, names: p.names.map(rename), match: p.match.map(rename) }));
  return { text: rename(text), gold: { ...gold, persons }, swaps };
}

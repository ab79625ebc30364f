// Parses a personal name in any script into given names, lineage (bin/ibn) and surname, each word with its skeleton keys.
import { loadResolveData, particlesSchema, type ParticlesData } from "./data.ts";
import { foldForKeys, wordKeys } from "./skeleton.ts";

export interface NameWord {
  /** The folded word (with a joined prefix or suffix: "عبدالكريم", "كريماوف"). */
  text: string;
  /** Skeleton keys of every spelling the word may stand for (with and without its article). */
  keys: readonly string[];
}

export interface ParsedName {
  /** The folded full name, for exact comparison. */
  folded: string;
  /** Words before the surname, or before the first bin/ibn. */
  given: NameWord[];
  /** The fathers' names after bin/ibn, nearest first ("فهد بن ناصر" -> [ناصر]). */
  lineage: NameWord[];
  /** The family name: the last word of a plain name, or what follows the lineage ("آل راشد"); null when none. */
  surname: NameWord | null;
  /** Every word after the lineage of a bin-name (a title left at the end of a name lands here too); else the surname. */
  family: NameWord[];
  /** True when the name is built with bin/ibn (Gulf and classical Arabic names). */
  withLineage: boolean;
}

interface Particles {
  /** The Arabic article as it is written joined to its word ("ال"). */
  arabicArticle: string;
  articles: ReadonlySet<string>;
  hyphenArticles: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  prefixJoiners: ReadonlySet<string>;
  suffixJoiners: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  /** Honorifics of several words ("آية الله"), removed as phrases before the words are read. */
  honorificPhrases: readonly string[];
}

export function compileParticles(data: ParticlesData): Particles {
  const set = (words: readonly string[]) => new Set(words.map((w) => foldForKeys(w)));
  return {
    arabicArticle: foldForKeys(data.arabicArticle),
    articles: set(data.articles),
    hyphenArticles: set(data.hyphenArticles),
    connectors: set(data.connectors),
    prefixJoiners: set(data.prefixJoiners),
    suffixJoiners: set(data.suffixJoiners),
    honorifics: set(data.honorifics.filter((h) => !h.includes(" "))),
    honorificPhrases: data.honorifics.filter((h) => h.includes(" ")).map((h) => foldForKeys(h)),
  };
}

let particles: Particles | null = null;
function defaultParticles(): Particles {
  particles ??= compileParticles(loadResolveData("name-particles.json", particlesSchema));
  return particles;
}

/** A word on its way to a NameWord: its spellings (one, or with and without an article). */
interface Draft {
  forms: string[];
  /** The bare word, without any article, for particle lookups. */
  core: string;
}

const LATIN_GLUED_ARTICLE = /^(?:al|el)(?=[^aeiouy])/;

/** Spellings of a word that may carry an article: Arabic "ال" and Latin "al"/"el" glued on are both optional. */
function withOptionalArticle(word: string, p: Particles): Draft {
  if (word.startsWith(p.arabicArticle) && word.length > p.arabicArticle.length + 1)
    return { forms: [word, word.slice(p.arabicArticle.length)], core: word.slice(p.arabicArticle.length) };
  if (LATIN_GLUED_ARTICLE.test(word) && word.length > 5)
    return { forms: [word, word.slice(2)], core: word.slice(2) };
  return { forms: [word], core: word };
}

/** A word after a separate article ("Al Rashid", "as-Saleh"): keyed with the article glued on, and without. */
function articled(word: string, p: Particles): Draft {
  const glue = /\p{Script=Arabic}/u.test(word) ? p.arabicArticle : "al";
  return { forms: [glue + word, word], core: word };
}

/** Folded words with articles attached to the word they belong to ("al-Haddad", "Al Rashid", "آل راشد"). */
function draftWords(folded: string, p: Particles): Draft[] {
  const out: Draft[] = [];
  let pendingArticle = false;
  for (const spaced of folded.split(" ")) {
    const parts = spaced.split(/[-\u2010-\u2015]/).map((w) => w.replace(/[^\p{L}]/gu, ""));
    parts.forEach((part, i) => {
      if (part === "") return;
      const hyphened = i < parts.length - 1;
      if (p.articles.has(part) || (hyphened && p.hyphenArticles.has(part))) {
        pendingArticle = true;
        return;
      }
      out.push(pendingArticle ? articled(part, p) : withOptionalArticle(part, p));
      pendingArticle = false;
    });
  }
  return out;
}

const cross = (a: readonly string[], b: readonly string[]): string[] => a.flatMap((x) => b.map((y) => x + y));

/** Joins "عبد" to the next word and "اوف", "zadeh", "الدين" to the one before: written apart, keyed as one word. */
function joinWords(drafts: readonly Draft[], p: Particles): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d === undefined) continue;
    const next = drafts[i + 1];
    if (p.prefixJoiners.has(d.core) && d.forms.length === 1 && next !== undefined) {
      out.push({ forms: cross(d.forms, next.forms), core: d.core + next.core });
      i += 1;
      continue;
    }
    const prev = out.at(-1);
    if (prev !== undefined && d.forms.some((f) => p.suffixJoiners.has(f))) {
      out[out.length - 1] = { forms: cross(prev.forms, d.forms), core: prev.core + d.core };
      continue;
    }
    out.push(d);
  }
  return out;
}

function toWord(d: Draft): NameWord {
  const keys: string[] = [];
  for (const form of d.forms) for (const k of wordKeys(form)) if (!keys.includes(k)) keys.push(k);
  return { text: d.forms[0] ?? d.core, keys };
}

/** Parses one name; an empty or particle-only name gives no words. */
export function parseName(name: string, p: Particles = defaultParticles()): ParsedName {
  const folded = foldForKeys(name);
  let bare = ` ${folded} `;
  for (const phrase of p.honorificPhrases) bare = bare.replaceAll(` ${phrase} `, " ");
  if (bare.trim() === "") bare = folded;
  let drafts = joinWords(draftWords(bare.trim(), p), p);
  // Honorifics (Sayyid, Sheikh) go, unless nothing else would be left.
  const plain = drafts.filter((d, i) => !(p.honorifics.has(d.core) && i < drafts.length - 1));
  if (plain.length > 0) drafts = plain;

  const firstConnector = drafts.findIndex((d) => p.connectors.has(d.core));
  if (firstConnector < 0) {
    const words = drafts.map(toWord);
    const surname = words.at(-1) ?? null;
    return {
      folded,
      given: words.slice(0, -1),
      lineage: [],
      surname,
      family: surname === null ? [] : [surname],
      withLineage: false,
    };
  }
  const given = drafts.slice(0, firstConnector).map(toWord);
  const lineage: NameWord[] = [];
  const family: NameWord[] = [];
  for (let i = firstConnector; i < drafts.length; i++) {
    const d = drafts[i];
    if (d === undefined) continue;
    if (p.connectors.has(d.core)) {
      const next = drafts[i + 1];
      if (next !== undefined && !p.connectors.has(next.core)) {
        lineage.push(toWord(next));
        i += 1;
      }
      continue;
    }
    family.push(toWord(d));
  }
  return { folded, given, lineage, surname: family.at(-1) ?? null, family, withLineage: true };
}

// Reads an English title phrase: "Iran's Foreign Minister", "secretary of Azerbaijan's Security Council", "the SNSC chief", "his Egyptian counterpart".
import { phraseAt } from "./phrase-at.ts";
import { titleStem } from "./stems.ts";
import type { EnToken } from "./tokens.ts";
import type { EnglishWords, SentenceTags } from "./words.ts";

export interface TitleRun {
  from: number;
  to: number;
  /** The country the title names as the holder's own ("Iran's", "Iranian", "of Qatar"; not "ambassador to Qatar"). */
  country: string | null;
  /** "his Egyptian counterpart": the holder is someone's counterpart. */
  counterpart: boolean;
  /** A plural head ("ministers", "the two leaders"): a group, not one person. */
  plural: boolean;
  /** Title stems, the head first. */
  stems: string[];
  /** What a role's words stand for ("top diplomat" -> foreign, minister): for role mentions only. */
  equivalents: string[];
}

const CONNECTORS = new Set(["of", "to", "for", "on", "at"]);
const AWAY = new Set(["to", "for", "at"]);
const TRAILING = new Set(["of", "to", "for", "on", "at", "and", "the", "&"]);

/** The head word of a head phrase: "prime minister" -> minister, "head of state" -> head. */
function headWord(phrase: string): string {
  const words = phrase.split(" ");
  return (words.includes("of") ? words[0] : words[words.length - 1]) ?? phrase;
}

export function titleRun(words: EnglishWords, tags: SentenceTags, i: number): TitleRun | null {
  const toks = tags.sentence.tokens;
  const lex = words.lex;
  let j = i;
  let country: string | null = null;
  let away = false;
  let sawHead = false;
  let counterpart = false;
  let plural = false;
  const heads: string[] = [];
  /** The index in `heads` of the current post's head ("and" and "of" open another post). */
  let postHead: number | null = null;
  const stems: string[] = [];
  const start = toks[i];
  if (!start || start.punct || i < tags.dateline) return null;
  // Most words open no title: a quick look before the full reading.
  const opens =
    tags.geoAt.has(i) ||
    lex.titleWords.has(start.base) ||
    lex.possessivePronouns.has(start.base) ||
    lex.pluralHeads.has(start.base) ||
    words.headAt(toks, i) > 0 ||
    words.counterpartAt(toks, i) > 0 ||
    (start.upper && tags.acronyms.has(start.text.replace(/[’']s$/u, ""))) ||
    words.isInternationalBody(start);
  if (!opens) return null;
  // "his Egyptian counterpart": a possessive pronoun opens only a counterpart phrase.
  if (lex.possessivePronouns.has(start.base)) {
    // "his Egyptian counterpart", "his Iranian and Turkish counterparts"
    let k = i + 1;
    while (tags.geoAt.has(k) || toks[k]?.base === "and") k = tags.geoAt.get(k)?.to ?? k + 1;
    if (!words.counterpartAt(toks, k)) return null;
    j = i + 1;
  }
  for (;;) {
    const t: EnToken | undefined = toks[j];
    if (!t || (t.punct && t.text !== ",") || tags.taken.has(j)) break;
    const org = tags.orgAt.get(j);
    const connector = toks[j - 1]?.base === "the" ? toks[j - 2]?.base : toks[j - 1]?.base;
    if (org && org.from === j && CONNECTORS.has(connector ?? "")) {
      if (!away) country ??= org.country;
      for (let k = j; k < org.to; k++) {
        const w = toks[k]!;
        if (!tags.geoAt.has(k) && !lex.functionWords.has(w.base)) stems.push(titleStem(w.base));
      }
      j = org.to;
      continue;
    }
    const geo = tags.geoAt.get(j);
    if (geo) {
      const afterConnector = CONNECTORS.has(toks[j - 1]?.base ?? "");
      const beforeTitle = words.headAt(toks, geo.to) > 0 || words.isTitleWord(toks[geo.to] ?? t);
      if (geo.kind === "place" && !afterConnector && !beforeTitle) break;
      if (geo.kind === "demonym" && geo.surface.endsWith("s") && !beforeTitle && !afterConnector) break;
      if (!away && country === null) country = geo.code;
      j = geo.to;
      continue;
    }
    const acronym = t.upper ? tags.acronyms.get(t.text.replace(/[’']s$/u, "")) : undefined;
    if (acronym) {
      if (!away) country ??= acronym.country;
      stems.push(...acronym.stems);
      j++;
      continue;
    }
    // "the EU's high representative", "UN envoy": a body of no state in the title.
    if (words.isInternationalBody(t)) {
      j++;
      continue;
    }
    const head = words.headAt(toks, j);
    if (head) {
      const phrase = words.headText(toks, j) ?? t.base;
      // "Deputy Prime Minister", "Chief Negotiator": a head before another head of the same post modifies it.
      if (postHead !== null) stems.push(titleStem(heads.splice(postHead, 1)[0]!));
      postHead = heads.length;
      heads.push(headWord(phrase));
      for (const w of phrase.split(" ")) if (w !== "of" && w !== headWord(phrase)) stems.push(titleStem(w));
      sawHead = true;
      j += head;
      continue;
    }
    const cp = words.counterpartAt(toks, j);
    if (cp) {
      counterpart = true;
      sawHead = true;
      plural ||= t.base.endsWith("s");
      j += cp;
      continue;
    }
    const pluralHead = phraseAt(lex.pluralHeads, toks, j, j + 4);
    if (pluralHead && !sawHead) {
      plural = true;
      sawHead = true;
      j += pluralHead.length;
      continue;
    }
    // "China's visiting leader": the guest's title goes on past the word.
    if (j > i && lex.visitingWords.has(t.base) && !sawHead) {
      j++;
      continue;
    }
    if (words.isTitleWord(t) && !(j === i && lex.functionWords.has(t.base))) {
      stems.push(titleStem(t.base));
      j++;
      continue;
    }
    if (sawHead && CONNECTORS.has(t.base)) {
      let next = j + 1;
      if (toks[next]?.base === "the") next++;
      const n = toks[next];
      const fits =
        !!n &&
        (tags.geoAt.has(next) ||
          tags.orgAt.get(next)?.from === next ||
          (n.upper && tags.acronyms.has(n.text)) ||
          words.isTitleWord(n) ||
          words.headAt(toks, next) > 0);
      // "his counterpart at the ministry's headquarters": a place, not a post.
      if (!fits || (t.base === "at" && !n.cap)) break;
      away = AWAY.has(t.base);
      postHead = null;
      j = next;
      continue;
    }
    // "Minister of Foreign Affairs, Emigration and Egyptian Expatriates": a list of portfolios goes on after a
    // comma when title words (no head) and "and" follow.
    if (sawHead && t.text === "," && toks.slice(i, j).some((x) => x.base === "of")) {
      let k = j + 1;
      while (
        toks[k] &&
        toks[k]!.cap &&
        (words.isTitleWord(toks[k]!) || tags.geoAt.has(k)) &&
        !words.headAt(toks, k)
      )
        k++;
      if (k > j + 1 && toks[k]?.base === "and") {
        j++;
        continue;
      }
      break;
    }
    if ((sawHead || tags.geoAt.has(j - 1)) && (t.base === "and" || t.text === "&")) {
      const n = toks[j + 1];
      if (!n || !(words.headAt(toks, j + 1) > 0 || words.isTitleWord(n) || tags.geoAt.has(j + 1))) break;
      away = false;
      postHead = null;
      j++;
      continue;
    }
    break;
  }
  while (j > i && TRAILING.has(toks[j - 1]?.base ?? "")) j--;
  if (!sawHead || j === i) return null;
  const equivalents = equivalentStems(words, toks, i, j);
  const headStems = heads.map(titleStem);
  return {
    from: i,
    to: j,
    country,
    counterpart,
    plural,
    stems: [...new Set([...headStems, ...stems])],
    equivalents,
  };
}

/** "the top diplomat" is a foreign minister, "the head of state" a president, emir or king. */
function equivalentStems(words: EnglishWords, toks: readonly EnToken[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const m = phraseAt(words.lex.roleEquivalents, toks, k, to);
    for (const list of m?.payloads ?? []) out.push(...list.map(titleStem));
  }
  return out;
}

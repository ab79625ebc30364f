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

/** The head word of a head phrase: "prime minister" -> minister, "head of state" -> head. */
function headWord(phrase: string): string {
  const words = phrase.split(" ");
  return (words.includes("of") ? words[0] : words[words.length - 1]) ?? phrase;
}

/** A title being read, token by token from `i`: where it is, and what it has said so far. */
interface TitleState {
  words: EnglishWords;
  tags: SentenceTags;
  toks: readonly EnToken[];
  i: number;
  j: number;
  country: string | null;
  /** After "to", "for", "at": a country there is the post's ("ambassador to Qatar"), not the holder's. */
  away: boolean;
  sawHead: boolean;
  counterpart: boolean;
  plural: boolean;
  heads: string[];
  /** The index in `heads` of the current post's head ("and" and "of" open another post). */
  postHead: number | null;
  /** Where the last head read ended: a plural head right there is the same post's ("Deputy Prime Ministers"). */
  headEnd: number | null;
  stems: string[];
}

/** What a step did with the token at `j`: read it (go on), ended the title, or did not apply. */
type Step = "read" | "end" | "skip";

const bare = (t: EnToken): string => t.text.replace(/[’']s$/u, "");

/** Most words open no title: a quick look before the full reading. */
function opensTitle(words: EnglishWords, tags: SentenceTags, i: number): boolean {
  const toks = tags.sentence.tokens;
  const lex = words.lex;
  const start = toks[i]!;
  return (
    tags.geoAt.has(i) ||
    lex.titleWords.has(start.base) ||
    lex.possessivePronouns.has(start.base) ||
    lex.pluralHeads.has(start.base) ||
    words.headAt(toks, i) > 0 ||
    words.counterpartAt(toks, i) > 0 ||
    (start.upper && tags.acronyms.has(bare(start))) ||
    words.isInternationalBody(start)
  );
}

/** "the Supreme National Security Council's secretary", "secretary of the SNSC": a body inside the title. */
function orgStep(st: TitleState): Step {
  const { toks, tags, j } = st;
  const lex = st.words.lex;
  const org = tags.orgAt.get(j);
  const connector = toks[j - 1]?.base === "the" ? toks[j - 2]?.base : toks[j - 1]?.base;
  if (!org || org.from !== j || !lex.titlePrepositions.has(connector ?? "")) return "skip";
  if (!st.away) st.country ??= org.country;
  for (let k = j; k < org.to; k++) {
    const w = toks[k]!;
    if (!tags.geoAt.has(k) && !lex.functionWords.has(w.base)) st.stems.push(titleStem(w.base));
  }
  st.j = org.to;
  return "read";
}

/** "Iran's", "Iranian", "of Qatar": a country in the title; a place only after a preposition or before a title. */
function geoStep(st: TitleState, t: EnToken): Step {
  const { toks, words, j } = st;
  const geo = st.tags.geoAt.get(j);
  if (!geo) return "skip";
  const afterConnector = words.lex.titlePrepositions.has(toks[j - 1]?.base ?? "");
  const beforeTitle = words.headAt(toks, geo.to) > 0 || words.isTitleWord(toks[geo.to] ?? t);
  if (geo.kind === "place" && !afterConnector && !beforeTitle) return "end";
  if (geo.kind === "demonym" && geo.surface.endsWith("s") && !beforeTitle && !afterConnector) return "end";
  if (!st.away && st.country === null) st.country = geo.code;
  st.j = geo.to;
  return "read";
}

/** "the SNSC chief": an acronym the article defined; "UN envoy": a body of no state. */
function bodyStep(st: TitleState, t: EnToken): Step {
  const acronym = t.upper ? st.tags.acronyms.get(bare(t)) : undefined;
  if (acronym) {
    if (!st.away) st.country ??= acronym.country;
    st.stems.push(...acronym.stems);
    st.j++;
    return "read";
  }
  // "the EU's high representative", "UN envoy": a body of no state in the title.
  if (st.words.isInternationalBody(t)) {
    st.j++;
    return "read";
  }
  return "skip";
}

/** "President", "Prime Minister", "counterpart", "the two leaders": the head of the title. */
function headStep(st: TitleState, t: EnToken): Step {
  const { toks, words, j } = st;
  const head = words.headAt(toks, j);
  if (head) {
    const phrase = words.headText(toks, j) ?? t.base;
    // "Deputy Prime Minister", "Chief Negotiator": a head before another head of the same post modifies it.
    if (st.postHead !== null) st.stems.push(titleStem(st.heads.splice(st.postHead, 1)[0]!));
    st.postHead = st.heads.length;
    const main = headWord(phrase);
    st.heads.push(main);
    for (const w of phrase.split(" ")) if (w !== "of" && w !== main) st.stems.push(titleStem(w));
    st.sawHead = true;
    st.j += head;
    st.headEnd = st.j;
    return "read";
  }
  const cp = words.counterpartAt(toks, j);
  if (cp) {
    st.counterpart = true;
    st.sawHead = true;
    st.plural ||= t.base.endsWith("s");
    st.j += cp;
    return "read";
  }
  // "deputy prime ministers": a plural head straight after a head that modifies it still makes a group.
  const pluralHead = st.sawHead && st.headEnd !== j ? null : phraseAt(words.lex.pluralHeads, toks, j, j + 4);
  if (pluralHead) {
    if (st.sawHead && st.postHead !== null) st.stems.push(titleStem(st.heads.splice(st.postHead, 1)[0]!));
    st.postHead = null;
    st.plural = true;
    st.sawHead = true;
    st.j += pluralHead.length;
    return "read";
  }
  return "skip";
}

/** "Foreign", "Deputy", and "China's visiting leader": words of the title that are no head. */
function titleWordStep(st: TitleState, t: EnToken): Step {
  const lex = st.words.lex;
  // "China's visiting leader": the guest's title goes on past the word.
  const visiting = st.j > st.i && lex.visitingWords.has(t.base) && !st.sawHead;
  if (!visiting && !(st.words.isTitleWord(t) && !(st.j === st.i && lex.functionWords.has(t.base))))
    return "skip";
  if (!visiting) st.stems.push(titleStem(t.base));
  st.j++;
  return "read";
}

/** "Secretary of State", "ambassador to Qatar": a preposition goes on when a country, body or title follows. */
function connectorStep(st: TitleState, t: EnToken): Step {
  const { toks, tags, words } = st;
  if (!st.sawHead || !words.lex.titlePrepositions.has(t.base)) return "skip";
  let next = st.j + 1;
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
  if (!fits || (t.base === "at" && !n.cap)) return "end";
  st.away = words.lex.awayPrepositions.has(t.base);
  st.postHead = null;
  st.j = next;
  return "read";
}

/**
 * "Minister of Foreign Affairs, Emigration and Egyptian Expatriates": a list of portfolios goes on after a comma
 * when title words (no head) and "and" follow.
 */
function portfolioCommaStep(st: TitleState, t: EnToken): Step {
  const { toks, tags, words, i, j } = st;
  if (!st.sawHead || t.text !== ",") return "skip";
  let of = false;
  for (let k = i; k < j && !of; k++) of = toks[k]!.base === "of";
  if (!of) return "skip";
  let k = j + 1;
  while (
    toks[k] &&
    toks[k]!.cap &&
    (words.isTitleWord(toks[k]!) || tags.geoAt.has(k)) &&
    !words.headAt(toks, k)
  )
    k++;
  if (k > j + 1 && toks[k]?.base === "and") {
    st.j++;
    return "read";
  }
  return "end";
}

/** "Minister of Foreign Affairs and Expatriates", "Iran and Turkey's leaders": "and" goes on to a title word. */
function andStep(st: TitleState, t: EnToken): Step {
  const { toks, tags, words, j } = st;
  if (!(st.sawHead || tags.geoAt.has(j - 1)) || !(t.base === "and" || t.text === "&")) return "skip";
  const n = toks[j + 1];
  if (!n || !(words.headAt(toks, j + 1) > 0 || words.isTitleWord(n) || tags.geoAt.has(j + 1))) return "end";
  st.away = false;
  st.postHead = null;
  st.j++;
  return "read";
}

/** "Prime Minister of the Republic of Korea (RoK) Kim …": a short form in brackets after a country or body. */
function acronymStep(st: TitleState, t: EnToken): Step {
  if (t.text !== "(") return "skip";
  const { toks, tags, j } = st;
  const short = toks[j + 1];
  const named = tags.geoAt.has(j - 1) || tags.orgAt.has(j - 1);
  if (!st.sawHead || !named || !short || !/^\p{Lu}[\p{L}.]{0,7}$/u.test(short.text)) return "end";
  if (toks[j + 2]?.text !== ")") return "end";
  st.j += 3;
  return "read";
}

const STEPS: readonly ((st: TitleState, t: EnToken) => Step)[] = [
  orgStep,
  geoStep,
  bodyStep,
  headStep,
  titleWordStep,
  connectorStep,
  portfolioCommaStep,
  andStep,
  acronymStep,
];

/** Reads the title's tokens until one ends it or none applies. */
function readTitle(st: TitleState): void {
  for (;;) {
    const t = st.toks[st.j];
    if (!t || (t.punct && t.text !== "," && t.text !== "(") || st.tags.taken.has(st.j)) return;
    let step: Step = "skip";
    for (const read of STEPS) {
      step = read(st, t);
      if (step !== "skip") break;
    }
    if (step !== "read") return;
  }
}

/** A title read at one token, and the end of the tokens whose "taken" mark the reading looked at: [from, last). */
interface ReadTitle {
  run: TitleRun | null;
  last: number;
}

/**
 * Titles read per sentence, by first token. A reading depends on the sentence's tags, of which only "taken" grows
 * while persons are found: a reading stays true while no token it read through has been taken since.
 */
const readings = new WeakMap<SentenceTags, Map<number, ReadTitle>>();

export function titleRun(words: EnglishWords, tags: SentenceTags, i: number): TitleRun | null {
  let known = readings.get(tags);
  if (!known) {
    known = new Map();
    readings.set(tags, known);
  }
  const hit = known.get(i);
  if (hit) {
    let fresh = true;
    for (let k = i; k < hit.last && fresh; k++) fresh = !tags.taken.has(k);
    if (fresh) return hit.run;
  }
  const reading = readTitleRun(words, tags, i);
  known.set(i, reading);
  return reading.run;
}

function readTitleRun(words: EnglishWords, tags: SentenceTags, i: number): ReadTitle {
  const toks = tags.sentence.tokens;
  const lex = words.lex;
  const start = toks[i];
  if (!start || start.punct || i < tags.dateline || !opensTitle(words, tags, i))
    return { run: null, last: i };
  const st: TitleState = {
    words,
    tags,
    toks,
    i,
    j: i,
    country: null,
    away: false,
    sawHead: false,
    counterpart: false,
    plural: false,
    heads: [],
    postHead: null,
    headEnd: null,
    stems: [],
  };
  // "his Egyptian counterpart", "his Iranian and Turkish counterparts": a possessive pronoun opens only these.
  if (lex.possessivePronouns.has(start.base)) {
    let k = i + 1;
    while (tags.geoAt.has(k) || toks[k]?.base === "and") k = tags.geoAt.get(k)?.to ?? k + 1;
    if (!words.counterpartAt(toks, k)) return { run: null, last: i };
    st.j = i + 1;
  }
  readTitle(st);
  const last = st.j;
  let j = st.j;
  while (j > i && lex.nonFinalTitleWords.has(toks[j - 1]?.base ?? "")) j--;
  if (!st.sawHead || j === i) return { run: null, last };
  const run: TitleRun = {
    from: i,
    to: j,
    country: st.country,
    counterpart: st.counterpart,
    plural: st.plural,
    stems: [...new Set([...st.heads.map(titleStem), ...st.stems])],
    equivalents: equivalentStems(words, toks, i, j),
  };
  return { run, last };
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

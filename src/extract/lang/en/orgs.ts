// Finds state bodies in an English sentence by their capitalised shape ("Supreme National Security Council", "Ministry of Foreign Affairs") and acronyms the article defines.
import { phraseAt } from "./phrase-at.ts";
import type { OrganizationKind } from "../../../domain/types.ts";
import type { GeoMention, OrgMention } from "../../mentions.ts";
import type { EnglishLexicon } from "./lexicon.ts";
import { titleStem } from "./stems.ts";
import type { EnSentence, EnToken } from "./tokens.ts";

/** What an acronym defined in the text ("Supreme National Security Council (SNSC)") stands for. */
export interface Acronym {
  name: string;
  country: string | null;
  kind: OrganizationKind;
  /** Title stems of the body's name, so that "the SNSC chief" meets "secretary of the Supreme National Security Council". */
  stems: string[];
}

const MAX_WORDS = 8;

/** One sentence's bodies being read. */
interface OrgReader {
  sentence: EnSentence;
  toks: EnToken[];
  lex: EnglishLexicon;
  geoAt: ReadonlyMap<number, GeoMention>;
  acronyms: Map<string, Acronym>;
  out: OrgMention[];
}

/** A capitalised word that can be part of a body's name: no function word, no number. */
const capWord = (lex: EnglishLexicon, t: EnToken | undefined): boolean =>
  !!t && !t.punct && t.cap && !lex.functionWords.has(t.base) && !/\d/.test(t.base);

/** Words before the head: "Supreme National Security", "Azerbaijani Foreign", "UAE Armed". */
function wordsBefore(r: OrgReader, i: number): number {
  let from = i;
  while (from > 0 && i - from < MAX_WORDS) {
    const prev = r.toks[from - 1]!;
    const geo = r.geoAt.get(from - 1);
    if (!capWord(r.lex, prev) || prev.possessive || (prev.upper && !geo) || geo?.kind === "place") break;
    from--;
  }
  return from;
}

/** More heads ("Guard Corps", "News Agency"), then "of" phrases: "Ministry of Foreign Affairs of the Republic of Azerbaijan". */
function wordsAfter(r: OrgReader, from: number, to: number): number {
  const { toks, lex } = r;
  while (
    capWord(lex, toks[to]) &&
    !toks[to - 1]!.possessive &&
    lex.orgHeads.match([toks[to]!.base], []) !== null
  )
    to++;
  // "… Ministry of Foreign Affairs Dr Mohammed …": an honorific opens a name, not more of the body's.
  const honorific = (t: EnToken | undefined) => !!t && lex.honorifics.match([t.base], []) !== null;
  while (toks[to]?.base === "of" && !toks[to - 1]!.possessive) {
    let k = to + 1;
    if (toks[k]?.base === "the") k++;
    if (!capWord(lex, toks[k])) break;
    while (
      capWord(lex, toks[k]) &&
      !honorific(toks[k]) &&
      !toks[k - 1]!.possessive &&
      k - from < MAX_WORDS + 4
    )
      k++;
    to = k;
  }
  return to;
}

/** The body's state: a country in the possessive before it, else the first country or people inside it. */
function countryOf(r: OrgReader, from: number, to: number): string | null {
  const before = r.geoAt.get(from - 1);
  if (before && before.kind !== "place" && r.toks[from - 1]?.possessive) return before.code;
  for (let j = from; j < to; j++) {
    const g = r.geoAt.get(j);
    if (g && g.kind !== "place") return g.code;
  }
  return null;
}

/**
 * "Botswana's President Duma Kgosi": a person's title, then a body's word that opens a name (a capitalised word
 * that is no body's nor a post's follows it straight away), is a person, not a body called "President Duma".
 */
function personBeforeName(r: OrgReader, from: number, head: number, to: number): boolean {
  const { toks, lex } = r;
  const next = toks[to];
  if (to !== head + 1 || from === head || !capWord(lex, next) || next!.possessive) return false;
  if (lex.titleWords.has(next!.base) || lex.titleHeads.match([next!.base], []) !== null) return false;
  for (let k = from; k < head; k++) if (lex.titleHeads.match([toks[k]!.base], []) === null) return false;
  return true;
}

/** The body starting around a head at token i, if any; the index to read on from. */
function readOrg(r: OrgReader, i: number): number {
  const { sentence, toks, lex } = r;
  const tok = toks[i]!;
  const known = tok.upper ? r.acronyms.get(tok.text.replace(/[’']s$/u, "")) : undefined;
  if (known) {
    r.out.push(mention(sentence, i, i + 1, known.name, known.country, known.kind));
    return i + 1;
  }
  const head = tok.cap ? phraseAt(lex.orgHeads, toks, i, i + 3) : null;
  const kind = head?.payloads[0];
  if (!head || !kind) return i + 1;
  const from = wordsBefore(r, i);
  let to = wordsAfter(r, from, i + head.length);
  if (to - from < 2) return to;
  if (personBeforeName(r, from, i, to)) return i + 1;
  const country = countryOf(r, from, to);
  const name = sentence.text.slice(toks[from]!.start - sentence.start, toks[to - 1]!.end - sentence.start);
  r.out.push(mention(sentence, from, to, name.replace(/[’']s$/u, ""), country, kind));
  // "(SNSC)": an acronym the article will use again.
  const acronym = toks[to]?.text === "(" && toks[to + 2]?.text === ")" ? toks[to + 1] : undefined;
  if (acronym?.upper) {
    const stems: string[] = [];
    for (let k = from; k < to; k++)
      if (!lex.functionWords.has(toks[k]!.base) && !r.geoAt.has(k)) stems.push(titleStem(toks[k]!.base));
    r.acronyms.set(acronym.text, { name, country, kind, stems });
    r.out.push(mention(sentence, to + 1, to + 2, name, country, kind));
    to += 3;
  }
  return Math.max(to, i + 1);
}

export function findOrgs(
  sentence: EnSentence,
  lex: EnglishLexicon,
  geoAt: ReadonlyMap<number, GeoMention>,
  acronyms: Map<string, Acronym>,
): OrgMention[] {
  const r: OrgReader = { sentence, toks: sentence.tokens, lex, geoAt, acronyms, out: [] };
  for (let i = 0; i < r.toks.length;) i = readOrg(r, i);
  return r.out;
}

function mention(
  sentence: EnSentence,
  from: number,
  to: number,
  name: string,
  country: string | null,
  kind: OrganizationKind,
): OrgMention {
  const toks = sentence.tokens;
  return {
    sentence: sentence.index,
    from,
    to,
    start: toks[from]!.start,
    end: toks[to - 1]!.end,
    name,
    country,
    kind,
  };
}

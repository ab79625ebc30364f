// Finds state bodies in an Arabic sentence by pattern: a head (وزارة، المجلس، جهاز، الحكومة) and the words that name it.
import type { GeoMention, OrgMention } from "../../mentions.ts";
import type { Sentence, Token } from "../../text/tokenize.ts";
import type { ArabicLexicon } from "./lexicon.ts";
import { arabicMorphology, forms } from "./morphology.ts";
import type { ArabicWords } from "./words.ts";

/** Title heads inside an organisation's name end it: "رئيس جهاز الأمن" is a person's title, "جهاز الأمن" the body. */
export function findOrgs(
  sentence: Sentence,
  lex: ArabicLexicon,
  words: ArabicWords,
  geoAt: Map<number, GeoMention>,
): OrgMention[] {
  const toks = sentence.tokens;
  const out: OrgMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const tok = toks[i]!;
    const head = tok.punct ? null : lex.orgHeads.match(forms(tok.norm), norms(toks.slice(i + 1, i + 4)));
    const kind = head?.payloads[0];
    if (!head || !kind) {
      i++;
      continue;
    }
    const { to: j, country } = orgExtent(sentence, lex, words, geoAt, i + head.length);
    // A bare head ("المجلس", "الحكومة") names nothing in particular, unless a number or country makes it one.
    if (j - i > head.length || country) {
      const name = orgName(sentence, i, lastNameToken(sentence, lex, i, j, geoAt));
      const mention = { sentence: sentence.index, from: i, to: j, start: tok.start, end: toks[j - 1]!.end };
      out.push({ ...mention, name, country, kind });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

const norms = (toks: readonly Token[]): string[] => toks.map((t) => t.norm);

/** How far a body's name goes from j: countries and demonyms (its country), "في" + a place, ordinals, title words. */
function orgExtent(
  sentence: Sentence,
  lex: ArabicLexicon,
  words: ArabicWords,
  geoAt: Map<number, GeoMention>,
  from: number,
): { to: number; country: string | null } {
  const toks = sentence.tokens;
  let j = from;
  let country: string | null = null;
  for (;;) {
    const t = toks[j];
    if (!t || t.punct) break;
    const geo = geoAt.get(j);
    if (geo) {
      if (geo.kind === "place") break;
      country ??= geo.code;
      j = geo.to;
      continue;
    }
    if (lex.locativePrepositions.has(t.norm) && geoAt.has(j + 1)) {
      j++;
      continue;
    }
    const isOrdinal = forms(t.norm).some((f) => lex.ordinals.has(f));
    const and = arabicMorphology().clitics.and;
    if (isOrdinal || (words.isTitleWord(t) && !words.titleHeadAt(toks, j) && !t.norm.startsWith(and))) {
      j++;
      continue;
    }
    break;
  }
  return { to: j, country };
}

/** The body's name as written, without a conjunction before its article ("والمجلس" -> "المجلس"). */
function orgName(sentence: Sentence, from: number, to: number): string {
  const first = sentence.tokens[from]!;
  const last = sentence.tokens[to - 1]!;
  const name = sentence.text.slice(first.start - sentence.start, last.end - sentence.start);
  const m = arabicMorphology();
  const conjunction = [m.clitics.and, m.clitics.then].find((c) => name.startsWith(c + m.article));
  return conjunction ? name.slice(conjunction.length) : name;
}

/** The name stops before a trailing country ("المجلس الأعلى للأمن القومي لبلدنا" is named without "لبلدنا"). */
function lastNameToken(
  sentence: Sentence,
  lex: ArabicLexicon,
  from: number,
  to: number,
  geoAt: Map<number, GeoMention>,
): number {
  let end = to;
  for (let geo = geoAt.get(end - 1); geo && geo.from > from; geo = geoAt.get(end - 1)) {
    end = geo.from;
    const before = sentence.tokens[end - 1]?.norm ?? "";
    if (lex.locativePrepositions.has(before) && end - 1 > from) end--;
  }
  return end;
}

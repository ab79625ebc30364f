// Finds state bodies in an Arabic sentence by pattern: a head (وزارة، المجلس، جهاز، الحكومة) and the words that name it.
import type { GeoMention, OrgMention } from "../../mentions.ts";
import type { Sentence } from "../../text/tokenize.ts";
import type { ArabicLexicon } from "./lexicon.ts";
import { forms } from "./morphology.ts";
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
    const head = tok.punct
      ? null
      : lex.orgHeads.match(
          forms(tok.norm),
          toks.slice(i + 1, i + 4).map((t) => t.norm),
        );
    const kind = head?.payloads[0];
    if (!head || !kind) {
      i++;
      continue;
    }
    let j = i + head.length;
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
      if (t.norm === "في" && geoAt.has(j + 1)) {
        j++;
        continue;
      }
      const isOrdinal = forms(t.norm).some((f) => lex.ordinals.has(f));
      if (isOrdinal || (words.isTitleWord(t) && !words.titleHeadAt(toks, j) && !t.norm.startsWith("و"))) {
        j++;
        continue;
      }
      break;
    }
    // A bare head ("المجلس", "الحكومة") names nothing in particular, unless a number or country makes it one.
    if (j - i > head.length || country) {
      const last = toks[j - 1]!;
      const nameEnd = lastNameToken(sentence, i, j, geoAt);
      const nameLast = toks[nameEnd - 1]!;
      out.push({
        sentence: sentence.index,
        from: i,
        to: j,
        start: tok.start,
        end: last.end,
        name: sentence.text
          .slice(tok.start - sentence.start, nameLast.end - sentence.start)
          .replace(/^[وف](?=ال)/, ""),
        country,
        kind,
      });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** The name stops before a trailing country ("المجلس الأعلى للأمن القومي لبلدنا" is named without "لبلدنا"). */
function lastNameToken(sentence: Sentence, from: number, to: number, geoAt: Map<number, GeoMention>): number {
  let end = to;
  for (let geo = geoAt.get(end - 1); geo && geo.from > from; geo = geoAt.get(end - 1)) {
    end = geo.from;
    if (sentence.tokens[end - 1]?.norm === "في" && end - 1 > from) end--;
  }
  return end;
}

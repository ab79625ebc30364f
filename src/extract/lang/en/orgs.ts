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

export function findOrgs(
  sentence: EnSentence,
  lex: EnglishLexicon,
  geoAt: ReadonlyMap<number, GeoMention>,
  acronyms: Map<string, Acronym>,
): OrgMention[] {
  const toks = sentence.tokens;
  const out: OrgMention[] = [];
  const capWord = (t: EnToken | undefined): boolean =>
    !!t && !t.punct && t.cap && !lex.functionWords.has(t.base) && !/\d/.test(t.base);
  let i = 0;
  while (i < toks.length) {
    const tok = toks[i]!;
    const known = tok.upper ? acronyms.get(tok.text.replace(/[’']s$/u, "")) : undefined;
    if (known) {
      out.push(mention(sentence, i, i + 1, known.name, known.country, known.kind));
      i++;
      continue;
    }
    const head = tok.cap ? phraseAt(lex.orgHeads, toks, i, i + 3) : null;
    const kind = head?.payloads[0];
    if (!head || !kind) {
      i++;
      continue;
    }
    // Words before the head: "Supreme National Security", "Azerbaijani Foreign", "UAE Armed".
    let from = i;
    while (from > 0 && i - from < MAX_WORDS) {
      const prev = toks[from - 1]!;
      const geo = geoAt.get(from - 1);
      if (!capWord(prev) || prev.possessive || (prev.upper && !geo) || geo?.kind === "place") break;
      from--;
    }
    // More heads ("Guard Corps", "News Agency"), then "of" phrases: "Ministry of Foreign Affairs of the Republic of Azerbaijan".
    let to = i + head.length;
    while (
      capWord(toks[to]) &&
      !toks[to - 1]!.possessive &&
      lex.orgHeads.match([toks[to]!.base], []) !== null
    )
      to++;
    while (toks[to]?.base === "of" && !toks[to - 1]!.possessive) {
      let k = to + 1;
      if (toks[k]?.base === "the") k++;
      if (!capWord(toks[k])) break;
      // "… Ministry of Foreign Affairs Dr Mohammed …": an honorific opens a name, not more of the body's.
      const honorific = (t: EnToken | undefined) => !!t && lex.honorifics.match([t.base], []) !== null;
      while (capWord(toks[k]) && !honorific(toks[k]) && !toks[k - 1]!.possessive && k - from < MAX_WORDS + 4)
        k++;
      to = k;
    }
    if (to - from < 2) {
      i = to;
      continue;
    }
    let country: string | null = null;
    const before = geoAt.get(from - 1);
    if (before && before.kind !== "place" && toks[from - 1]?.possessive) country = before.code;
    for (let j = from; j < to && !country; j++) {
      const g = geoAt.get(j);
      if (g && g.kind !== "place") country = g.code;
    }
    const name = sentence.text.slice(toks[from]!.start - sentence.start, toks[to - 1]!.end - sentence.start);
    out.push(mention(sentence, from, to, name.replace(/[’']s$/u, ""), country, kind));
    // "(SNSC)": an acronym the article will use again.
    const acronym = toks[to]?.text === "(" && toks[to + 2]?.text === ")" ? toks[to + 1] : undefined;
    if (acronym?.upper) {
      const stems = toks
        .slice(from, to)
        .filter((t, k) => !lex.functionWords.has(t.base) && !geoAt.has(from + k))
        .map((t) => titleStem(t.base));
      acronyms.set(acronym.text, { name, country, kind, stems });
      out.push(mention(sentence, to + 1, to + 2, name, country, kind));
      to += 3;
    }
    i = Math.max(to, i + 1);
  }
  return out;
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

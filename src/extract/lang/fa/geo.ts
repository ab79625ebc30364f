// Countries, demonyms, places, seats of government and "our country" (کشورمان) in one Persian sentence.
import { geoMentionOf, type GeoEntry } from "../../geo-index.ts";
import type { GeoMention } from "../../mentions.ts";
import { ZWNJ } from "../../text/chars.ts";
import { fold } from "../../text/fold.ts";
import type { PhraseMatcher } from "../../text/phrase-matcher.ts";
import { suffixReadings } from "../../text/suffixes.ts";
import type { Sentence } from "../../text/tokenize.ts";
import type { PersianLexicon } from "./lexicon.ts";

const placeCue = (lex: PersianLexicon, before: string): boolean =>
  lex.toWords.has(before) || lex.inWords.has(before) || lex.placeCues.has(before);

export function findGeos(
  sentence: Sentence,
  lex: PersianLexicon,
  index: PhraseMatcher<GeoEntry>,
  sourceCountry: string | null,
): GeoMention[] {
  const out: GeoMention[] = [];
  const toks = sentence.tokens;
  const norms = toks.map((t) => t.norm);
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]?.punct) continue;
    const rest = norms.slice(i + 1, i + 6);
    const span = (length: number) => {
      const first = toks[i];
      const last = toks[i + length - 1];
      const start = first?.start ?? 0;
      const end = last?.end ?? start;
      return { sentence: sentence.index, from: i, to: i + length, start, end };
    };
    const surface = (length: number) =>
      toks
        .slice(i, i + length)
        .map((t) => t.text)
        .join(" ");
    const our = lex.ourCountry.match([norms[i] ?? ""], rest);
    if (our && sourceCountry) {
      out.push({ ...span(our.length), code: sourceCountry, kind: "our", surface: surface(our.length) });
      i += our.length - 1;
      continue;
    }
    const seat = lex.authorities.match([norms[i] ?? ""], rest);
    const seatCode = seat?.payloads[0];
    if (seat && seatCode) {
      out.push({ ...span(seat.length), code: seatCode, kind: "country", surface: surface(seat.length) });
      i += seat.length - 1;
      continue;
    }
    const m = index.match(suffixReadings(norms[i] ?? "", lex.suffixes, 3), rest);
    const entry = m?.payloads[0];
    if (!m || !entry || entry.needsArticle) {
      out.push(...joinedByZwnj(sentence, i, index), ...hyphenParts(sentence, i, index));
      continue;
    }
    // "دوشنبه" is Monday and Dushanbe: a weekday is a place only after "به", "در", "شهر" or a verb of motion.
    if (lex.weekdays.has(norms[i] ?? "") && !placeCue(lex, norms[i - 1] ?? "")) continue;
    out.push(geoMentionOf(entry, { ...span(m.length), surface: surface(m.length) }));
    i += m.length - 1;
  }
  return out;
}

/** "دهلی‌نو": a name of several words written as one word with the ZWNJ, where the gazetteer has a space. */
function joinedByZwnj(sentence: Sentence, i: number, index: PhraseMatcher<GeoEntry>): GeoMention[] {
  const tok = sentence.tokens[i];
  if (!tok || !tok.text.includes(ZWNJ)) return [];
  const parts = tok.text.split(ZWNJ).map((part) => fold(part));
  const m = index.match([parts[0] ?? ""], parts.slice(1));
  const entry = m?.payloads[0];
  if (!m || !entry || m.length !== parts.length || entry.needsArticle) return [];
  const span = { sentence: sentence.index, from: i, to: i + 1, start: tok.start, end: tok.end };
  return [geoMentionOf(entry, { ...span, surface: tok.text })];
}

/** "ایران-جهان عرب", "ایران-عراق": a country named inside a hyphenated word, with the part's own offsets. */
function hyphenParts(sentence: Sentence, i: number, index: PhraseMatcher<GeoEntry>): GeoMention[] {
  const tok = sentence.tokens[i];
  if (!tok || !tok.text.includes("-")) return [];
  const out: GeoMention[] = [];
  let offset = 0;
  for (const part of tok.text.split("-")) {
    const entry = index.match([fold(part)], [])?.payloads[0];
    const start = tok.start + offset;
    offset += part.length + 1;
    if (!entry || entry.needsArticle || entry.kind === "place") continue;
    const span = { sentence: sentence.index, from: i, to: i + 1, start, end: start + part.length };
    out.push({ ...span, code: entry.code, kind: entry.kind, surface: part });
  }
  return out;
}

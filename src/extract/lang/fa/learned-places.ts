// Places the gazetteer does not know, learned from the article itself: "به شهر X چین" names X a city of China,
// and a later bare "وارد X شد" is then the same city (wire copy names the country once, at the first mention).
import type { GeoMention } from "../../mentions.ts";
import type { Sentence } from "../../text/tokenize.ts";
import type { PersianLexicon } from "./lexicon.ts";

interface SentenceGeos {
  sentence: Sentence;
  geos: GeoMention[];
}

interface Learned {
  code: string;
  name: string;
}

const covered = (geos: readonly GeoMention[], k: number) => geos.some((g) => g.from <= k && k < g.to);

function placeAt(s: SentenceGeos, k: number, learned: Learned): GeoMention {
  const tok = s.sentence.tokens[k]!;
  return {
    sentence: s.sentence.index,
    from: k,
    to: k + 1,
    start: tok.start,
    end: tok.end,
    code: learned.code,
    kind: "place",
    place: { name: learned.name, kind: "city", capital: false },
    surface: tok.text,
  };
}

/** Adds to each sentence's geos the unknown cities named "شهر X <country>", wherever X appears in the article. */
export function addLearnedPlaces(sentences: readonly SentenceGeos[], lex: PersianLexicon): void {
  const learned = new Map<string, Learned>();
  for (const s of sentences) {
    const toks = s.sentence.tokens;
    for (let k = 1; k + 1 < toks.length; k++) {
      const country = s.geos.find((g) => g.from === k + 1 && g.kind === "country");
      const tok = toks[k]!;
      if (!country || !lex.cityWords.has(toks[k - 1]!.norm) || tok.punct || covered(s.geos, k)) continue;
      if (!learned.has(tok.norm)) learned.set(tok.norm, { code: country.code, name: tok.text });
    }
  }
  if (learned.size === 0) return;
  for (const s of sentences) {
    const found = s.sentence.tokens.flatMap((tok, k) => {
      const place = learned.get(tok.norm);
      return place && !tok.punct && !covered(s.geos, k) ? [placeAt(s, k, place)] : [];
    });
    if (found.length > 0) s.geos = [...s.geos, ...found].sort((a, b) => a.from - b.from);
  }
}

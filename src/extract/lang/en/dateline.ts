// Finds the dateline that opens a wire story ("BAKU, July 15 (Reuters) -", "TEHRAN –", "Abu Dhabi:"): where it was filed, not where things happened.
import type { GeoMention } from "../../mentions.ts";
import type { EnSentence } from "./tokens.ts";

/**
 * Web copy puts a headline, a byline and a caption before the story: a dateline may open any of the first
 * sentences ("New Delhi: Prime Minister …" as the fifth).
 */
const LATE_DATELINE = 6;

const SEPARATORS = new Set(["-", "–", "—", ":", "/", "|"]);

/**
 * The number of tokens of the dateline at the start of one of the first sentences, or 0. A dateline is a place (in
 * capitals, or closed by a dash or colon), then optional ", Country", ", July 4", "(Agency)", then a separator or
 * the end of the sentence.
 */
export function datelineLength(sentence: EnSentence | undefined, geos: readonly GeoMention[]): number {
  if (!sentence || sentence.index > LATE_DATELINE) return 0;
  const toks = sentence.tokens;
  const geoAt = (i: number) => geos.find((g) => g.from === i);
  let k = geoAt(0)?.to ?? 0;
  if (k === 0) while (toks[k]?.upper) k++;
  if (k === 0 || toks[k - 1]?.possessive) return 0;
  const shouting = toks.slice(0, k).every((t) => t.upper);
  let agency = false;
  for (let guard = 0; guard < 6; guard++) {
    const t = toks[k];
    if (t?.text === ",") {
      const next = toks[k + 1];
      if (!next || next.punct) break;
      // ", Azerbaijan", ", July 4", ", AZERTAC"
      const geo = geoAt(k + 1);
      if (geo) k = geo.to;
      else if (next.cap && /^\d{1,2}$/u.test(toks[k + 2]?.text ?? "")) k += 3;
      else if (next.upper) k += 2;
      else break;
      continue;
    }
    if (t?.text === "(") {
      const close = toks.findIndex((x, j) => j > k && x.text === ")");
      if (close < 0 || close - k > 6) break;
      agency = close > k + 1 && toks.slice(k + 1, close).every((x) => x.upper || x.punct);
      k = close + 1;
      continue;
    }
    break;
  }
  const sep = toks[k];
  if (sep && SEPARATORS.has(sep.text)) {
    let end = k + 1;
    while (toks[end] && SEPARATORS.has(toks[end]!.text)) end++;
    return end;
  }
  // "New Delhi, Jun 3 (PTI) Prime Minister …": an agency's code in parentheses closes the dateline by itself.
  if (agency && sentence.index === 0) return k;
  const alone = toks.slice(k).every((t) => t.punct);
  // After a headline, byline or caption, only a place closed by a separator opens the story, or a known place in
  // capitals on a line of its own ("NEW DELHI" under the byline).
  if (sentence.index > 0) return alone && shouting && geoAt(0) ? toks.length : 0;
  // "BAKU, Azerbaijan, July 4." alone: the whole first sentence is the dateline, if it shouts or has a date.
  return alone && (shouting || k > 1) ? toks.length : 0;
}

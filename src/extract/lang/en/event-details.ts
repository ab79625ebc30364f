// What an English event's clause says besides who and where: how long it lasted and what was discussed.
import type { EnglishLexicon } from "./lexicon.ts";
import type { EnToken } from "./tokens.ts";

/**
 * "which lasted about 4.5 hours" -> PT4.5H, "for two hours" -> PT2H, "a 90-minute meeting" -> PT90M, "a two-day
 * visit" -> P2D: an ISO 8601 duration read in [from, to), or null.
 */
export function durationIn(
  lex: EnglishLexicon,
  toks: readonly EnToken[],
  from: number,
  to: number,
  triggerFrom = from,
): string | null {
  const { markers, hedges } = lex.duration;
  // "a two-hour meeting": the length stands just before the noun.
  for (let j = Math.max(0, triggerFrom - 2); j < triggerFrom; j++) {
    const before = hyphenated(lex, toks[j]!.base);
    if (before) return before;
  }
  for (let j = Math.max(0, from); j < to; j++) {
    const t = toks[j]!;
    const hyphen = hyphenated(lex, t.base);
    if (hyphen) return hyphen;
    if (!markers.has(t.base)) continue;
    let k = j + 1;
    while (k < to && hedges.has(toks[k]!.base)) k++;
    // "4.5" comes as three tokens: digits, point, digits, written together.
    const point =
      toks[k + 1]?.text === "." &&
      toks[k + 1]!.start === toks[k]?.end &&
      /^\d+$/u.test(toks[k + 2]?.text ?? "");
    const count = point ? `${toks[k]!.base}.${toks[k + 2]!.base}` : toks[k]?.base;
    const found = amount(lex, count, toks[point ? k + 3 : k + 1]?.base);
    if (found) return found;
  }
  return null;
}

/** "two-hour", "90-minute", "three-day". */
function hyphenated(lex: EnglishLexicon, base: string): string | null {
  // Most words have no hyphen: no list of parts for them.
  if (!base.includes("-")) return null;
  const parts = base.split("-");
  return parts.length === 2 ? amount(lex, parts[0], parts[1]) : null;
}

function amount(lex: EnglishLexicon, count: string | undefined, unitWord: string | undefined): string | null {
  const unit = lex.duration.units.get(unitWord ?? "");
  if (!unit || !count) return null;
  const n = /^\d+(?:\.\d+)?$/u.test(count) ? Number(count) : lex.duration.numbers.get(count);
  if (n === undefined || !(n > 0)) return null;
  return unit === "D" ? `P${n}D` : `PT${n}${unit}`;
}

/** The topics named in [from, to): "discussed trade and energy" -> trade, energy. */
export function topicsIn(lex: EnglishLexicon, toks: readonly EnToken[], from: number, to: number): string[] {
  const out = new Set<string>();
  for (let j = Math.max(0, from); j < to; j++) {
    const topic = lex.topics.get(toks[j]!.base);
    if (topic) out.add(topic);
  }
  return [...out];
}

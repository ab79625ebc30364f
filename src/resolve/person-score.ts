// The merge rule for two person records: name agreement, country, office and co-occurrence, scored; pure.
import type { NameComparison } from "./name-match.ts";

export interface MatchSignals {
  name: NameComparison;
  /** agree: both known and equal; unknown: one or both unknown; conflict: both known and different. */
  country: "agree" | "unknown" | "conflict";
  /** Their titles name a common office (roles.ts). */
  office: boolean;
  /** Someone else of the article is already tied to the candidate in the graph (an event or relation). */
  cooccur: boolean;
}

/** A score at which two records are merged without asking: a name and one more agreeing fact, at least. */
export const MERGE_AT = 3;
/** Consonant classes two full names must share to count as distinctive (Nasser Kabir: NSR + KBR). */
export const DISTINCTIVE_STRENGTH = 6;
/** Merge candidates kept per person: the best few, enough for an analyst, not a flood for a common surname. */
export const MAX_CANDIDATES = 5;

const NAME_POINTS = { exact: 3, full: 2, partial: 1 } as const;

/**
 * The score of a candidate, or null when it cannot be the same person (different given names, no name in common,
 * a bare surname in another country). exact 3, full 2 (+1 when distinctive), partial 1; +1 each for the same
 * country, a common office, and co-occurrence. A full name in two countries scores 1: a candidate, never a merge.
 */
export function scoreMatch(s: MatchSignals): number | null {
  const rel = s.name.relation;
  if (rel === "conflict" || rel === "none") return null;
  // Two countries for one full name: never merged, but worth an analyst's look (a country can be misread).
  if (s.country === "conflict") return rel === "partial" ? null : 1;
  let score: number = NAME_POINTS[rel];
  if (rel === "full" && s.name.strength >= DISTINCTIVE_STRENGTH) score += 1;
  if (s.country === "agree") score += 1;
  if (s.office) score += 1;
  if (s.cooccur) score += 1;
  return score;
}

export function countrySignal(a: string | null, b: string | null): MatchSignals["country"] {
  if (a === null || b === null) return "unknown";
  return a === b ? "agree" : "conflict";
}

export interface ScoredCandidate {
  id: string;
  score: number;
  /** The candidate already holds this article's evidence for the person: the choice made when it was first ingested. */
  sticky: boolean;
}

export interface Decision {
  /** The id to merge into, or null to keep the person apart. */
  merge: string | null;
  /** Ids an analyst should look at: weak or tied matches, best first. */
  candidates: string[];
}

const byScore = (a: ScoredCandidate, b: ScoredCandidate): number =>
  b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Sticky first (re-ingesting an article must give the same patch); then the single best candidate at MERGE_AT or
 * more; a tie at the top is for an analyst; below MERGE_AT, the best few are candidates.
 */
export function decide(scored: readonly ScoredCandidate[]): Decision {
  const sticky = scored.filter((c) => c.sticky).sort(byScore)[0];
  if (sticky !== undefined) return { merge: sticky.id, candidates: [] };
  const ranked = [...scored].sort(byScore);
  const [best, second] = ranked;
  if (best !== undefined && best.score >= MERGE_AT) {
    if (second === undefined || second.score < best.score) return { merge: best.id, candidates: [] };
    return { merge: null, candidates: ranked.filter((c) => c.score === best.score).map((c) => c.id) };
  }
  return { merge: null, candidates: ranked.slice(0, MAX_CANDIDATES).map((c) => c.id) };
}

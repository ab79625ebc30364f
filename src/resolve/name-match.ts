// Compares two parsed names: the same person written two ways, one name part of the other, or two different people.
import type { NameWord, ParsedName } from "./name-parse.ts";

/**
 * exact: the same folded name of two words or more; full: surname and given names agree (one list may hold more,
 * "Reza Amir-Hosseinpour" and "Amir-Hosseinpour"); partial: one side is a surname (or a lone given name of a
 * bin-name) the other completes; conflict: the surname agrees but the given names differ (Sami and Nabil Haddad);
 * none: nothing in common.
 */
export type NameRelation = "exact" | "full" | "partial" | "conflict" | "none";

export interface NameComparison {
  relation: NameRelation;
  /** Consonant classes the agreeing words share: long agreeing skeletons rarely meet by chance. */
  strength: number;
}

const NONE: NameComparison = { relation: "none", strength: 0 };

/** The length of the shortest key the two words share, or 0 when they share none. */
export function wordsAgree(a: NameWord, b: NameWord): number {
  let best = 0;
  for (const k of a.keys) if (b.keys.includes(k) && (best === 0 || k.length < best)) best = k.length;
  return best;
}

/** Each word of the shorter list agrees with a different word of the longer one; the shared strength, or -1. */
function subsetStrength(short: readonly NameWord[], long: readonly NameWord[]): number {
  const used = new Set<number>();
  let strength = 0;
  for (const w of short) {
    let found = -1;
    let found_strength = 0;
    long.forEach((v, i) => {
      if (found >= 0 || used.has(i)) return;
      const s = wordsAgree(w, v);
      if (s > 0) {
        found = i;
        found_strength = s;
      }
    });
    if (found < 0) return -1;
    used.add(found);
    strength += found_strength;
  }
  return strength;
}

function givenAgree(a: readonly NameWord[], b: readonly NameWord[]): number {
  return a.length <= b.length ? subsetStrength(a, b) : subsetStrength(b, a);
}

const isSingle = (n: ParsedName): boolean => !n.withLineage && n.given.length === 0 && n.surname !== null;

function plainPair(a: ParsedName, b: ParsedName): NameComparison {
  if (a.surname === null || b.surname === null) return NONE;
  const surname = wordsAgree(a.surname, b.surname);
  if (surname === 0) return NONE;
  if (a.given.length === 0 || b.given.length === 0) return { relation: "partial", strength: surname };
  const given = givenAgree(a.given, b.given);
  return given < 0
    ? { relation: "conflict", strength: surname }
    : { relation: "full", strength: surname + given };
}

/** The best agreement between any word of one family and any of the other (a stray title may end either). */
function familiesAgree(a: readonly NameWord[], b: readonly NameWord[]): number {
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, wordsAgree(x, y));
  return best;
}

/** "Khaled bin Fahd bin Nasser" and "Fahd bin Nasser": the second is the first's father. */
function isFatherOf(father: ParsedName, child: ParsedName): boolean {
  const chain = [...father.given.slice(0, 1), ...father.lineage];
  if (chain.length < 2 || child.lineage.length < chain.length) return false;
  return chain.every((w, i) => {
    const v = child.lineage[i];
    return v !== undefined && wordsAgree(w, v) > 0;
  });
}

/** Both built with bin/ibn: the first given name, the fathers (one list the start of the other) and the family agree. */
function lineagePair(a: ParsedName, b: ParsedName): NameComparison {
  if (isFatherOf(a, b) || isFatherOf(b, a)) return { relation: "conflict", strength: 0 };
  const lineageShort = a.lineage.length <= b.lineage.length ? a.lineage : b.lineage;
  const lineageLong = lineageShort === a.lineage ? b.lineage : a.lineage;
  let lineage = 0;
  for (const [i, w] of lineageShort.entries()) {
    const v = lineageLong[i];
    const s = v === undefined ? 0 : wordsAgree(w, v);
    if (s === 0) return NONE;
    lineage += s;
  }
  let family = 0;
  if (a.family.length > 0 && b.family.length > 0) {
    family = familiesAgree(a.family, b.family);
    if (family === 0) return NONE;
  }
  const [ga, gb] = [a.given[0], b.given[0]];
  if (ga === undefined || gb === undefined) return { relation: "partial", strength: lineage + family };
  const given = wordsAgree(ga, gb);
  // Same fathers, other first names: brothers (Fahd and Saud bin Nasser), never one person.
  if (given === 0) return lineageShort.length > 0 ? { relation: "conflict", strength: lineage } : NONE;
  return { relation: "full", strength: given + lineage + family };
}

/** A bin-name against a plain one: a lone word is its first given name or its family; "Salim Alharthy" is both. */
function mixedPair(lin: ParsedName, plain: ParsedName): NameComparison {
  if (plain.surname === null) return NONE;
  if (isSingle(plain)) {
    const first = lin.given[0];
    const asGiven = first === undefined ? 0 : wordsAgree(plain.surname, first);
    const asFamily = familiesAgree([plain.surname], lin.family);
    const s = Math.max(asGiven, asFamily);
    return s > 0 ? { relation: "partial", strength: s } : NONE;
  }
  const family = familiesAgree([plain.surname], lin.family);
  if (family === 0) return NONE;
  const [gp, gl] = [plain.given[0], lin.given[0]];
  if (gp === undefined || gl === undefined) return { relation: "partial", strength: family };
  const given = wordsAgree(gp, gl);
  return given === 0
    ? { relation: "conflict", strength: family }
    : { relation: "full", strength: family + given };
}

export function compareNames(a: ParsedName, b: ParsedName): NameComparison {
  let result: NameComparison;
  if (a.withLineage && b.withLineage) result = lineagePair(a, b);
  else if (a.withLineage) result = mixedPair(a, b);
  else if (b.withLineage) result = mixedPair(b, a);
  else result = plainPair(a, b);
  // The very same spelling of a full name is more than agreeing skeletons.
  if (result.relation === "full" && a.folded === b.folded) return { ...result, relation: "exact" };
  return result;
}

const RANK: Record<NameRelation, number> = { none: 0, partial: 1, full: 2, exact: 3, conflict: -1 };

/**
 * Compares every name of one person with every name of another: any conflict rules them apart (an alias "Haddad"
 * does not make Sami Haddad into Nabil), otherwise the best agreement counts.
 */
export function compareNameSets(a: readonly ParsedName[], b: readonly ParsedName[]): NameComparison {
  let best = NONE;
  for (const x of a) {
    for (const y of b) {
      const c = compareNames(x, y);
      if (c.relation === "conflict") return c;
      if (
        RANK[c.relation] > RANK[best.relation] ||
        (c.relation === best.relation && c.strength > best.strength)
      )
        best = c;
    }
  }
  return best;
}

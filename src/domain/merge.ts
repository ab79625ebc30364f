// The merge rules: an item of the graph is a pure function of what each article said about it, so the
// graph does not depend on the order articles arrive in, and retracting an article is removing its say.
import type {
  DatePrecision,
  DiplomaticEvent,
  Entity,
  EventDate,
  Evidence,
  Occupancy,
  Participant,
  Relation,
} from "./types.ts";

/** What one article's patch said about one item. */
export interface Contribution<T> {
  readonly articleId: string;
  readonly item: T;
}

/** Code-unit order: the same on every machine and in every store, unlike localeCompare. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The contributions in article order; the order every merge rule reads them in. */
export function byArticle<T>(contribs: readonly Contribution<T>[]): Contribution<T>[] {
  return [...contribs].sort((a, b) => compareStrings(a.articleId, b.articleId));
}

/** The contributions after one article says `item` (or, with null, says nothing any more), in article order. */
export function withContribution<T>(
  contribs: readonly Contribution<T>[],
  articleId: string,
  item: T | null,
): Contribution<T>[] {
  // Binary search rather than filter-and-sort: hub entities carry a contribution from thousands of articles.
  let lo = 0;
  let hi = contribs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareStrings(contribs[mid]?.articleId ?? "", articleId) < 0) lo = mid + 1;
    else hi = mid;
  }
  const present = contribs[lo]?.articleId === articleId;
  const next = contribs.slice();
  if (item === null) {
    if (present) next.splice(lo, 1);
  } else {
    next.splice(lo, present ? 1 : 0, { articleId, item });
  }
  return next;
}

function sortedContributions<T>(contribs: readonly Contribution<T>[], what: string): [T, ...T[]] {
  const items = byArticle(contribs).map((c) => c.item);
  const [first, ...rest] = items;
  if (first === undefined) throw new RangeError(`domain/merge: ${what} needs at least one contribution`);
  return [first, ...rest];
}

function evidenceKey(e: Evidence): string {
  return `${e.articleId}\u0000${e.sentence}\u0000${e.start}\u0000${e.end}`;
}

/** Every piece of evidence once (the same sentence span of the same article counts once), first seen first. */
export function mergeEvidence(lists: readonly (readonly Evidence[])[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const list of lists) {
    for (const e of list) {
      const key = evidenceKey(e);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(e);
    }
  }
  return out;
}

/**
 * Each contribution comes from its own article and the evidence key holds the article id, so evidence of a
 * later contribution never repeats an earlier one's: only duplicates within the contribution need dropping.
 */
function appendEvidence(merged: readonly Evidence[], next: readonly Evidence[]): Evidence[] {
  return merged.concat(next.length > 1 ? mergeEvidence([next]) : next);
}

/**
 * The evidence every merge rule below ends with (the first contribution's deduplicated, then appendEvidence for
 * each next one), built in one pass: for a store that restores a merged item without folding it again (the
 * memory store's snapshot), where a hub entity's thousands of contributions would make the fold quadratic.
 */
export function foldedEvidence(lists: readonly (readonly Evidence[])[]): Evidence[] {
  const out: Evidence[] = [];
  lists.forEach((list, i) => {
    for (const e of i === 0 || list.length > 1 ? mergeEvidence([list]) : list) out.push(e);
  });
  // Exact size: an array grown by push keeps spare room, and a million merged items keep theirs.
  return out.slice();
}

/**
 * Bump when a merge rule changes: a store that keeps merged items on disk (the memory store's snapshot) then
 * merges them again from their contributions instead of trusting what an older version merged.
 */
export const MERGE_RULES_VERSION = 1;

/** Union keeping the first-seen order. */
export function unionInOrder(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/** `list` plus the values of `more` it lacks, in order; the same array when nothing is new. */
function addInOrder(list: readonly string[], more: readonly string[]): string[] {
  const fresh = more.filter((v, i) => !list.includes(v) && more.indexOf(v) === i);
  return fresh.length === 0 ? [...list] : [...list, ...fresh];
}

function sortedSpellings(spellings: readonly string[], name: string): string[] {
  return [...new Set(spellings)].filter((s) => s !== name).sort(compareStrings);
}

// Every rule below is a left fold over the contributions in article order: `start*` takes the first,
// `extend*` adds the next. mergeX folds them all; a store that adds a contribution from an article sorting
// after every earlier one may call extendX on the merged item instead (same result, without the O(k) rebuild).

function startEntity(first: Entity): Entity {
  const base = {
    aliases: sortedSpellings(first.aliases, first.name),
    evidence: mergeEvidence([first.evidence]),
  };
  return first.type === "Person"
    ? { ...first, ...base, titles: unionInOrder([first.titles]) }
    : { ...first, ...base };
}

/** The merge of an entity's contributions plus `next`, whose article sorts after all of theirs. */
export function extendEntity(merged: Entity, next: Entity): Entity {
  const spellings = [next.name, ...next.aliases].filter(
    (s) => s !== merged.name && !merged.aliases.includes(s),
  );
  const aliases =
    spellings.length === 0
      ? [...merged.aliases]
      : sortedSpellings([...merged.aliases, ...spellings], merged.name);
  const evidence = appendEvidence(merged.evidence, next.evidence);
  switch (merged.type) {
    case "Person":
      return {
        ...merged,
        aliases,
        evidence,
        country: merged.country ?? next.country,
        titles: next.type === "Person" ? addInOrder(merged.titles, next.titles) : [...merged.titles],
      };
    case "Country":
      return { ...merged, aliases, evidence };
    case "Organization":
    case "Place":
      return { ...merged, aliases, evidence, country: merged.country ?? next.country };
  }
}

/** Name from the first article; every other spelling any article used becomes an alias. */
export function mergeEntity(contribs: readonly Contribution<Entity>[]): Entity {
  const [first, ...rest] = sortedContributions(contribs, "mergeEntity");
  return rest.reduce(extendEntity, startEntity(first));
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 3, month: 2, year: 1, day_no_year: 0 };

/** The more precise of two dates; between equally precise ones, the first. */
function morePreciseDate(a: EventDate | null, b: EventDate | null): EventDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return PRECISION_RANK[b.precision] > PRECISION_RANK[a.precision] ? b : a;
}

/** The most precise date any article gave; between equally precise dates, the first article's. */
export function mergeDates(dates: readonly (EventDate | null)[]): EventDate | null {
  return dates.reduce(morePreciseDate, null);
}

/** Participants once per (entity, role), first seen first. */
export function mergeParticipants(lists: readonly (readonly Participant[])[]): Participant[] {
  const seen = new Set<string>();
  const out: Participant[] = [];
  for (const list of lists) {
    for (const p of list) {
      const key = `${p.entityId}\u0000${p.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(p);
    }
  }
  return out;
}

function startEvent(first: DiplomaticEvent): DiplomaticEvent {
  return {
    ...first,
    participants: mergeParticipants([first.participants]),
    topics: unionInOrder([first.topics]),
    evidence: mergeEvidence([first.evidence]),
  };
}

/** The merge of an event's contributions plus `next`, whose article sorts after all of theirs. */
export function extendEvent(merged: DiplomaticEvent, next: DiplomaticEvent): DiplomaticEvent {
  return {
    ...merged,
    status: merged.status === "held" || next.status === "held" ? "held" : "planned",
    participants: mergeParticipants([merged.participants, next.participants]),
    location: merged.location ?? next.location,
    date: morePreciseDate(merged.date, next.date),
    mode: merged.mode ?? next.mode,
    duration: merged.duration ?? next.duration,
    topics: addInOrder(merged.topics, next.topics),
    evidence: appendEvidence(merged.evidence, next.evidence),
  };
}

/** One event as all its articles tell it: a "held" report outweighs a "planned" one. */
export function mergeEvent(contribs: readonly Contribution<DiplomaticEvent>[]): DiplomaticEvent {
  const [first, ...rest] = sortedContributions(contribs, "mergeEvent");
  return rest.reduce(extendEvent, startEvent(first));
}

function earlier(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : b < a ? b : a;
}

function later(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : b > a ? b : a;
}

function startOccupancy(first: Occupancy): Occupancy {
  return {
    ...first,
    observed: [...new Set(first.observed)].sort(compareStrings),
    evidence: mergeEvidence([first.evidence]),
  };
}

/** The merge of an occupancy's contributions plus `next`, whose article sorts after all of theirs. */
export function extendOccupancy(merged: Occupancy, next: Occupancy): Occupancy {
  return {
    ...merged,
    organizationId: merged.organizationId ?? next.organizationId,
    country: merged.country ?? next.country,
    observed: [...new Set([...merged.observed, ...next.observed])].sort(compareStrings),
    start: earlier(merged.start, next.start),
    end: later(merged.end, next.end),
    evidence: appendEvidence(merged.evidence, next.evidence),
  };
}

/** A title held over time: every date it was observed on, the earliest start and the latest end. */
export function mergeOccupancy(contribs: readonly Contribution<Occupancy>[]): Occupancy {
  const [first, ...rest] = sortedContributions(contribs, "mergeOccupancy");
  return rest.reduce(extendOccupancy, startOccupancy(first));
}

/** The merge of a relation's contributions plus `next`, whose article sorts after all of theirs. */
export function extendRelation(merged: Relation, next: Relation): Relation {
  return { ...merged, evidence: appendEvidence(merged.evidence, next.evidence) };
}

export function mergeRelation(contribs: readonly Contribution<Relation>[]): Relation {
  const [first, ...rest] = sortedContributions(contribs, "mergeRelation");
  return rest.reduce(extendRelation, { ...first, evidence: mergeEvidence([first.evidence]) });
}

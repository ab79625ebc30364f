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
  const rest = contribs.filter((c) => c.articleId !== articleId);
  if (item !== null) rest.push({ articleId, item });
  return byArticle(rest);
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

/** Union keeping the first-seen order. */
export function unionInOrder(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

function firstNonNull<T, V>(items: readonly T[], pick: (item: T) => V | null): V | null {
  for (const item of items) {
    const value = pick(item);
    if (value !== null) return value;
  }
  return null;
}

/** Name from the first article; every other spelling any article used becomes an alias. */
export function mergeEntity(contribs: readonly Contribution<Entity>[]): Entity {
  const items = sortedContributions(contribs, "mergeEntity");
  const first = items[0];
  const spellings = new Set(items.flatMap((e) => [e.name, ...e.aliases]));
  spellings.delete(first.name);
  const base = {
    id: first.id,
    name: first.name,
    aliases: [...spellings].sort(compareStrings),
    evidence: mergeEvidence(items.map((e) => e.evidence)),
  };
  const country = firstNonNull(items, (e) => e.country);
  switch (first.type) {
    case "Person":
      return {
        ...base,
        type: "Person",
        country,
        titles: unionInOrder(items.map((e) => (e.type === "Person" ? e.titles : []))),
      };
    case "Country":
      return { ...base, type: "Country", country: country ?? first.country };
    case "Organization":
      return { ...base, type: "Organization", country, kind: first.kind };
    case "Place":
      return { ...base, type: "Place", country, kind: first.kind };
  }
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 3, month: 2, year: 1, day_no_year: 0 };

/** The most precise date any article gave; between equally precise dates, the first article's. */
export function mergeDates(dates: readonly (EventDate | null)[]): EventDate | null {
  let best: EventDate | null = null;
  for (const date of dates) {
    if (date === null) continue;
    if (best === null || PRECISION_RANK[date.precision] > PRECISION_RANK[best.precision]) best = date;
  }
  return best;
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

/** One event as all its articles tell it: a "held" report outweighs a "planned" one. */
export function mergeEvent(contribs: readonly Contribution<DiplomaticEvent>[]): DiplomaticEvent {
  const items = sortedContributions(contribs, "mergeEvent");
  const first = items[0];
  return {
    id: first.id,
    type: first.type,
    status: items.some((e) => e.status === "held") ? "held" : "planned",
    participants: mergeParticipants(items.map((e) => e.participants)),
    location: firstNonNull(items, (e) => e.location),
    date: mergeDates(items.map((e) => e.date)),
    mode: firstNonNull(items, (e) => e.mode),
    duration: firstNonNull(items, (e) => e.duration),
    topics: unionInOrder(items.map((e) => e.topics)),
    evidence: mergeEvidence(items.map((e) => e.evidence)),
  };
}

function extreme(values: readonly (string | null)[], pick: "min" | "max"): string | null {
  let best: string | null = null;
  for (const v of values) {
    if (v === null) continue;
    if (best === null || (pick === "min" ? v < best : v > best)) best = v;
  }
  return best;
}

/** A title held over time: every date it was observed on, the earliest start and the latest end. */
export function mergeOccupancy(contribs: readonly Contribution<Occupancy>[]): Occupancy {
  const items = sortedContributions(contribs, "mergeOccupancy");
  const first = items[0];
  return {
    id: first.id,
    personId: first.personId,
    title: first.title,
    organizationId: firstNonNull(items, (o) => o.organizationId),
    country: firstNonNull(items, (o) => o.country),
    observed: [...new Set(items.flatMap((o) => o.observed))].sort(compareStrings),
    start: extreme(
      items.map((o) => o.start),
      "min",
    ),
    end: extreme(
      items.map((o) => o.end),
      "max",
    ),
    evidence: mergeEvidence(items.map((o) => o.evidence)),
  };
}

export function mergeRelation(contribs: readonly Contribution<Relation>[]): Relation {
  const items = sortedContributions(contribs, "mergeRelation");
  const first = items[0];
  return {
    id: first.id,
    type: first.type,
    source: first.source,
    target: first.target,
    evidence: mergeEvidence(items.map((r) => r.evidence)),
  };
}

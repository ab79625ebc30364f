// Rewrites a patch after resolution: person ids replaced everywhere they are referred to, ids that derive from them remade.
import { eventId, occupancyId, relationId } from "../domain/ids.ts";
import { compareStrings, mergeEvidence } from "../domain/merge.ts";
import type {
  DiplomaticEvent,
  Entity,
  GraphPatch,
  Occupancy,
  Participant,
  Relation,
  RelationType,
} from "../domain/types.ts";

/** Relations that say the same read either way: their ends are kept in id order and their id made from that order. */
const SYMMETRIC: ReadonlySet<RelationType> = new Set(["COUNTERPART_OF", "MERGE_CANDIDATE"]);

/** Items with the same id merged into the first of them, in first-seen order. */
function dedupe<T extends { id: string }>(items: readonly T[], merge: (a: T, b: T) => T): T[] {
  const byId = new Map<string, T>();
  for (const item of items) {
    const seen = byId.get(item.id);
    byId.set(item.id, seen === undefined ? item : merge(seen, item));
  }
  return [...byId.values()];
}

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

/** Two entities of the article that resolved to one id: names, titles and evidence together, the first's name first. */
function mergeEntities(a: Entity, b: Entity): Entity {
  const aliases = union([...a.aliases, b.name], b.aliases).filter((n) => n !== a.name);
  const evidence = mergeEvidence([a.evidence, b.evidence]);
  switch (a.type) {
    case "Person":
      return {
        ...a,
        aliases,
        country: a.country ?? b.country,
        evidence,
        titles: b.type === "Person" ? union(a.titles, b.titles) : a.titles,
      };
    case "Country":
      return { ...a, aliases, evidence };
    case "Organization":
    case "Place":
      return { ...a, aliases, country: a.country ?? b.country, evidence };
  }
}

function mergeParticipantLists(a: readonly Participant[], b: readonly Participant[]): Participant[] {
  const out = [...a];
  for (const p of b) if (!out.some((q) => q.entityId === p.entityId && q.role === p.role)) out.push(p);
  return out;
}

const RANK = { day: 3, month: 2, year: 1, day_no_year: 0 } as const;

/** Two reports of one event in one article (or in two, see events.ts): one event, the more precise date. */
export function mergeEventPair(a: DiplomaticEvent, b: DiplomaticEvent): DiplomaticEvent {
  const date =
    a.date === null || (b.date !== null && RANK[b.date.precision] > RANK[a.date.precision]) ? b.date : a.date;
  return {
    ...a,
    status: a.status === "held" || b.status === "held" ? "held" : "planned",
    participants: mergeParticipantLists(a.participants, b.participants),
    location: a.location ?? b.location,
    date,
    mode: a.mode ?? b.mode,
    duration: a.duration ?? b.duration,
    topics: union(a.topics, b.topics),
    evidence: mergeEvidence([a.evidence, b.evidence]),
  };
}

function mergeOccupancies(a: Occupancy, b: Occupancy): Occupancy {
  return {
    ...a,
    organizationId: a.organizationId ?? b.organizationId,
    country: a.country ?? b.country,
    observed: union(a.observed, b.observed).sort(compareStrings),
    evidence: mergeEvidence([a.evidence, b.evidence]),
  };
}

const mergeRelations = (a: Relation, b: Relation): Relation => ({
  ...a,
  evidence: mergeEvidence([a.evidence, b.evidence]),
});

/** Events that only make sense between two people or more; one left alone (two mentions of one person) is dropped. */
const NEEDS_TWO: ReadonlySet<DiplomaticEvent["type"]> = new Set(["Meeting", "Call", "Agreement"]);

/**
 * The patch with entity ids replaced (ids missing from the map stay): entities that became one are merged, events
 * re-keyed from their new participants (and moved to their new place), occupancies and relations re-keyed from their
 * new ends. Items the map does not touch keep their ids, so an article nobody else mentions is applied as extracted.
 */
export function rewriteEntityIds(patch: GraphPatch, idMap: ReadonlyMap<string, string>): GraphPatch {
  const to = (id: string): string => idMap.get(id) ?? id;
  const moved = (id: string): boolean => to(id) !== id;
  const articleId = patch.article.id;

  const entities = dedupe(
    patch.entities.map((e) => (moved(e.id) ? { ...e, id: to(e.id) } : e)),
    mergeEntities,
  );

  const events: DiplomaticEvent[] = [];
  for (const original of patch.events) {
    const e =
      original.location !== null && moved(original.location)
        ? { ...original, location: to(original.location) }
        : original;
    if (!e.participants.some((p) => moved(p.entityId))) {
      events.push(e);
      continue;
    }
    const participants = mergeParticipantLists(
      [],
      e.participants.map((p) => ({ ...p, entityId: to(p.entityId) })),
    );
    const people = new Set(participants.map((p) => p.entityId));
    if (NEEDS_TWO.has(e.type) && people.size < 2) continue;
    const next = { ...e, participants };
    events.push({ ...next, id: eventId(next, articleId) });
  }

  const occupancies = patch.occupancies.map((o) => {
    const organizationId = o.organizationId === null ? null : to(o.organizationId);
    if (!moved(o.personId)) return organizationId === o.organizationId ? o : { ...o, organizationId };
    return { ...o, organizationId, personId: to(o.personId), id: occupancyId(to(o.personId), o.title) };
  });

  const relations: Relation[] = [];
  for (const r of patch.relations) {
    if (!moved(r.source) && !moved(r.target)) {
      relations.push(r);
      continue;
    }
    let [source, target] = [to(r.source), to(r.target)];
    if (source === target) continue;
    if (SYMMETRIC.has(r.type) && compareStrings(source, target) > 0) [source, target] = [target, source];
    relations.push({ ...r, source, target, id: relationId(r.type, source, target) });
  }

  return {
    article: patch.article,
    entities,
    events: dedupe(events, mergeEventPair),
    occupancies: dedupe(occupancies, mergeOccupancies),
    relations: dedupe(relations, mergeRelations),
  };
}

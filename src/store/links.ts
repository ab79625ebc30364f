// Ties between entities in entity terms: an event, a relation or an occupancy seen as the Links it draws.
import type { DiplomaticEvent, Occupancy, Relation } from "../domain/types.ts";
import type { Link } from "./graph-store.ts";

/** Anything that ties entities together; events are nodes in the graph, and so, in the memory store, are the others. */
export type Tie =
  | { kind: "event"; item: DiplomaticEvent }
  | { kind: "relation"; item: Relation }
  | { kind: "occupancy"; item: Occupancy };

/** The entities a tie touches, each once: an event's participants in order then its location; source then target; person then organisation. */
export function tieEndpoints(tie: Tie): string[] {
  switch (tie.kind) {
    case "event": {
      const ids = tie.item.participants.map((p) => p.entityId);
      if (tie.item.location !== null) ids.push(tie.item.location);
      return [...new Set(ids)];
    }
    case "relation":
      return [...new Set([tie.item.source, tie.item.target])];
    case "occupancy":
      return tie.item.organizationId === null
        ? [tie.item.personId]
        : [...new Set([tie.item.personId, tie.item.organizationId])];
  }
}

/** The Link a tie draws from `source` to `target` (both among its endpoints), oriented as asked. */
export function linkThrough(tie: Tie, source: string, target: string): Link {
  switch (tie.kind) {
    case "event":
      return {
        source,
        target,
        kind: "EVENT",
        label: tie.item.type,
        via: tie.item.id,
        evidence: tie.item.evidence,
      };
    case "relation":
      return {
        source,
        target,
        kind: "RELATION",
        label: tie.item.type,
        via: tie.item.id,
        evidence: tie.item.evidence,
      };
    case "occupancy":
      return {
        source,
        target,
        kind: "OCCUPANCY",
        label: tie.item.title,
        via: tie.item.id,
        evidence: tie.item.evidence,
      };
  }
}

/**
 * Every Link a tie draws between endpoints in `keep`, each pair once, oriented in endpoint order
 * (an earlier participant to a later one, a participant to the location, source to target, person to organisation).
 */
export function linksOfTie(tie: Tie, keep: (id: string) => boolean): Link[] {
  const ends = tieEndpoints(tie).filter(keep);
  const links: Link[] = [];
  for (let i = 0; i < ends.length; i++) {
    for (let j = i + 1; j < ends.length; j++) {
      const a = ends[i];
      const b = ends[j];
      if (a !== undefined && b !== undefined) links.push(linkThrough(tie, a, b));
    }
  }
  return links;
}

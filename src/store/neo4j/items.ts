// The four kinds of graph item the Neo4j store keeps, with the domain's merge rules and references per kind.
import {
  extendEntity,
  extendEvent,
  extendOccupancy,
  extendRelation,
  mergeEntity,
  mergeEvent,
  mergeOccupancy,
  mergeRelation,
  type Contribution,
} from "../../domain/merge.ts";
import type { DiplomaticEvent, Entity, GraphPatch, Occupancy, Relation } from "../../domain/types.ts";
import type { Tie } from "../links.ts";

export type ItemKind = "entity" | "event" | "occupancy" | "relation";
/** The memory store's order (src/store/memory/plan.ts), so both report created and removed ids alike. */
export const ITEM_KINDS: readonly ItemKind[] = ["entity", "event", "occupancy", "relation"];
export type TieKind = Exclude<ItemKind, "entity">;

export interface ItemOf {
  entity: Entity;
  event: DiplomaticEvent;
  occupancy: Occupancy;
  relation: Relation;
}
export type Item = ItemOf[ItemKind];

export function isItemKind(value: unknown): value is ItemKind {
  return value === "entity" || value === "event" || value === "occupancy" || value === "relation";
}

export function patchItems<K extends ItemKind>(patch: GraphPatch, kind: K): ItemOf[K][] {
  const lists: { [P in ItemKind]: ItemOf[P][] } = {
    entity: patch.entities,
    event: patch.events,
    occupancy: patch.occupancies,
    relation: patch.relations,
  };
  return lists[kind];
}

/** The same pure functions the memory store folds with: both stores compute one merged item from one set of contributions. */
export const MERGERS: { [K in ItemKind]: (contribs: readonly Contribution<ItemOf[K]>[]) => ItemOf[K] } = {
  entity: mergeEntity,
  event: mergeEvent,
  occupancy: mergeOccupancy,
  relation: mergeRelation,
};

export const EXTENDERS: { [K in ItemKind]: (merged: ItemOf[K], next: ItemOf[K]) => ItemOf[K] } = {
  entity: extendEntity,
  event: extendEvent,
  occupancy: extendOccupancy,
  relation: extendRelation,
};

const REFERENCES: { [K in TieKind]: (item: ItemOf[K]) => string[] } = {
  event: (e) => (e.location === null ? [] : [e.location]).concat(e.participants.map((p) => p.entityId)),
  occupancy: (o) => (o.organizationId === null ? [o.personId] : [o.personId, o.organizationId]),
  relation: (r) => [r.source, r.target],
};

/** The entity ids a tie refers to. */
export function referencesOf<K extends TieKind>(kind: K, item: ItemOf[K]): string[] {
  return REFERENCES[kind](item);
}

export interface TieEdge {
  entity: string;
  role: string;
}

/** The edges a merged tie hangs on its entities: a participant's role, "location", "source"/"target", "person"/"organization". */
export function tieEdges(tie: Tie): TieEdge[] {
  switch (tie.kind) {
    case "event": {
      const edges: TieEdge[] = tie.item.participants.map((p) => ({ entity: p.entityId, role: p.role }));
      if (tie.item.location !== null) edges.push({ entity: tie.item.location, role: "location" });
      return edges;
    }
    case "relation":
      return [
        { entity: tie.item.source, role: "source" },
        { entity: tie.item.target, role: "target" },
      ];
    case "occupancy":
      return tie.item.organizationId === null
        ? [{ entity: tie.item.personId, role: "person" }]
        : [
            { entity: tie.item.personId, role: "person" },
            { entity: tie.item.organizationId, role: "organization" },
          ];
  }
}

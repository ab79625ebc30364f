// The four kinds of graph item (entity, event, occupancy, relation): their types, how a patch lists them, how each
// merges, and which entities a tie refers to. Both stores fold with these, so they agree by construction.
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
} from "./merge.ts";
import type { DiplomaticEvent, Entity, GraphPatch, Occupancy, Relation } from "./types.ts";

export type ItemKind = "entity" | "event" | "occupancy" | "relation";
/** Entities first: ties refer to them. Both stores report created and removed ids in this order. */
export const ITEM_KINDS: readonly ItemKind[] = ["entity", "event", "occupancy", "relation"];
export type TieKind = Exclude<ItemKind, "entity">;
export const TIE_KINDS: readonly TieKind[] = ["event", "occupancy", "relation"];

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

/** The items of one kind a patch holds. */
export function patchItems<K extends ItemKind>(patch: GraphPatch, kind: K): ItemOf[K][] {
  const lists: { [P in ItemKind]: ItemOf[P][] } = {
    entity: patch.entities,
    event: patch.events,
    occupancy: patch.occupancies,
    relation: patch.relations,
  };
  return lists[kind];
}

/** One merged item from all its contributions. */
export const MERGERS: { [K in ItemKind]: (contribs: readonly Contribution<ItemOf[K]>[]) => ItemOf[K] } = {
  entity: mergeEntity,
  event: mergeEvent,
  occupancy: mergeOccupancy,
  relation: mergeRelation,
};

/** A merged item extended by one more contribution whose article sorts after all the others. */
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

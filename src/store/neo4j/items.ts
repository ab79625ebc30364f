// The four kinds of graph item the Neo4j store keeps, with the domain's merge rules and references per kind.
import type { Tie } from "../links.ts";

export {
  EXTENDERS,
  ITEM_KINDS,
  MERGERS,
  isItemKind,
  patchItems,
  referencesOf,
  type Item,
  type ItemKind,
  type ItemOf,
  type TieKind,
} from "../../domain/items.ts";

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

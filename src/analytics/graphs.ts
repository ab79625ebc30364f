// The graphology graphs analytics run on, built from a projection in id order so that the same window gives
// the same graph (and the same seeded Louvain) from either store.
import { UndirectedGraph } from "graphology";
import type { Entity } from "../domain/types.ts";
import { countryAllowed } from "./window.ts";
import type { Projection } from "./projection.ts";

export interface PersonAttributes {
  name: string;
  country: string | null;
  /** Events of the window the person took part in. */
  events: number;
}

export interface MeetingAttributes {
  /** Events of the window both persons took part in. */
  weight: number;
}

export type PersonGraph = UndirectedGraph<PersonAttributes, MeetingAttributes>;

/** Entities are nodes of kind "entity"; each event is a node of kind "event" joined to its participants and location. */
export interface TieAttributes {
  kind: "entity" | "event";
}

export type EntityEventGraph = UndirectedGraph<TieAttributes>;

/** The entity, when it may stand in the window's graphs (its country passes the filter). */
export function keptEntity(projection: Projection, id: string): Entity | null {
  const entity = projection.entities.get(id);
  return entity !== undefined && countryAllowed(projection.window, entity.country) ? entity : null;
}

/** Persons who took part in events of the window, each pair joined by the number of events they shared. */
export function personGraph(projection: Projection): PersonGraph {
  const nodes = new Map<string, PersonAttributes>();
  const pairs = new Map<string, { a: string; b: string; weight: number }>();
  for (const event of projection.events) {
    const persons = [...new Set(event.participants.map((p) => p.entityId))]
      .filter((id) => keptEntity(projection, id)?.type === "Person")
      .sort();
    for (const id of persons) {
      const entity = projection.entities.get(id);
      const node = nodes.get(id) ?? { name: entity?.name ?? id, country: entity?.country ?? null, events: 0 };
      node.events += 1;
      nodes.set(id, node);
    }
    for (let i = 0; i < persons.length; i++) {
      for (let j = i + 1; j < persons.length; j++) {
        const a = persons[i];
        const b = persons[j];
        if (a === undefined || b === undefined) continue;
        const key = `${a}\u0000${b}`;
        const pair = pairs.get(key);
        if (pair === undefined) pairs.set(key, { a, b, weight: 1 });
        else pair.weight += 1;
      }
    }
  }
  const graph: PersonGraph = new UndirectedGraph();
  for (const id of [...nodes.keys()].sort()) graph.addNode(id, nodes.get(id));
  for (const key of [...pairs.keys()].sort()) {
    const pair = pairs.get(key);
    if (pair !== undefined) graph.addEdge(pair.a, pair.b, { weight: pair.weight });
  }
  return graph;
}

/** Entities and the window's events as a bipartite graph: one entity hop is two graph hops. */
export function entityEventGraph(projection: Projection): EntityEventGraph {
  const graph: EntityEventGraph = new UndirectedGraph();
  for (const event of projection.events) {
    const ends = new Set(event.participants.map((p) => p.entityId));
    if (event.location !== null) ends.add(event.location);
    const kept = [...ends].filter((id) => keptEntity(projection, id) !== null).sort();
    if (kept.length === 0) continue;
    graph.addNode(event.id, { kind: "event" });
    for (const id of kept) {
      graph.mergeNode(id, { kind: "entity" });
      graph.addEdge(id, event.id);
    }
  }
  return graph;
}

// The exported graph as a graphology graph for drawing tools (Gephi, yEd, Cytoscape): entities and events are
// nodes (an event ties any number of parties), a party's part in an event is an edge entity → event, relations
// and positions are edges between entities. Attributes are flat strings and numbers, as GEXF and GraphML hold them.
import { MultiDirectedGraph } from "graphology";
import { timelineDate } from "../store/event-order.ts";
import type { DiplomaticEvent, Entity } from "../domain/types.ts";
import type { GraphExport } from "./import-patches.ts";

export type Attributes = Record<string, string | number>;

/** When a node or edge exists: an ISO date interval, open at either end (null). */
export interface Spell {
  start: string | null;
  end: string | null;
}

export type DrawnGraph = MultiDirectedGraph<Attributes, Attributes>;

const SCRIPTS = ["Latin", "Arabic", "Cyrillic", "Han", "Hebrew", "Greek", "Devanagari"] as const;

/** label_latin, label_arabic, …: the first of the names written in each script (Persian is Arabic script). */
export function labelsByScript(names: readonly string[]): Attributes {
  const out: Attributes = {};
  for (const script of SCRIPTS) {
    const letter = new RegExp(`\\p{Script=${script}}`, "u");
    const found = names.find((n) => letter.test(n));
    if (found !== undefined) out[`label_${script.toLowerCase()}`] = found;
  }
  return out;
}

function compact(values: Record<string, string | number | null | undefined>): Attributes {
  const out: Attributes = {};
  for (const [k, v] of Object.entries(values)) if (v !== null && v !== undefined && v !== "") out[k] = v;
  return out;
}

function entityAttributes(entity: Entity): Attributes {
  const names = [entity.name, ...entity.aliases];
  return compact({
    label: entity.name,
    kind: "entity",
    type: entity.type,
    country: entity.country,
    names: names.join(" | "),
    ...labelsByScript(names),
    titles: entity.type === "Person" ? entity.titles.join(" | ") : null,
    evidence: entity.evidence.length,
  });
}

function eventAttributes(event: DiplomaticEvent): Attributes {
  const date = timelineDate(event);
  return compact({
    label: `${event.type} ${date ?? "undated"}`,
    kind: "event",
    type: event.type,
    status: event.status,
    date,
    datePrecision: event.date?.precision,
    mode: event.mode,
    duration: event.duration,
    topics: event.topics.join(" | "),
    evidence: event.evidence.length,
  });
}

/** The graph to draw and each element's spell (for GEXF's timeline; GraphML keeps the dates as attributes). */
export function drawnGraph(graph: GraphExport): { graph: DrawnGraph; spells: Map<string, Spell> } {
  const drawn: DrawnGraph = new MultiDirectedGraph();
  const spells = new Map<string, Spell>();
  for (const entity of graph.entities) drawn.addNode(entity.id, entityAttributes(entity));
  const firstSeen = new Map<string, string>();
  for (const event of graph.events) {
    drawn.addNode(event.id, eventAttributes(event));
    const date = timelineDate(event);
    if (date !== null) spells.set(event.id, { start: date, end: date });
    const parts: { entity: string; role: string }[] = event.participants.map((p) => ({
      entity: p.entityId,
      role: p.role,
    }));
    if (event.location !== null) parts.push({ entity: event.location, role: "location" });
    for (const part of parts) {
      const key = `${part.entity}|${part.role}|${event.id}`;
      if (drawn.hasEdge(key) || !drawn.hasNode(part.entity)) continue;
      drawn.addEdgeWithKey(
        key,
        part.entity,
        event.id,
        compact({ label: part.role, kind: "part", role: part.role, date }),
      );
      if (date !== null) {
        spells.set(key, { start: date, end: date });
        const seen = firstSeen.get(part.entity);
        if (seen === undefined || date < seen) firstSeen.set(part.entity, date);
      }
    }
  }
  // An entity appears on the timeline from its first dated event on, and stays.
  for (const [id, date] of firstSeen) spells.set(id, { start: date, end: null });
  for (const r of graph.relations) {
    drawn.addEdgeWithKey(r.id, r.source, r.target, { label: r.type, kind: "relation", type: r.type });
  }
  for (const o of graph.occupancies) {
    if (o.organizationId === null) continue;
    drawn.addEdgeWithKey(
      o.id,
      o.personId,
      o.organizationId,
      compact({ label: o.title, kind: "position", title: o.title, start: o.start, end: o.end }),
    );
    if (o.start !== null || o.end !== null) spells.set(o.id, { start: o.start, end: o.end });
  }
  return { graph: drawn, spells };
}

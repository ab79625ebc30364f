// The dashboard's graph slice: events read through the store's event filter (src/store/paging.ts), drawn as nodes
// and edges. Only GraphStore methods, so that every store answers alike.
import { InvalidInputError } from "../../domain/errors.ts";
import { countryId } from "../../domain/ids.ts";
import type { DiplomaticEvent, Entity, EventStatus, EventType } from "../../domain/types.ts";
import { compareEvents, encodeCursor } from "../../store/event-order.ts";
import type { EventQuery } from "../../store/graph-store.ts";
import { eventsUpTo } from "../../store/paging.ts";
import type { ApiContext } from "../context.ts";
import type { SliceEdge, SliceNode } from "../generated/graphql.ts";
import { isoDate, optionalCountryCode } from "../args.ts";
import { loadEntities } from "../queries.ts";

export const SLICE_LIMITS = { defaultEvents: 2000, maxEvents: 5000, withoutFullDate: 200 } as const;

export type SliceViewName = "EVENTS" | "PEOPLE";

export interface SliceArgs {
  from?: string | null;
  to?: string | null;
  countries?: readonly string[] | null;
  types?: readonly EventType[] | null;
  status?: string | null;
}

export interface SliceModel {
  view: SliceViewName;
  nodes: SliceNode[];
  edges: SliceEdge[];
  truncated: boolean;
  maxEvents: number;
  totalEvents: number;
  drawnEvents: number;
  withoutFullDate: DiplomaticEvent[];
}

/** After every dated key: a cursor that starts a page at the first event without a full date. */
const AFTER_DATED = encodeCursor({ dated: true, value: "9999-12-31", id: "\uffff" });

function statusOf(value: string | null | undefined): EventStatus | undefined {
  if (value === null || value === undefined) return undefined;
  if (value === "held" || value === "planned") return value;
  throw new InvalidInputError(`api: filter.status must be held or planned, got "${value}"`);
}

/** One store query per country and type asked (the store filters by one of each); types never overlap. */
function queriesFor(args: SliceArgs): Omit<EventQuery, "limit" | "after">[] {
  const countries = (args.countries ?? []).map((c, i) => optionalCountryCode(`filter.countries[${i}]`, c));
  const status = statusOf(args.status);
  const from = isoDate("filter.from", args.from);
  const to = isoDate("filter.to", args.to);
  const out: Omit<EventQuery, "limit" | "after">[] = [];
  for (const country of countries.length > 0 ? [...new Set(countries)] : [undefined]) {
    for (const type of args.types && args.types.length > 0 ? [...new Set(args.types)] : [undefined]) {
      out.push({ country, type, status, from, to });
    }
  }
  return out;
}

/** The union of the queries' first `max` events, in event order. */
async function readEvents(ctx: ApiContext, queries: Omit<EventQuery, "limit">[], max: number) {
  const pages = await Promise.all(queries.map((q) => eventsUpTo(ctx.store, q, max)));
  const byId = new Map<string, DiplomaticEvent>();
  for (const page of pages) for (const e of page.items) byId.set(e.id, e);
  const sorted = [...byId.values()].sort(compareEvents);
  return {
    events: sorted.slice(0, max),
    truncated: sorted.length > max || pages.some((p) => p.truncated),
    // Exact unless two countries were asked and the cap cut: then an event of both counts twice (an upper bound).
    total: pages.some((p) => p.truncated) ? pages.reduce((n, p) => n + p.totalCount, 0) : byId.size,
  };
}

const LATIN = /^[\p{Script=Latin}\p{Mark}\s'’.-]+$/u;

function entityNode(e: Entity): SliceNode {
  const names = [e.name, ...e.aliases];
  return {
    id: e.id,
    kind: e.type,
    label: e.name,
    latin: names.find((n) => LATIN.test(n)) ?? null,
    names,
    country: e.country,
    eventType: null,
    status: null,
    date: null,
    datePrecision: null,
  };
}

function eventNode(e: DiplomaticEvent): SliceNode {
  const when = e.date === null ? "undated" : e.date.value.replace(/^0000-/, "");
  return {
    id: e.id,
    kind: "Event",
    label: `${e.type} · ${when}`,
    latin: null,
    names: [],
    country: null,
    eventType: e.type,
    status: e.status,
    date: e.date?.value ?? null,
    datePrecision: e.date?.precision ?? null,
  };
}

function eventsView(events: DiplomaticEvent[], entities: Map<string, Entity>) {
  const nodes = new Map<string, SliceNode>();
  const edges = new Map<string, SliceEdge>();
  const addEntity = (id: string): boolean => {
    const entity = entities.get(id);
    if (entity === undefined) return false;
    if (!nodes.has(id)) nodes.set(id, entityNode(entity));
    return true;
  };
  const tie = (source: string, target: string, kind: string) =>
    edges.set(`${kind}\u0000${source}\u0000${target}`, { source, target, kind, weight: 1 });
  for (const event of events) {
    nodes.set(event.id, eventNode(event));
    for (const p of event.participants) if (addEntity(p.entityId)) tie(p.entityId, event.id, "PARTICIPANT");
    if (event.location !== null && addEntity(event.location)) tie(event.id, event.location, "LOCATION");
  }
  for (const node of [...nodes.values()]) {
    const countryNode = node.kind === "Person" && node.country ? countryId(node.country) : null;
    if (countryNode && addEntity(countryNode)) tie(node.id, countryNode, "COUNTRY");
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function peopleView(events: DiplomaticEvent[], entities: Map<string, Entity>) {
  const nodes = new Map<string, SliceNode>();
  const met = new Map<string, SliceEdge>();
  for (const event of events) {
    const people = [...new Set(event.participants.map((p) => p.entityId))]
      .filter((id) => entities.get(id)?.type === "Person")
      .sort();
    for (const id of people) {
      const person = entities.get(id);
      if (person && !nodes.has(id)) nodes.set(id, entityNode(person));
    }
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const [source, target] = [people[i] ?? "", people[j] ?? ""];
        const key = `${source}\u0000${target}`;
        const edge = met.get(key) ?? { source, target, kind: "MET", weight: 0 };
        edge.weight += 1;
        met.set(key, edge);
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...met.values()] };
}

export async function graphSlice(
  ctx: ApiContext,
  args: SliceArgs,
  view: SliceViewName,
  maxEvents: number,
): Promise<SliceModel> {
  const queries = queriesFor(args);
  const read = await readEvents(ctx, queries, maxEvents);
  const dated = Boolean(args.from ?? args.to);
  const withoutFullDate = dated
    ? await readEvents(
        ctx,
        queries.map((q) => ({ ...q, from: undefined, to: undefined, after: AFTER_DATED })),
        SLICE_LIMITS.withoutFullDate,
      )
    : null;
  const ids = new Set<string>();
  for (const e of read.events) {
    for (const p of e.participants) ids.add(p.entityId);
    if (e.location !== null) ids.add(e.location);
  }
  const found = await loadEntities(ctx, [...ids]);
  for (const e of found) if (e.type === "Person" && e.country) ids.add(countryId(e.country));
  const entities = new Map((await loadEntities(ctx, [...ids])).map((e) => [e.id, e]));
  const drawn = view === "PEOPLE" ? peopleView(read.events, entities) : eventsView(read.events, entities);
  return {
    view,
    ...drawn,
    truncated: read.truncated,
    maxEvents,
    totalEvents: read.total,
    drawnEvents: read.events.length,
    withoutFullDate: withoutFullDate?.events ?? [],
  };
}

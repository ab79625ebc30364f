// The few reads that take more than one store call (existence checks, bilateral, people met): resolvers call these.
import { compareNameSets } from "../resolve/name-match.ts";
import { parseName } from "../resolve/name-parse.ts";
import countries from "i18n-iso-countries";
import { InvalidInputError, NotFoundError } from "../domain/errors.ts";
import { compareEvents } from "../store/event-order.ts";
import { countryId } from "../domain/ids.ts";
import type { Country, DiplomaticEvent, Entity, Person } from "../domain/types.ts";
import type { ApiContext } from "./context.ts";
import type { BilateralModel, OfficialModel, PersonMetModel } from "./models.ts";
import { countryCode } from "./args.ts";

/** Events in the one order of src/store/event-order.ts (by date; undated and day-without-year last; then id). */
export function sortEvents(events: readonly DiplomaticEvent[]): DiplomaticEvent[] {
  return [...events].sort(compareEvents);
}

/** Entities by id through the request's DataLoader, unknown ones left out. */
export async function loadEntities(ctx: ApiContext, ids: readonly string[]): Promise<Entity[]> {
  const found = await ctx.loaders.entity.loadMany(ids);
  const entities: Entity[] = [];
  for (const item of found) {
    if (item instanceof Error) throw item;
    if (item !== null) entities.push(item);
  }
  return entities;
}

export async function loadEvents(ctx: ApiContext, ids: readonly string[]): Promise<DiplomaticEvent[]> {
  const found = await ctx.loaders.event.loadMany(ids);
  const events: DiplomaticEvent[] = [];
  for (const item of found) {
    if (item instanceof Error) throw item;
    if (item !== null) events.push(item);
  }
  return events;
}

export async function requireEntity(ctx: ApiContext, id: string, name: string): Promise<Entity> {
  const entity = await ctx.loaders.entity.load(id);
  if (entity === null) throw new NotFoundError(`${name}: no entity has id "${id}"`);
  return entity;
}

/** The entity with this id if it is of this type, else null. */
export async function entityOfType<T extends Entity["type"]>(
  ctx: ApiContext,
  id: string,
  type: T,
): Promise<Extract<Entity, { type: T }> | null> {
  const entity = await ctx.loaders.entity.load(id);
  return entity !== null && entity.type === type ? (entity as Extract<Entity, { type: T }>) : null;
}

export function countryOf(ctx: ApiContext, code: string | null): Promise<Country | null> {
  return code === null ? Promise.resolve(null) : entityOfType(ctx, countryId(code), "Country");
}

/** A country the graph may not hold yet: bilateral answers for any valid pair of codes. */
export async function countryOrStub(ctx: ApiContext, code: string): Promise<Country> {
  const held = await countryOf(ctx, code);
  if (held !== null) return held;
  const name = countries.getName(code, "en") ?? code;
  return { id: countryId(code), type: "Country", name, aliases: [], country: code, evidence: [] };
}

/**
 * The events both entities appear in, after checking that both exist. The check and the query run side by
 * side: the store answers an unknown id with no events rather than an error, so only the check can refuse,
 * and on a networked store the request then waits for one round trip instead of two.
 */
export async function eventsBetween(ctx: ApiContext, a: string, b: string): Promise<DiplomaticEvent[]> {
  const [, , events] = await Promise.all([
    requireEntity(ctx, a, "a"),
    requireEntity(ctx, b, "b"),
    ctx.store.eventsBetween(a, b),
  ]);
  return sortEvents(events);
}

export async function bilateral(ctx: ApiContext, aCode: string, bCode: string): Promise<BilateralModel> {
  const a = countryCode("a", aCode);
  const b = countryCode("b", bCode);
  if (a === b) throw new InvalidInputError(`a and b must be two different countries, got "${a}" twice`);
  const [ca, cb, found] = await Promise.all([
    countryOrStub(ctx, a),
    countryOrStub(ctx, b),
    ctx.store.eventsBetweenCountries(a, b),
  ]);
  const events = sortEvents(found);
  const counts = new Map<string, number>();
  for (const event of events) {
    for (const id of new Set(event.participants.map((p) => p.entityId)))
      counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const officials: OfficialModel[] = [];
  for (const entity of await loadEntities(ctx, [...counts.keys()])) {
    if (entity.type !== "Person" || (entity.country !== a && entity.country !== b)) continue;
    officials.push({ person: entity, eventCount: counts.get(entity.id) ?? 0 });
  }
  officials.sort(
    (x, y) =>
      (x.person.country === a ? 0 : 1) - (y.person.country === a ? 0 : 1) ||
      x.person.name.localeCompare(y.person.name),
  );
  return { a: ca, b: cb, events, officials };
}

/** The people who shared an event with this person, most shared first (from the person's first 1000 events). */
export async function peopleMet(ctx: ApiContext, person: Person, first: number): Promise<PersonMetModel[]> {
  const page = await ctx.store.findEvents({ participant: person.id, limit: 1000 });
  const shared = new Map<string, DiplomaticEvent[]>();
  for (const event of page.items) {
    for (const id of new Set(event.participants.map((p) => p.entityId))) {
      if (id !== person.id) shared.set(id, [...(shared.get(id) ?? []), event]);
    }
  }
  const met: PersonMetModel[] = [];
  for (const entity of await loadEntities(ctx, [...shared.keys()])) {
    if (entity.type === "Person")
      met.push({ person: entity, events: sortEvents(shared.get(entity.id) ?? []) });
  }
  met.sort((x, y) => y.events.length - x.events.length || x.person.name.localeCompare(y.person.name));
  return met.slice(0, first);
}

/** People tied to this one by a COUNTERPART_OF relation, in either direction. */
export async function counterparts(ctx: ApiContext, personId: string): Promise<Person[]> {
  const relations = await ctx.store.relationsOf(personId);
  const ids = relations
    .filter((r) => r.type === "COUNTERPART_OF")
    .map((r) => (r.source === personId ? r.target : r.source));
  const found = await loadEntities(ctx, [...new Set(ids)]);
  return found.filter((e): e is Person => e.type === "Person");
}

/**
 * Entities whose name or alias contains the text (folded), then persons whose name sounds the same in another
 * script ("Karimi" finds كريمي) by the resolver's transliteration keys.
 */
export async function searchEntities(
  ctx: ApiContext,
  text: string,
  type: Entity["type"] | undefined,
  limit: number,
): Promise<Entity[]> {
  const direct = await ctx.store.findEntities({ name: text, ...(type ? { type } : {}), limit });
  if ((type && type !== "Person") || direct.length >= limit) return direct;
  const index = await ctx.nameIndex();
  const seen = new Set(direct.map((e) => e.id));
  const query = parseName(text);
  const ids = index.candidates([query]).filter((id) => !seen.has(id));
  // The index files names loosely by key; keep only people whose names agree with the text (not "Beta Person"
  // for "Alpha Person").
  const agrees = (e: Entity) => {
    const relation = compareNameSets(
      [query],
      [e.name, ...e.aliases].map((n) => parseName(n)),
    ).relation;
    return relation === "exact" || relation === "full" || relation === "partial";
  };
  const more = (await loadEntities(ctx, ids)).filter((e) => e.type === "Person" && agrees(e));
  return [...direct, ...more].slice(0, limit);
}

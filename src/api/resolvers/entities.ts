// Resolvers of the entity types: names in every script, countries, positions, events, counterparts, people met.
import type { Entity, Person as PersonModel } from "../../domain/types.ts";
import type {
  CountryResolvers,
  EntityResolvers,
  OrganizationResolvers,
  PersonMetResolvers,
  PersonResolvers,
  PlaceResolvers,
  PositionResolvers,
} from "../generated/graphql.ts";
import { pageSize } from "../args.ts";
import { counterparts, countryOf, entityOfType, peopleMet } from "../queries.ts";

/** The name first, then every alias once. */
export const namesOf = (e: Entity): string[] => [...new Set([e.name, ...e.aliases])];

export const EntityInterface: EntityResolvers = {
  __resolveType: (e) => e.type,
};

export const Person: PersonResolvers = {
  names: namesOf,
  country: (p, _, ctx) => countryOf(ctx, p.country),
  positions: (p, _, ctx) => ctx.loaders.occupancies.load(p.id),
  events: (p, { first, after }, ctx) =>
    ctx.store.findEvents({ participant: p.id, limit: pageSize(first), after: after ?? undefined }),
  counterparts: (p, _, ctx) => counterparts(ctx, p.id),
  peopleMet: (p, { first }, ctx) => peopleMet(ctx, p, pageSize(first, 20)),
};

export const PersonMet: PersonMetResolvers = {
  count: (m) => m.events.length,
};

export const Position: PositionResolvers = {
  organization: (o, _, ctx) =>
    o.organizationId === null ? null : entityOfType(ctx, o.organizationId, "Organization"),
  country: (o, _, ctx) => countryOf(ctx, o.country),
};

export const Country: CountryResolvers = {
  names: namesOf,
  code: (c) => c.country,
  people: async (c, { first }, ctx) => {
    const found = await ctx.store.findEntities({
      type: "Person",
      country: c.country,
      limit: pageSize(first),
    });
    return found.filter((e): e is PersonModel => e.type === "Person");
  },
  events: (c, { first, after }, ctx) =>
    ctx.store.findEvents({ country: c.country, limit: pageSize(first), after: after ?? undefined }),
};

export const Organization: OrganizationResolvers = {
  names: namesOf,
  country: (o, _, ctx) => countryOf(ctx, o.country),
};

export const Place: PlaceResolvers = {
  names: namesOf,
  country: (p, _, ctx) => countryOf(ctx, p.country),
};

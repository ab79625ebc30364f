// Turns one article's mentions into a GraphPatch: people merged, roles resolved, countries inferred, events merged, evidence kept.
import type {
  Article,
  DiplomaticEvent,
  Entity,
  GraphPatch,
  Occupancy,
  Person,
  Relation,
} from "../../domain/types.ts";
import { countryId, occupancyId, personId, relationId } from "../../domain/ids.ts";
import type { ArticleContext } from "../article-context.ts";
import type { ArticleMentions, EventMention, GeoMention, Span } from "../mentions.ts";
import { addRoleMention, clusterNamed, resolveRole, type PersonCluster } from "./clusters.ts";
import { buildEvents } from "./events.ts";
import { EvidenceMaker } from "./evidence.ts";
import { countryName, placeEntities, orgEntities } from "./places.ts";

export const EXTRACTOR_VERSION = "diplograph-extract/0.1.0";

export function assemble(mentions: ArticleMentions, ctx: ArticleContext, article: Article): GraphPatch {
  const evidence = new EvidenceMaker(mentions.sentences, ctx.articleId, EXTRACTOR_VERSION);
  const clusters = clusterNamed(mentions.persons);
  const clusterOf = new Map<number, PersonCluster>();
  for (const c of clusters) for (const m of c.mentions) clusterOf.set(m.id, c);

  // Role mentions: resolved to a named person, or dropped (nothing unnamed becomes a person).
  const acting = new Set(mentions.events.flatMap((e) => [e.agent, ...e.others, ...e.hosts]));
  const visitors = new Set<PersonCluster>();
  for (const e of mentions.events) {
    const c = e.type === "Visit" && e.agent !== null ? clusterOf.get(e.agent) : undefined;
    if (c) visitors.add(c);
  }
  const active = new Set(clusters.filter((c) => c.mentions.some((m) => acting.has(m.id))));
  for (const m of mentions.persons) {
    if (m.name !== null) continue;
    const c = resolveRole(m, clusters, acting.has(m.id), visitors, ctx.sourceCountry, active);
    if (c) {
      addRoleMention(c, m);
      clusterOf.set(m.id, c);
    }
  }

  const events = resolveImpliedAgents(mentions.events);
  inferCountries(events, clusterOf, ctx.sourceCountry);
  // A visit to one's own country is no visit (a misread agent or destination): leave it out.
  const abroad = events.filter((e) => {
    const visitor = e.type === "Visit" && e.agent !== null ? clusterOf.get(e.agent) : undefined;
    return !visitor?.country || !e.location || e.location.code !== visitor.country;
  });
  const dated = withDatelinePlace(abroad, mentions.dateline, clusterOf);

  const personIdOf = (c: PersonCluster): string => personId(c.country, longest(c.names).join(" "));
  const idOf = (mentionId: number | null): string | null => {
    const c = mentionId === null ? undefined : clusterOf.get(mentionId);
    return c ? personIdOf(c) : null;
  };

  const persons: Person[] = clusters.map((c) => {
    const name = longest(c.names).join(" ");
    return {
      id: personIdOf(c),
      type: "Person",
      name,
      aliases: c.names.filter((n) => n !== name),
      country: c.country,
      titles: c.titles,
      evidence: evidence.forSpans(c.mentions),
    };
  });

  // Uncued capitals stay out unless an event took one as its place.
  const used = new Set(events.flatMap((e) => (e.location ? [e.location] : [])));
  const geos = mentions.geos.filter((g) => !g.weak || used.has(g));
  const places = placeEntities(geos, evidence);
  const orgs = orgEntities(mentions.orgs, evidence);
  const countrySpans = new Map<string, Span[]>();
  const addCountry = (code: string, span: Span) => {
    const spans = countrySpans.get(code);
    if (spans) spans.push(span);
    else countrySpans.set(code, [span]);
  };
  // How each country was named, gathered once (not one scan of every mention per country).
  const namesOf = new Map<string, Set<string>>();
  for (const g of geos) {
    if (g.kind !== "country") continue;
    const names = namesOf.get(g.code) ?? new Set<string>();
    if (names.size === 0) namesOf.set(g.code, names);
    names.add(g.surface);
  }
  for (const g of geos) if (g.kind !== "place" || g.place?.capital) addCountry(g.code, g);
  for (const c of clusters) if (c.country && c.mentions[0]) addCountry(c.country, c.mentions[0]);
  const countries: Entity[] = [...countrySpans].map(([code, spans]) => ({
    id: countryId(code),
    type: "Country",
    name: countryName(code),
    aliases: [...(namesOf.get(code) ?? [])],
    country: code,
    evidence: evidence.forSpans(spans),
  }));

  const locationId = (e: EventMention): string | null => {
    const g = e.location;
    if (!g) return null;
    if (g.kind === "place" && g.place) return places.idFor(g);
    return countryId(g.code);
  };
  const builtEvents: DiplomaticEvent[] = buildEvents(dated, {
    idOf,
    locationId,
    evidence,
    articleId: ctx.articleId,
  });

  // Keyed by id, so that a long article's many repeated facts cost one look-up each, not a scan.
  const relations = new Map<string, Relation>();
  const personById = new Map(mentions.persons.map((p) => [p.id, p]));
  for (const cp of mentions.counterparts) {
    const a = idOf(cp.of);
    const b = idOf(cp.person);
    const mention = personById.get(cp.person);
    if (!a || !b || a === b || !mention) continue;
    const [source, target] = [a, b].sort() as [string, string];
    const id = relationId("COUNTERPART_OF", source, target);
    const existing = relations.get(id);
    const ev = evidence.forSpans([mention]);
    if (existing) existing.evidence.push(...ev);
    else relations.set(id, { id, type: "COUNTERPART_OF", source, target, evidence: ev });
  }

  const occupancies = new Map<string, Occupancy>();
  for (const c of clusters) {
    const pid = personIdOf(c);
    for (const m of c.mentions) {
      for (const title of m.titles) {
        const org = orgs.within(m);
        const id = occupancyId(pid, title);
        const existing = occupancies.get(id);
        const ev = evidence.forSpans([m]);
        if (existing) {
          existing.evidence.push(...ev);
          continue;
        }
        occupancies.set(id, {
          id,
          personId: pid,
          title,
          organizationId: org?.id ?? null,
          country: c.country,
          observed: ctx.publishedAt ? [ctx.publishedAt] : [],
          start: null,
          end: null,
          evidence: ev,
        });
      }
    }
  }

  return {
    article,
    entities: [...persons, ...countries, ...places.entities, ...orgs.entities],
    events: builtEvents,
    occupancies: [...occupancies.values()],
    relations: [...relations.values()],
  };
}

/** The longest name (most words) of a person: "علي لاريجاني" over "لاريجاني". */
function longest(names: readonly string[]): string[] {
  const best = [...names].sort(
    (a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length,
  )[0];
  return best ? best.split(/\s+/) : [];
}

/**
 * "بعد زيارته لأرمينيا ، دخل X باكو": a possessive or a missing subject is the one who acts in the same sentence,
 * else the one who acted last before.
 */
function resolveImpliedAgents(events: readonly EventMention[]): EventMention[] {
  let topic: number | null = null;
  // The first explicit agent of each sentence, looked up rather than searched for each event.
  const actorOf = new Map<number, number>();
  for (const o of events)
    if (o.agent !== null && !o.agentImplied && !actorOf.has(o.sentence)) actorOf.set(o.sentence, o.agent);
  return events.map((e) => {
    if (e.agent !== null || !e.agentImplied) {
      if (e.agent !== null) topic = e.agent;
      return e;
    }
    const agent = actorOf.get(e.sentence) ?? topic;
    return { ...e, agent, others: e.others.filter((o) => o !== agent) };
  });
}

/**
 * People with no country of their own take one from the context: those met during a visit, or hosting it,
 * belong to the country visited (a visitor meets the host country's officials).
 */
function inferCountries(
  events: readonly EventMention[],
  clusterOf: Map<number, PersonCluster>,
  sourceCountry: string | null,
): void {
  // Officials of a body that serves no one state (a UN envoy) have no country to infer, and are foreign to all.
  const memo = new Map<PersonCluster, boolean>();
  const international = (c: PersonCluster | undefined): boolean => {
    if (!c) return false;
    let known = memo.get(c);
    if (known === undefined) {
      known = c.mentions.some((m) => m.org?.kind === "international" && m.org.country === null);
      memo.set(c, known);
    }
    return known;
  };
  const destinationOf = new Map<PersonCluster, string>();
  for (const e of events) {
    const visitor = e.agent === null ? undefined : clusterOf.get(e.agent);
    if (e.type !== "Visit" || !visitor || !e.location || e.status !== "held") continue;
    if (e.location.code !== visitor.country) destinationOf.set(visitor, e.location.code);
  }
  for (const e of events) {
    const agent = e.agent === null ? undefined : clusterOf.get(e.agent);
    if (!agent) continue;
    // Those met during the agent's visit belong to the country visited; a meeting somewhere else (Geneva, a
    // summit's sidelines, another stop of a tour) says nothing of their country.
    const destination = destinationOf.get(agent) ?? null;
    const place =
      e.type === "Visit"
        ? e.location?.code
        : e.location
          ? e.location.code === destination
            ? destination
            : null
          : destination;
    if (!place) continue;
    const hosted = e.type === "Visit" ? e.hosts : e.others;
    for (const id of hosted) {
      const c = clusterOf.get(id);
      if (c && c.country === null && c !== agent && !international(c)) c.country = place;
    }
  }
  // Counterparts of a person from a known country, met on a visit: already covered; a list of people met
  // together share the country of the first of them whose country is known.
  for (const e of events) {
    const known = e.others.map((id) => clusterOf.get(id)?.country).find((c) => c);
    if (!known) continue;
    for (const id of e.others) {
      const c = clusterOf.get(id);
      const agent = e.agent === null ? undefined : clusterOf.get(e.agent);
      if (c && c.country === null && agent?.country && agent.country !== known && !international(c))
        c.country = known;
    }
  }
  // An official with a title but no country, dealing with foreigners in a report of the outlet's country, is
  // one of its own ("وزير الخارجية" in an Azerbaijani agency's report is Azerbaijan's).
  if (!sourceCountry) return;
  for (const e of events) {
    const people = [e.agent, ...e.others, ...e.hosts].flatMap((id) =>
      id === null ? [] : [clusterOf.get(id)],
    );
    const foreign = people.some((c) => (c?.country && c.country !== sourceCountry) || international(c));
    if (!foreign) continue;
    for (const c of people)
      if (c && c.country === null && c.titles.length > 0 && !international(c)) c.country = sourceCountry;
  }
}

/**
 * Meetings with no place of their own took place where a participant was visiting (the host's side of the
 * visit: "خلال هذه الرحلة"), else where the article was filed, when a participant is of that country.
 */
function withDatelinePlace(
  events: readonly EventMention[],
  dateline: GeoMention | null,
  clusterOf: Map<number, PersonCluster>,
): EventMention[] {
  // Held visits by visitor, so that each meeting looks only at its own people's trips.
  const visitsOf = new Map<PersonCluster | undefined, EventMention[]>();
  const order = new Map<EventMention, number>();
  events.forEach((e, k) => {
    if (e.type !== "Visit" || e.status !== "held" || !e.location || e.agent === null) return;
    const visitor = clusterOf.get(e.agent);
    const list = visitsOf.get(visitor) ?? [];
    if (list.length === 0) visitsOf.set(visitor, list);
    list.push(e);
    order.set(e, k);
  });
  return events.map((e) => {
    if ((e.type !== "Meeting" && e.type !== "Agreement") || e.location || e.status !== "held") return e;
    const people = [e.agent, ...e.others].flatMap((id) => (id === null ? [] : [clusterOf.get(id)]));
    const trip = [...new Set(people)].flatMap((visitor) =>
      (visitsOf.get(visitor) ?? []).filter((v) =>
        people.some((c) => c !== visitor && c?.country === v.location?.code),
      ),
    );
    trip.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    // Only when the visit is unambiguous: one trip to that country (a city preferred over the country).
    const places = [...new Set(trip.map((v) => v.location?.code))];
    if (places.length === 1) {
      const best = trip.find((v) => v.location?.kind === "place") ?? trip[0];
      if (best?.location) return { ...e, location: best.location };
    }
    return dateline && people.some((c) => c?.country === dateline.code) ? { ...e, location: dateline } : e;
  });
}

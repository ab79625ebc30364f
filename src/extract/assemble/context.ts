// What the article's context tells about its events before they are built: who an implied subject is, which
// country people with none belong to, and where a meeting with no place of its own happened.
import type { EventMention, GeoMention } from "../mentions.ts";
import type { PersonCluster } from "./clusters.ts";

/**
 * "بعد زيارته لأرمينيا ، دخل X باكو": a possessive or a missing subject is the one who acts in the same sentence,
 * else the one who acted last before.
 */
export function resolveImpliedAgents(events: readonly EventMention[]): EventMention[] {
  let topic: number | null = null;
  // The first explicit agent of each sentence, looked up rather than searched for each event.
  const actorOf = new Map<number, number>();
  for (const o of events)
    if (o.agent !== null && !o.agentImplied && !actorOf.has(o.sentence)) actorOf.set(o.sentence, o.agent);
  return events.map((e) => {
    // "واستقبله الرئيس X": the one met is the person the article follows, who stays its topic.
    if (e.objectImplied && e.others.length === 0) {
      return topic !== null && topic !== e.agent ? { ...e, others: [topic] } : e;
    }
    if (e.agent !== null || !e.agentImplied) {
      if (e.agent !== null && !e.accompanying) topic = e.agent;
      return e;
    }
    const agent = actorOf.get(e.sentence) ?? topic;
    return { ...e, agent, others: e.others.filter((o) => o !== agent) };
  });
}

/** Officials of a body that serves no one state (a UN envoy) have no country to infer, and are foreign to all. */
function internationalTest(): (c: PersonCluster | undefined) => boolean {
  const memo = new Map<PersonCluster, boolean>();
  return (c) => {
    if (!c) return false;
    let known = memo.get(c);
    if (known === undefined) {
      known = c.mentions.some((m) => m.org?.kind === "international" && m.org.country === null);
      memo.set(c, known);
    }
    return known;
  };
}

type Clusters = Map<number, PersonCluster>;
type International = (c: PersonCluster | undefined) => boolean;

/**
 * People with no country of their own take one from the context: those met during a visit, or hosting it,
 * belong to the country visited (a visitor meets the host country's officials).
 */
export function inferCountries(
  events: readonly EventMention[],
  clusterOf: Clusters,
  sourceCountry: string | null,
): void {
  const international = internationalTest();
  fromDelegations(events, clusterOf);
  fromVisits(events, clusterOf, international);
  fromListsMetTogether(events, clusterOf, international);
  if (sourceCountry) fromOutlet(events, clusterOf, sourceCountry, international);
}

/**
 * Those who travel with a visitor ("a delegation including X", "برفقة X") are of the visitor's country: the one
 * whose visit theirs copies (the same place), the nearest told before them, else the first.
 */
function fromDelegations(events: readonly EventMention[], clusterOf: Clusters): void {
  const first = new Map<GeoMention, EventMention>();
  for (const e of events)
    if (e.type === "Visit" && !e.accompanying && e.agent !== null && e.location && !first.has(e.location))
      first.set(e.location, e);
  const latest = new Map<GeoMention, EventMention>();
  for (const e of [...events].sort((a, b) => a.sentence - b.sentence)) {
    if (e.type !== "Visit" || e.agent === null || !e.location) continue;
    if (!e.accompanying) {
      latest.set(e.location, e);
      continue;
    }
    const lead = latest.get(e.location) ?? first.get(e.location);
    const head = lead?.agent == null ? undefined : clusterOf.get(lead.agent);
    const c = clusterOf.get(e.agent);
    if (c && head && c !== head && c.country === null) c.country = head.country;
  }
}

/** Those met during the agent's visit, or hosting it, belong to the country visited. */
function fromVisits(
  events: readonly EventMention[],
  clusterOf: Clusters,
  international: International,
): void {
  const destinationOf = new Map<PersonCluster, string>();
  for (const e of events) {
    const visitor = e.agent === null ? undefined : clusterOf.get(e.agent);
    if (e.type !== "Visit" || !visitor || !e.location || e.status !== "held") continue;
    if (e.location.code !== visitor.country) destinationOf.set(visitor, e.location.code);
  }
  for (const e of events) {
    const agent = e.agent === null ? undefined : clusterOf.get(e.agent);
    if (!agent) continue;
    // A meeting somewhere else (Geneva, a summit's sidelines, another stop of a tour) says nothing of their country.
    const destination = destinationOf.get(agent) ?? null;
    const here = e.location?.code ?? null;
    const place =
      e.type === "Visit" ? here : here === null ? destination : here === destination ? here : null;
    if (!place) continue;
    for (const id of e.type === "Visit" ? e.hosts : e.others) {
      const c = clusterOf.get(id);
      if (c && c.country === null && c !== agent && !international(c)) c.country = place;
    }
  }
}

/** A list of people met together share the country of the first of them whose country is known. */
function fromListsMetTogether(
  events: readonly EventMention[],
  clusterOf: Clusters,
  international: International,
): void {
  for (const e of events) {
    const known = e.others.map((id) => clusterOf.get(id)?.country).find((c) => c);
    if (!known) continue;
    const agent = e.agent === null ? undefined : clusterOf.get(e.agent);
    for (const id of e.others) {
      const c = clusterOf.get(id);
      if (c && c.country === null && agent?.country && agent.country !== known && !international(c))
        c.country = known;
    }
  }
}

/**
 * An official with a title but no country, dealing with foreigners in a report of the outlet's country, is
 * one of its own ("وزير الخارجية" in an Azerbaijani agency's report is Azerbaijan's).
 */
function fromOutlet(
  events: readonly EventMention[],
  clusterOf: Clusters,
  sourceCountry: string,
  international: International,
): void {
  for (const e of events) {
    const people = [e.agent, ...e.others, ...e.hosts].flatMap((id) =>
      id === null ? [] : [clusterOf.get(id)],
    );
    // "X, the minister of trade, travelled to Ashgabat": a trip abroad is dealing with foreigners too.
    const abroad =
      e.type === "Visit" && e.status === "held" && !!e.location && e.location.code !== sourceCountry;
    const foreign =
      abroad || people.some((c) => (c?.country && c.country !== sourceCountry) || international(c));
    if (!foreign) continue;
    for (const c of people)
      if (c && c.country === null && c.titles.length > 0 && !international(c)) c.country = sourceCountry;
  }
}

/** A visitor's trips to one country: the first told, and the first to one of its cities. */
interface Trip {
  first: EventMention;
  city?: EventMention;
}

/**
 * Meetings with no place of their own took place where a participant was visiting (the host's side of the
 * visit: "خلال هذه الرحلة"), else where the article was filed, when a participant is of that country. Arrivals at
 * a facility the text does not place are visits to where the article was filed, or none.
 */
export function withDatelinePlace(
  events: readonly EventMention[],
  dateline: GeoMention | null,
  clusterOf: Map<number, PersonCluster>,
  home: GeoMention | null = dateline,
): EventMention[] {
  // Held visits by visitor and destination country: the first one told, and the first one to a city. Each
  // meeting then looks at its own people's trips only, in constant time however long the article.
  const tripsOf = new Map<PersonCluster | undefined, Map<string, Trip>>();
  for (const e of events) {
    if (e.type !== "Visit" || e.status !== "held" || !e.location || e.agent === null) continue;
    const visitor = clusterOf.get(e.agent);
    const byCountry = tripsOf.get(visitor) ?? new Map<string, Trip>();
    if (byCountry.size === 0) tripsOf.set(visitor, byCountry);
    const trip = byCountry.get(e.location.code) ?? { first: e };
    if (e.location.kind === "place") trip.city ??= e;
    byCountry.set(e.location.code, trip);
  }
  const order = new Map(events.map((e, k) => [e, k]));
  const earliest = (list: readonly EventMention[]): EventMention | undefined =>
    list.reduce<EventMention | undefined>((a, b) => (a && order.get(a)! <= order.get(b)! ? a : b), undefined);
  return events.flatMap((e) => {
    // "وصل إلى مطار معيتيقة": an arrival at a facility is to where the article was filed, for a foreign visitor.
    // With no dateline, the outlet's own country where the article names it ("کشورمان", "ایران").
    if (e.type === "Visit" && e.atDateline && !e.location) {
      const filed = dateline ?? home;
      const visitor = e.agent === null ? undefined : clusterOf.get(e.agent);
      const foreign = !!filed && !!visitor?.country && visitor.country !== filed.code;
      return foreign ? [{ ...e, location: filed }] : [];
    }
    if ((e.type !== "Meeting" && e.type !== "Agreement") || e.location || e.status !== "held") return [e];
    const people = [e.agent, ...e.others].flatMap((id) => (id === null ? [] : [clusterOf.get(id)]));
    const trips = [...new Set(people)].flatMap((visitor) =>
      [...(tripsOf.get(visitor) ?? [])]
        .filter(([code]) => people.some((c) => c !== visitor && c?.country === code))
        .map(([code, trip]) => ({ code, ...trip })),
    );
    // Only when the visit is unambiguous: one trip to that country (a city preferred over the country).
    if (new Set(trips.map((t) => t.code)).size === 1) {
      const cities = trips.flatMap((t) => (t.city ? [t.city] : []));
      const best = earliest(cities) ?? earliest(trips.map((t) => t.first));
      if (best?.location) return [{ ...e, location: best.location }];
    }
    return [dateline && people.some((c) => c?.country === dateline.code) ? { ...e, location: dateline } : e];
  });
}

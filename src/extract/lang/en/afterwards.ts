// What follows from the events once they are read: visits implied by meetings abroad, and whose counterpart "his counterpart" is.
import type { CounterpartMention, EventMention } from "../../mentions.ts";
import type { ArticlePeople } from "./people.ts";

/**
 * A meeting with no place of its own happened where one of its people was visiting: the last visit of a
 * participant before it (or the first after), else a visit told in that sentence or the one before ("Upon his
 * arrival, the top diplomat held talks …"), else the one visit made by someone of a participant's country.
 */
export function meetingPlaces(events: EventMention[], people: ArticlePeople): void {
  const visits = events.filter(
    (e) => e.type === "Visit" && e.status === "held" && e.location && e.agent !== null,
  );
  for (const e of events) {
    if (e.type !== "Meeting" || e.location) continue;
    const who = [...(e.agent === null ? [] : [e.agent]), ...e.others];
    // A visit fits when none of the others is known to be of another country than the one visited.
    const fits = (v: EventMention): boolean => {
      const others = who.filter((id) => !people.same(id, v.agent!)).map((id) => people.country(id));
      const known = others.filter((c): c is string => c !== null);
      return known.length === 0 || known.includes(v.location!.code);
    };
    const own = visits.filter((v) => who.some((id) => people.same(id, v.agent!)) && fits(v));
    const near = visits.filter((v) => v.sentence <= e.sentence && v.sentence >= e.sentence - 1 && fits(v));
    const countries = new Set(who.map((id) => people.country(id)).filter((c): c is string => c !== null));
    const byCountry = visits.filter((v) => countries.has(people.country(v.agent!) ?? "") && fits(v));
    const visitors = new Set(byCountry.map((v) => people.keyOf(v.agent!)));
    const visit =
      latest(own.filter((v) => v.sentence <= e.sentence)) ??
      own[0] ??
      latest(near) ??
      (visitors.size === 1 ? byCountry[0] : undefined);
    if (visit?.location) e.location = visit.location;
  }
}

/** The visit told last, a city over its country when one sentence names both ("Jeddah … Saudi Arabia"). */
function latest(visits: readonly EventMention[]): EventMention | undefined {
  const last = visits[visits.length - 1];
  if (!last) return undefined;
  const same = visits.filter((v) => v.sentence === last.sentence);
  return same.find((v) => v.location?.kind === "place") ?? last;
}

/**
 * "X held talks with Y in Baku": whoever of them serves another country than Baku's was visiting it. Residents
 * (ambassadors, envoys) are left out: they live where they meet.
 */
export function impliedVisits(events: readonly EventMention[], people: ArticlePeople): EventMention[] {
  const out: EventMention[] = [];
  for (const e of events) {
    if (e.type !== "Meeting" || e.status !== "held" || !e.location) continue;
    const who = [...(e.agent === null ? [] : [e.agent]), ...e.others];
    for (const id of who) {
      const country = people.country(id);
      if (!country || country === e.location.code || people.isResident(id)) continue;
      out.push({
        ...e,
        type: "Visit",
        agent: id,
        agentImplied: false,
        others: [],
        hosts: [],
        joint: false,
        mode: "in_person",
      });
    }
  }
  return out;
}

/**
 * "his Iranian counterpart": the counterpart of the one who acts in that sentence, else of the first person named
 * there, else of the last one who acted. An unnamed counterpart takes that person's title words, so that the shared
 * role resolution finds who holds the same post in the other country.
 */
export function counterpartsOf(
  found: readonly CounterpartMention[],
  events: readonly EventMention[],
  people: ArticlePeople,
  sourceCountry: string | null = null,
): CounterpartMention[] {
  return found.map((c) => {
    const inSentence = events.filter((e) => e.sentence === c.sentence);
    const acting = inSentence.find((e) => e.agent !== null && e.agent !== c.person)?.agent;
    const joint = inSentence
      .find((e) => e.joint && e.others.includes(c.person))
      ?.others.find((o) => o !== c.person);
    const named = people.persons.find(
      (p) => p.sentence === c.sentence && p.id !== c.person && p.from < fromOf(c, people),
    );
    const earlier = [...events].reverse().find((e) => e.sentence < c.sentence && e.agent !== null)?.agent;
    const of = acting ?? joint ?? named?.id ?? earlier ?? null;
    const mention = people.byId(c.person);
    // Only a referent of known country lends its title: one of unknown country could take the role itself. In an
    // outlet's report, a titled official of no stated country is the outlet's, so "his Bahraini counterpart" in a
    // Kuwaiti paper cannot be him.
    const referentCountry =
      of === null
        ? null
        : (people.country(of) ?? (people.stems(of).length > 0 && sourceCountry ? sourceCountry : null));
    if (
      mention &&
      mention.name === null &&
      of !== null &&
      mention.titleStems.length === 0 &&
      referentCountry &&
      (people.country(of) !== null || (mention.country !== null && mention.country !== referentCountry))
    )
      mention.titleStems.push(...people.stems(of));
    return { ...c, of };
  });
}

const fromOf = (c: CounterpartMention, people: ArticlePeople): number => people.byId(c.person)?.from ?? 0;

// What follows from the events once they are read: visits implied by meetings abroad, and whose counterpart "his counterpart" is.
import type { CounterpartMention, EventMention } from "../../mentions.ts";
import type { ArticlePeople } from "./people.ts";

/** The last of events (in sentence order) told before a sentence. */
function lastBefore(events: readonly EventMention[], sentence: number): EventMention | undefined {
  return events[firstFrom(events, sentence) - 1];
}

/** Where the events of a sentence (or the first after it) start in a list in sentence order. */
export function firstFrom(list: readonly EventMention[], sentence: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.sentence < sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
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
      const country = people.country(id) ?? (id === e.agent && foreignHere(e, people) ? "?" : null);
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
 * "X met his Venezuelan counterpart Y in Caracas": X, of no stated country, is not of the counterpart's country, so
 * meeting him there where the counterpart is at home, X was the one who came.
 */
function foreignHere(e: EventMention, people: ArticlePeople): boolean {
  return e.others.some((id) => {
    const m = people.byId(id);
    return !!m?.counterpart && people.country(id) === e.location?.code;
  });
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
  const bySentence = groupBy(events, (e) => String(e.sentence));
  const agents = events.filter((e) => e.agent !== null).sort((a, b) => a.sentence - b.sentence);
  return found.map((c) => {
    const inSentence = bySentence.get(String(c.sentence)) ?? [];
    const acting = inSentence.find((e) => e.agent !== null && e.agent !== c.person)?.agent;
    const joint = inSentence
      .find((e) => e.joint && e.others.includes(c.person))
      ?.others.find((o) => o !== c.person);
    const named = people.inSentence(c.sentence).find((p) => p.id !== c.person && p.from < fromOf(c, people));
    const earlier = lastBefore(agents, c.sentence)?.agent;
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

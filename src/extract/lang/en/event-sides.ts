// Who stands on which side of an English event: the agent and the others, or the joint partners, read from the
// trigger's clause ("X met Y", "Y was received by X", "talks between X and Y", "the two leaders met").
import type { EventMention, PersonMention } from "../../mentions.ts";
import type { SentenceFindings } from "./event-parts.ts";
import { listAfter } from "./event-lists.ts";
import type { EnglishLexicon } from "./lexicon.ts";
import type { ArticlePeople, PluralRef } from "./people.ts";
import type { Trigger } from "./triggers.ts";

/** One sentence's reading of its events: what every step needs, and the events found so far. */
export interface SentenceReader {
  f: SentenceFindings;
  lex: EnglishLexicon;
  people: ArticlePeople;
  published: string | null;
  sourceCountry: string | null;
  toks: SentenceFindings["sentence"]["tokens"];
  triggers: readonly Trigger[];
  /** The article's events before this sentence. */
  previous: readonly EventMention[];
  /** This sentence's events so far. */
  events: EventMention[];
}

/** The people around one trigger. */
export interface Clause {
  /** Persons before the trigger. */
  before: PersonMention[];
  /** Persons after it in its clause, up to the attendees (no reporter). */
  after: PersonMention[];
  /** Groups ("the two ministers") after the trigger that are no more people than the partners. */
  pluralsAfter: PluralRef[];
  subject: PersonMention | undefined;
  /** A subject pronoun ("he", "she") between the subject and the trigger. */
  pronoun: boolean;
  pluralSubject: PluralRef | undefined;
  /** "X and Y met": the one joined to the subject by "and". */
  coSubject: PersonMention | undefined;
  /** The partners after the cue ("with", "between"). */
  partners: PersonMention[];
  /** "talks between X and Y": a joint event. */
  between: boolean;
}

export interface Sides {
  agent: number | null;
  agentImplied: boolean;
  others: number[];
  joint: boolean;
}

const joint = (others: number[]): Sides => ({ agent: null, agentImplied: false, others, joint: true });

/** "Y was received by X", "received by A, B and by C": the one after "by" acts, or all the hosts together. */
function passiveSides(r: SentenceReader, t: Trigger, c: Clause): Sides | null {
  const { toks } = r;
  const subject = c.subject;
  let byAt = t.to;
  while (byAt < t.end && toks[byAt]!.base !== "by") byAt++;
  const by = byAt < t.end ? c.after.find((p) => p.from > byAt) : undefined;
  if (!by || !subject) return null;
  // "the summit, hosted by X": the participle is said of the word before it, here no person.
  if (t.reduced && subject.to < t.from - 1) return null;
  // "received by A, B and by C": the others listed after the first received the guest too, all in one event.
  const fellowHosts = listAfter(r.lex, toks, c.after, by);
  // "A and B were received by C": C received both.
  const received = c.coSubject ? [c.coSubject.id, subject.id] : [subject.id];
  if (fellowHosts.length > 0) return joint([by.id, ...fellowHosts, ...received]);
  return { agent: by.id, agentImplied: false, others: received, joint: false };
}

/** The sides as the clause tells them; null when a passive names no one after "by". */
export function sidesOf(r: SentenceReader, t: Trigger, c: Clause): Sides | null {
  // The pair the article is about: the first two who met in it.
  const named = (id: number | null) => id !== null && !!r.people.byId(id)?.name;
  const met = [...r.previous, ...r.events].find(
    (e) => e.type === "Meeting" && e.others.length === 1 && named(e.agent) && named(e.others[0] ?? null),
  );
  const firstPair = met && met.agent !== null ? [met.agent, ...met.others] : [];
  const group = (ref: PluralRef, exclude: number[]) => r.people.group(ref, exclude, firstPair);
  const partnerIds = c.partners.map((p) => p.id);
  if (c.between) return joint([...partnerIds, ...c.pluralsAfter.flatMap((ref) => group(ref, []))]);
  if (t.passive) return passiveSides(r, t, c);
  if (c.pluralSubject && !c.pronoun) return joint([...group(c.pluralSubject, []), ...partnerIds]);
  const alone = c.partners.length === 0 && c.pluralsAfter.length === 0;
  if (c.coSubject && c.subject && t.type !== "Visit" && alone) return joint([c.coSubject.id, c.subject.id]);
  // "A and B joined a video call with C and D": both subjects took part with the partners, all in one event.
  if (c.coSubject && c.subject && t.type !== "Visit" && !t.passive && c.partners.length > 0)
    return joint([c.coSubject.id, c.subject.id, ...partnerIds]);
  // "After a one-on-one meeting, the two Heads of State …": with no one before it, the group is the pair itself;
  // no one who acted earlier joins it.
  if (!c.subject && !c.pronoun && c.partners.length === 0 && c.pluralsAfter.length > 0)
    return joint(c.pluralsAfter.flatMap((ref) => group(ref, [])));
  const agent = c.subject ? c.subject.id : null;
  const exclude = agent === null ? [] : [agent];
  return {
    agent,
    agentImplied: c.subject ? false : c.pronoun || t.noun,
    others: [...partnerIds, ...c.pluralsAfter.flatMap((ref) => group(ref, exclude))],
    joint: false,
  };
}

/**
 * "X told Y in a phone call", "X assured Y during talks": with no partner after it, an adverbial noun is the
 * event of the two named before it (since the previous trigger).
 */
export function adverbialPair(
  r: SentenceReader,
  t: Trigger,
  c: Clause,
  zoneStart: number,
  sides: Sides,
): Sides {
  const { toks, lex } = r;
  const before = toks[t.from - 1]?.base ?? "";
  const adverbial =
    t.noun &&
    (lex.adverbialPrepositions.has(before) ||
      (lex.articles.has(before) && lex.adverbialPrepositions.has(toks[t.from - 2]?.base ?? "")));
  if (!adverbial || c.partners.length > 0 || c.pluralSubject) return sides;
  const zone = r.f.persons.filter((p) => p.to <= t.from && p.from >= zoneStart);
  return zone.length >= 2 ? joint(zone.slice(-2).map((p) => p.id)) : sides;
}

/** "a trilateral meeting with the participation of X": X joins the pair that met before. */
export function trilateralJoin(r: SentenceReader, t: Trigger, sides: Sides): Sides {
  if (!t.noun) return sides;
  let trilateral = false;
  for (let j = Math.max(0, t.from - 2); j < t.from; j++)
    trilateral ||= r.lex.trilateralWords.has(r.toks[j]!.base);
  if (!trilateral) return sides;
  const isPair = (e: EventMention) => e.joint && e.type === t.type;
  const pair = r.events.findLast(isPair) ?? r.previous.findLast(isPair);
  return pair ? joint([...new Set([...pair.others, ...sides.others])]) : sides;
}

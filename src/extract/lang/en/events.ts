// Reads who, whom, where and when of each event trigger in an English sentence: subjects before the verb, partners after it, "by" in the passive.
import type { EventMention, PersonMention } from "../../mentions.ts";
import { accompanyingVisit } from "../../accompanying.ts";
import { arrivalAfterMeeting, companions, listBefore, partnersLand } from "./event-lists.ts";
import {
  attendanceFrom,
  cueIndex,
  dateFor,
  destination,
  hostsIn,
  isNegated,
  isPlanned,
  lastAgent,
  meetingPlace,
  type SentenceFindings,
} from "./event-parts.ts";
import type { EnglishLexicon } from "./lexicon.ts";
import type { ArticlePeople } from "./people.ts";
import type { EnToken } from "./tokens.ts";
import {
  adverbialPair,
  sidesOf,
  trilateralJoin,
  type Clause,
  type SentenceReader,
  type Sides,
} from "./event-sides.ts";
import { durationIn, topicsIn } from "./event-details.ts";
import { findTriggers, isBackReference, mainClauseSubject, type Trigger } from "./triggers.ts";

export type { SentenceFindings } from "./event-parts.ts";

export interface EventContext {
  lex: EnglishLexicon;
  people: ArticlePeople;
  published: string | null;
  /** The outlet's country: where a titled person of no stated country is presumed to be from. */
  sourceCountry: string | null;
}

export function findEvents(
  f: SentenceFindings,
  ctx: EventContext,
  previous: readonly EventMention[],
): EventMention[] {
  const toks = f.sentence.tokens;
  const inNames = new Set<number>();
  for (const o of f.orgs ?? []) for (let j = o.from; j < o.to; j++) if (toks[j]?.cap) inNames.add(j);
  const triggers = findTriggers(ctx.lex, toks, f.dateline, inNames);
  const r: SentenceReader = { f, ...ctx, toks, triggers, previous, events: [] };
  let clauseStart = f.dateline;
  let previousTo = f.dateline;
  triggers.forEach((t, k) => {
    // Markers are read back to the previous trigger, not to its clause's end: "visit Moscow … to hold talks".
    const zoneStart = previousTo;
    const planned = isPlanned(r.lex, toks, t, previousTo);
    const negated = isNegated(r.lex, toks, t, Math.max(previousTo, clauseStart));
    clauseStart = t.end;
    previousTo = t.to;
    if (!negated) readTrigger(r, t, k, zoneStart, planned);
  });
  return r.events;
}

/** One trigger's event (or events: a visit of several), added to the sentence's events when it holds. */
function readTrigger(r: SentenceReader, t: Trigger, k: number, zoneStart: number, planned: boolean): void {
  if (isBodySession(r, t)) return;
  const c = clauseOf(r, t);
  const told = sidesOf(r, t, c);
  if (!told) return;
  const sides = trilateralJoin(r, t, adverbialPair(r, t, c, zoneStart, told));
  if (t.noun && isBackReference(r.lex, r.toks, t) && c.partners.length === 0 && !c.pluralSubject) return;
  const hosts = hostsIn(r.lex, r.toks, t, c.after);
  sides.others = sides.others.filter((o) => !hosts.includes(o) && o !== sides.agent);
  const base = eventBase(r, t, k, planned, sides, hosts);
  if (t.copula && !foreignThere(r, t, c.subject)) return;
  if (t.type === "Visit") {
    addVisits(r, t, c, base);
    return;
  }
  if (sides.others.length === 0 || (sides.joint && sides.others.length < 2)) return;
  const location = meetingPlace(r.lex, r.toks, r.f, t);
  r.events.push({ ...base, type: t.type, others: sides.others, location, mode: t.mode });
}

/** "the meeting of the SCO Council of Heads of State": a body's session, not a meeting of two people. */
function isBodySession(r: SentenceReader, t: Trigger): boolean {
  const { toks } = r;
  if (!t.noun || t.type !== "Meeting" || toks[t.to]?.base !== "of") return false;
  const k = toks[t.to + 1]?.base === "the" ? t.to + 2 : t.to + 1;
  return !!toks[k]?.cap && !r.f.persons.some((p) => p.from <= k && k < p.to);
}

/** The people around a trigger: who is before it, its subject, and its partners after the cue. */
function clauseOf(r: SentenceReader, t: Trigger): Clause {
  const { f, lex, toks } = r;
  const before = f.persons.filter((p) => p.to <= t.from);
  // "At the start of meetings with X, Y said …": the main clause's subject, after the fronted phrase, is the one who met.
  // "After arriving in Berlin, X met …": a fronted participle of journey is X's too.
  const participle =
    toks[t.from]!.base.endsWith("ing") && lex.timeConjunctions.has(toks[t.from - 1]?.base ?? "");
  const mainSubject =
    (t.noun || participle) && before.length === 0
      ? mainClauseSubject(lex, toks, f.persons, t, participle)
      : undefined;
  const partnersEnd = mainSubject?.from ?? attendanceFrom(lex, toks, t.to, t.end);
  // '"… the leaders met," spokesperson X tweeted': the one who reports is no partner.
  const reporter = (p: PersonMention) => lex.reportingVerbs.has(toks[p.to]?.base ?? "");
  // "hosted X's wife, Y": the one whose spouse is met is not met himself.
  const spouseOwner = (p: PersonMention) =>
    !!toks[p.to - 1]?.possessive && lex.spouseWords.has(toks[p.to]?.base ?? "");
  const after = f.persons.filter(
    (p) => p.from >= t.to && p.from < partnersEnd && !reporter(p) && !spouseOwner(p),
  );
  // "met with X, and the two ministers discussed …", "During the meeting with X, they …": a group after the
  // partners is the pair itself, not more people.
  const pluralsAfter = f.plurals.filter(
    (ref) => ref.from >= t.to && ref.from < t.end && !after.some((p) => p.to <= ref.from),
  );
  const nearest =
    mainSubject ??
    outsideRelative(toks, before, t) ??
    ownersEvent(lex, toks, before, t) ??
    before[before.length - 1];
  const { subject, pronoun, pluralSubject } = subjectOf(r, t, nearest);
  return {
    before,
    after,
    pluralsAfter,
    subject,
    pronoun,
    pluralSubject,
    coSubject: subject ? coSubjectOf(r, before, subject) : undefined,
    ...partnersOf(r, t, after),
  };
}

/**
 * "X, who was accompanied by Y and Z, was later received by W": the people of a relative clause set off by
 * commas are not the subject of the verb after it; the one it describes, right before ", who", is.
 */
function outsideRelative(
  toks: readonly EnToken[],
  before: readonly PersonMention[],
  t: Trigger,
): PersonMention | undefined {
  const last = before[before.length - 1];
  if (!last) return undefined;
  for (let w = last.from - 1; w > 0; w--) {
    if (toks[w]?.base !== "who" || toks[w - 1]?.text !== ",") continue;
    const closed = toks.slice(last.to, t.from).some((x) => x.text === ",");
    return closed ? before.find((p) => p.to === w - 1) : undefined;
  }
  return undefined;
}

/**
 * "The Ghanaian leader briefed the President on his talks with X": an event noun with "his" or "her" is the
 * sentence's subject's (the one who opens it), not the object's named in between.
 */
function ownersEvent(
  lex: EnglishLexicon,
  toks: readonly EnToken[],
  before: readonly PersonMention[],
  t: Trigger,
): PersonMention | undefined {
  const [first] = before;
  if (!t.noun || before.length < 2 || !first || first.from > OPENER_REACH) return undefined;
  if (!lex.possessivePronouns.has(toks[t.from - 1]?.base ?? "")) return undefined;
  // Only across a verb's object: "X briefed Y on his talks", not "X and Y held their talks".
  const between = toks.slice(first.to, before[before.length - 1]!.from);
  return between.some((x) => lex.coordinators.has(x.base)) ? undefined : first;
}

/** How far into a sentence the person who opens it may stand ("Earlier on Monday, X …"). */
const OPENER_REACH = 4;

/**
 * The subject: the nearest person before the trigger, unless that person was the object of the previous verb;
 * a pronoun is the one who opened the sentence before, else the last one who acted.
 */
function subjectOf(r: SentenceReader, t: Trigger, nearest: PersonMention | undefined) {
  const { f, lex, toks, people } = r;
  let subject = nearest;
  let relative = false;
  let pronoun = false;
  for (let j = subject ? subject.to : f.dateline; j < t.from; j++) {
    relative ||= toks[j]!.base === "who";
    pronoun ||= lex.subjectPronouns.has(toks[j]!.base);
  }
  if (relative && subject && closedRelative(toks, subject.to, t.from)) relative = false;
  const pluralSubject = f.plurals.filter((p) => p.to <= t.from && (!subject || p.from >= subject.to)).pop();
  // The last event of the sentence told of someone, not a companion's share of it.
  const prevEvent = r.events.findLast((e) => !e.accompanying);
  if (subject && prevEvent && !relative && [...prevEvent.others, ...prevEvent.hosts].includes(subject.id)) {
    subject = people.byId(prevEvent.agent ?? -1) ?? subject;
  }
  // "X arrived …, accompanied by A and B, and was received by Y": a verb joined by "and" with no subject of
  // its own has the subject of the verb before it, whoever was named in between.
  if (subject && prevEvent && !relative && coordinatedVerb(lex, toks, t.from)) {
    subject = people.byId(prevEvent.agent ?? -1) ?? subject;
  }
  // "Vermeulen told reporters … He is due to travel …": a pronoun opening the sentence is the one who opened the
  // sentence before (named), else the last one who acted.
  // The opener may follow a word of time ("Earlier, Benitez was accorded …").
  const opener = people.inSentence(f.sentence.index - 1).find((p) => p.from <= OPENER_REACH);
  const pronounFirst = opensWithPronoun(lex, f);
  if (!subject && pronoun && pronounFirst && opener?.name) subject = opener;
  if (!subject && pronoun) subject = people.byId(lastAgent(r.events) ?? lastAgent(r.previous) ?? -1);
  return { subject, pronoun, pluralSubject };
}

/**
 * "He was …", and "On Tuesday morning, he was …": a pronoun that opens the main clause, alone or after a short
 * fronted phrase and its comma, with no one named before it.
 */
function opensWithPronoun(lex: EnglishLexicon, f: SentenceFindings): boolean {
  const toks = f.sentence.tokens;
  if (lex.subjectPronouns.has(toks[f.dateline]?.base ?? "")) return true;
  const reach = Math.min(toks.length, f.dateline + FRONTED_REACH);
  for (let k = f.dateline + 1; k < reach; k++) {
    if (!lex.subjectPronouns.has(toks[k]!.base)) continue;
    return toks[k - 1]?.text === "," && !f.persons.some((p) => p.from < k);
  }
  return false;
}

/** How many words a fronted phrase before the opening pronoun may take ("On Tuesday morning ,"). */
const FRONTED_REACH = 7;

/**
 * "X also met Y, who briefed him on …, and had a short conversation with Z": a relative clause opened by ", who"
 * and closed by the comma of ", and" a few lower-case words before the trigger (its verb, "had a short"); the
 * trigger is the main clause's again, not the relative's. Without that comma ("Y, who met X and held talks
 * with Z") the relative clause goes on.
 */
function closedRelative(toks: readonly EnToken[], from: number, at: number): boolean {
  let and = -1;
  for (let k = at - 1; k >= Math.max(from, at - 5); k--) {
    const tok = toks[k]!;
    if (tok.base === "and") {
      and = k;
      break;
    }
    if (tok.punct || tok.cap) return false;
  }
  if (and < 0 || toks[and - 1]?.text !== ",") return false;
  for (let w = and - 2; w >= from; w--) {
    if (toks[w]?.base === "who") return toks[w - 1]?.text === ",";
  }
  return false;
}

/** "…, and met", "…, and was received": the word before the verb (and its auxiliary) is "and". */
function coordinatedVerb(lex: EnglishLexicon, toks: readonly EnToken[], at: number): boolean {
  let k = at - 1;
  if (lex.passiveAux.has(toks[k]?.base ?? "")) k--;
  return toks[k]?.base === "and";
}

/** "X and Y met": a person joined to the subject by "and" (and commas) only. */
function coSubjectOf(
  r: SentenceReader,
  before: readonly PersonMention[],
  subject: PersonMention,
): PersonMention | undefined {
  return before.find((p) => {
    if (p.to >= subject.from) return false;
    let and = false;
    for (let j = p.to; j < subject.from; j++) {
      const x = r.toks[j]!;
      if (x.base === "and") and = true;
      else if (x.text !== ",") return false;
    }
    return and;
  });
}

/** "talks with X", "talks between X and Y", "the meeting of X and Y": the partners and whether they are joint. */
function partnersOf(r: SentenceReader, t: Trigger, after: PersonMention[]) {
  const { lex, toks } = r;
  const cue = cueIndex(lex, toks, t.to, t.end);
  const ofList = t.noun && toks[t.to]?.base === "of" && after.filter((p) => p.from > t.to).length >= 2;
  const between = lex.between.has(toks[cue]?.base ?? "") || ofList;
  const needsCue = t.noun || (t.type === "Call" && cue >= 0);
  const partners = ofList ? after : needsCue ? after.filter((p) => cue >= 0 && p.from > cue) : after;
  return { partners, between };
}

/** What every event of a trigger shares: its span, status, sides, date, length and topics. */
function eventBase(
  r: SentenceReader,
  t: Trigger,
  k: number,
  planned: boolean,
  sides: Sides,
  hosts: number[],
) {
  const { lex, toks } = r;
  const next = r.triggers[k + 1]?.from ?? toks.length;
  const date = dateFor(lex, r.f, t, k, planned, r.published);
  // "It will be recalled that X was in Berlin in November 2023": a month gone before the report's is no plan.
  // Only a year the text states: "in April" after "would meet" is next April, whatever the reader guessed.
  const past =
    !!date && !!r.published && /\d{4}/.test(date.text) && date.value.slice(0, 7) < r.published.slice(0, 7);
  return {
    sentence: r.f.sentence.index,
    from: t.from,
    to: t.end,
    start: toks[t.from]!.start,
    end: toks[Math.max(t.end, t.to) - 1]!.end,
    status: planned && !past ? ("planned" as const) : ("held" as const),
    agent: sides.agent,
    agentImplied: sides.agentImplied,
    hosts: t.type === "Visit" ? hosts : [],
    joint: sides.joint,
    date,
    duration: durationIn(lex, toks, t.to, next, t.from),
    topics: topicsIn(lex, toks, t.to, next),
  };
}

/** "X is in Tehran": a visit only for a subject right before it, from another country, who does not live there. */
function foreignThere(r: SentenceReader, t: Trigger, subject: PersonMention | undefined): boolean {
  const where = destination(r.lex, r.toks, r.f, t);
  // "Adebayo was in Berlin": one in office whose country was not stated is presumed of the outlet's.
  const titled = subject ? r.people.stems(subject.id).length > 0 : false;
  const country = subject ? (r.people.country(subject.id) ?? (titled ? r.sourceCountry : null)) : null;
  // "X, who is in Baku for talks": the relative's subject is the one there.
  const gap = r.toks.slice(subject?.to ?? t.from, t.from);
  const adjacent = gap.every((x) => x.text === "," || r.lex.subjectRelatives.has(x.base)) && gap.length <= 2;
  if (!subject || !adjacent || !where || !country || country === where.code) return false;
  return !r.people.isResident(subject.id);
}

/** A visit and, for "A, B and C arrived" or "arrived accompanied by Y", the same journey of each of the others. */
function addVisits(r: SentenceReader, t: Trigger, c: Clause, base: ReturnType<typeof eventBase>): void {
  const { f, lex, toks, people, events } = r;
  const agent = base.agent;
  const sameSentence = events.find((e) => e.type === "Visit" && e.location && e.agent === agent);
  const location =
    destination(lex, toks, f, t) ??
    sameSentence?.location ??
    partnersLand(lex, toks, f, t, agent, events, people) ??
    arrivalAfterMeeting(f, t, agent, r.previous, people) ??
    null;
  if (!location || (agent === null && !base.agentImplied)) return;
  const visit: EventMention = { ...base, type: "Visit", others: [], location, mode: "in_person" };
  events.push(visit);
  const fellows = agent === null || t.passive ? [] : listBefore(lex, toks, f.persons, c.subject);
  for (const id of [...fellows, ...companions(lex, toks, f, t)])
    events.push(accompanyingVisit(visit, id, visit));
}

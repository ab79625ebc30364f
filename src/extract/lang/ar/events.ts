// Finds visits, meetings, calls and statements in an Arabic sentence: a trigger word, then who, whom, where and when.
import { accompanyingVisit } from "../../accompanying.ts";
import type { EventMention, GeoMention, PersonMention } from "../../mentions.ts";
import type { Token } from "../../text/tokenize.ts";
import {
  attendedAt,
  attendeesFrom,
  clauseOf,
  companionsIn,
  durationIn,
  hostsIn,
  isInvitedTo,
  isPlanned,
  locationOf,
  placeIn,
  topicsIn,
  type Clause,
  type SentenceFindings,
} from "./event-details.ts";
import type { ArabicLexicon } from "./lexicon.ts";
import { AGENT_REACH, subjectOf, type Subject } from "./subject.ts";
import { triggers, type Trigger } from "./triggers.ts";

export type { SentenceFindings };

/** What every event of one trigger shares: its span, status, agent, hosts, date, duration and topics. */
type EventBase = Omit<EventMention, "type" | "others" | "location" | "mode">;

/** One trigger being read: its sentence, clause, subject and hosts, and the sentence's events so far. */
interface EventReading {
  lex: ArabicLexicon;
  f: SentenceFindings;
  toks: readonly Token[];
  trigger: Trigger;
  clause: Clause;
  subject: Subject;
  hosts: PersonMention[];
  location: EventMention["location"];
  base: EventBase;
  events: EventMention[];
}

export function findEvents(f: SentenceFindings, lex: ArabicLexicon): EventMention[] {
  const toks = f.sentence.tokens;
  const found = triggers(lex, toks, f.persons, f.geos);
  const events: EventMention[] = [];
  found.forEach((trigger, k) => {
    const clause = clauseOf(lex, f, found, k);
    // "حضر اللقاء X": attendees of a meeting told elsewhere, not a meeting of their own.
    if (trigger.type === "Meeting" && attendedAt(lex, toks, trigger.from)) return;
    const { before, after, between } = clause;
    const subject = subjectOf({ lex, toks, trigger, before, after, between, persons: f.persons }, events);
    const hosts = hostsIn(lex, toks, trigger, clause);
    const location = locationOf(lex, f, trigger, clause, subject.agent);
    // A date before the trigger belongs to it only when no earlier event of the sentence claims it.
    const date =
      f.dates.find(clause.inClause) ??
      (k === 0 ? f.dates.find((d) => d.to <= trigger.from) : undefined) ??
      null;
    const planned =
      isPlanned(lex, toks, trigger) || (trigger.type === "Visit" && isInvitedTo(lex, toks, trigger));
    const first = toks[trigger.from]!;
    const last = toks[Math.max(clause.end, trigger.to) - 1]!;
    const base: EventBase = {
      sentence: f.sentence.index,
      from: trigger.from,
      to: clause.end,
      start: first.start,
      end: last.end,
      status: planned ? "planned" : "held",
      agent: subject.agent?.id ?? null,
      agentImplied: subject.agentImplied,
      hosts: hosts.map((h) => h.id),
      joint: between,
      date,
      duration: durationIn(lex, toks, trigger.to, clause.end),
      topics: topicsIn(lex, toks, trigger.to, clause.end),
    };
    const reading = { lex, f, toks, trigger, clause, subject, hosts, location, base, events };
    if (trigger.type === "Visit") addVisit(reading);
    else if (trigger.type === "Agreement") addAgreement(reading);
    else if (trigger.type === "Statement") addStatement(reading);
    else addMeeting(reading);
  });
  return events;
}

/** A visit to a place (and the visits of those who travel with the visitor), or a meeting with the one visited. */
function addVisit(reading: EventReading): void {
  const { lex, toks, trigger, clause, subject, hosts, location, events } = reading;
  const { after } = clause;
  // "التقى … في باكو …، في زيارة …": a visit noun with no place of its own is the visit of that meeting.
  const earlier = [...events].reverse().find((e) => e.location && e.location.kind !== "demonym");
  const place = location ?? (trigger.noun && earlier ? earlier.location : null);
  const agent = nounVisitor(reading, place) ?? subject.agent;
  const base = { ...reading.base, agent: agent?.id ?? null };
  const visited =
    !trigger.noun && after[0] && after[0] !== agent && after[0].from - trigger.to < AGENT_REACH
      ? after[0]
      : null;
  if (!place && visited) {
    events.push({ ...base, type: "Meeting", others: [visited.id], location: null, mode: "in_person" });
    return;
  }
  const atDateline = !place && !trigger.noun && arrivesAtFacility(lex, toks, trigger.to);
  if (!place && !atDateline) return;
  const visit: EventMention = { ...base, type: "Visit", others: [], location: place, mode: "in_person" };
  if (atDateline) visit.atDateline = true;
  events.push(visit);
  // "… إلى قطر برفقة عقيلته X، ووزراء …": those who travel with the visitor make the same visit, and so do
  // those joined to the subject before the verb ("وكان X وY قد وصلا").
  const together = [
    ...companionsIn(lex, toks, after, trigger.to, clause.end),
    ...coSubjects(toks, clause.before, agent),
  ];
  for (const c of together) {
    if (c.id !== base.agent && !hosts.includes(c)) events.push(accompanyingVisit(visit, c.id, visit));
  }
}

/**
 * "أجرى X مباحثات مع نظيره الياباني Y، في مستهل زيارته إلى اليابان": nobody visits their own country, so a visit
 * noun read as the visit of one of the destination's people is the visit of the one who met them (when that
 * one is of another country).
 */
function nounVisitor(
  { f, trigger, subject, events }: EventReading,
  place: GeoMention | null,
): PersonMention | null {
  const owner = subject.agent;
  if (!trigger.noun || !owner || !place || owner.country !== place.code) return null;
  const metBy = events.findLast((e) => e.agent !== null && [...e.others, ...e.hosts].includes(owner.id));
  const visitor = f.persons.find((p) => p.id === metBy?.agent);
  return visitor && visitor.country !== place.code ? visitor : null;
}

/** "وصل إلى مطار معيتيقة": "إلى" and a facility of arrival right after the verb. */
function arrivesAtFacility(lex: ArabicLexicon, toks: readonly Token[], at: number): boolean {
  return (
    lex.postingPrepositions.has(toks[at]?.norm ?? "") && lex.arrivalFacilities.has(toks[at + 1]?.norm ?? "")
  );
}

/** "X وY قد وصلا": the people joined to the subject by و right before it, in the order written. */
function coSubjects(
  toks: readonly Token[],
  before: readonly PersonMention[],
  agent: PersonMention | null,
): PersonMention[] {
  if (!agent) return [];
  const out: PersonMention[] = [];
  let current = agent;
  for (let k = before.indexOf(agent) - 1; k >= 0; k--) {
    const p = before[k]!;
    // Joined by a و peeled off the mention's first word ("والنفطي"), not a word that opens with و ("وزير").
    const joined = current.start > (toks[current.from]?.start ?? current.start);
    if (p.to !== current.from || !joined) break;
    out.unshift(p);
    current = p;
  }
  return out;
}

/** "شهد X وY التوقيع على اتفاقيات": the signing is between the people of the sentence (before and after). */
function addAgreement({ lex, f, toks, clause, base, events }: EventReading): void {
  const signatories = [...clause.before, ...clause.after].filter(
    (p) => p.name !== null || p.titles.length > 0,
  );
  if (signatories.length < 2) return;
  events.push({
    ...base,
    type: "Agreement",
    agent: null,
    agentImplied: false,
    others: signatories.map((p) => p.id),
    joint: true,
    location: placeIn(lex, toks, f.geos, 0, clause.end),
    mode: "in_person",
    hosts: [],
  });
}

/** "وأكد X … وقال": a second verb of speaking keeps the subject of the first. */
function addStatement({ trigger, subject, base, events }: EventReading): void {
  const previous =
    [...events].reverse().find((e) => e.type === "Statement") ?? events.find((e) => e.agent !== null);
  const speaker =
    subject.explicit && !trigger.possessive ? (subject.agent?.id ?? null) : (previous?.agent ?? null);
  if (speaker === null) return;
  events.push({
    ...base,
    agent: speaker,
    agentImplied: false,
    type: "Statement",
    others: [],
    location: null,
    mode: null,
    hosts: [],
  });
}

/** A meeting or a call with the others of the clause, but not those who only attended it. */
function addMeeting({
  lex,
  toks,
  trigger,
  clause,
  subject,
  hosts,
  location,
  base,
  events,
}: EventReading): void {
  // "بحضور X وY": those who only attended are not the ones met, nor is a meeting told by its attendees alone
  // ("وقد جرى اللقاء بحضور X وY" is the meeting told before).
  const attendees = attendeesFrom(lex, toks, trigger.to, clause.end);
  if (subject.agent && subject.agent.from > attendees && subject.agent.from < clause.end) return;
  const rest = subject.others
    .filter((p) => !hosts.includes(p) && !attendedAt(lex, toks, p.from) && p.from < attendees)
    .map((p) => p.id);
  // "واستقبله الرئيس X": no one else named, the one received is the person the article follows.
  if (trigger.objectPronoun && rest.length === 0 && subject.agent) {
    events.push({
      ...base,
      type: "Meeting",
      others: [],
      location,
      mode: "in_person",
      hosts: [],
      objectImplied: true,
    });
    return;
  }
  if (rest.length === 0 || (clause.between && rest.length < 2)) return;
  // A noun alone ("الجلسة النيابية", "اللقاء") is a meeting of people only with "مع", "بين", a possessive or
  // its agent right after it ("لقاء X مع Y").
  const withWord = toks
    .slice(trigger.to, clause.end)
    .some((t) => lex.withPrepositions.some((w) => t.norm.startsWith(w)));
  const alone =
    trigger.noun &&
    trigger.type === "Meeting" &&
    !clause.between &&
    !trigger.possessive &&
    !trigger.objectPronoun;
  if (alone && !withWord && !subject.explicit) return;
  const mode = trigger.type === "Call" ? ("phone" as const) : ("in_person" as const);
  events.push({ ...base, type: trigger.type, others: rest, location, mode, hosts: [] });
}

// Builds one article's events from event mentions; an event told twice in the article becomes one with two evidences.
import type { DiplomaticEvent, EventDate, Participant, ParticipantRole } from "../../domain/types.ts";
import { eventId } from "../../domain/ids.ts";
import type { EventMention } from "../mentions.ts";
import type { EvidenceMaker } from "./evidence.ts";

export interface EventWiring {
  idOf: (mentionId: number | null) => string | null;
  locationId: (e: EventMention) => string | null;
  evidence: EvidenceMaker;
  articleId: string;
}

const PRECISION_RANK = { day: 3, month: 2, year: 1, day_no_year: 0 } as const;

function draft(e: EventMention, w: EventWiring): DiplomaticEvent[] {
  const agent = w.idOf(e.agent);
  const others = [
    ...new Set(e.others.map((o) => w.idOf(o)).filter((x): x is string => x !== null && x !== agent)),
  ];
  const hosts = [
    ...new Set(e.hosts.map((h) => w.idOf(h)).filter((x): x is string => x !== null && x !== agent)),
  ];
  const date: EventDate | null = e.date
    ? { value: e.date.value, precision: e.date.precision, text: e.date.text }
    : null;
  const base = {
    status: e.status,
    location: w.locationId(e),
    date,
    mode: e.mode ?? (e.type === "Call" ? "phone" : null),
    duration: e.duration,
    topics: e.topics,
    evidence: w.evidence.forSpans([e]),
  };
  // A phone or video call is a meeting held by phone: "who met or spoke with whom" is one question, and the
  // mode keeps the difference (PLOVER's CONSULT with its phone mode).
  const eventType = (type: EventMention["type"]): DiplomaticEvent["type"] =>
    type === "Call" ? "Meeting" : type;
  const make = (type: DiplomaticEvent["type"], participants: Participant[]): DiplomaticEvent => {
    const ev = {
      id: "",
      type,
      ...base,
      evidence: [...base.evidence],
      topics: [...base.topics],
      participants,
    };
    return ev; // the id is given once the article's tellings are merged (buildEvents)
  };
  const role =
    (r: ParticipantRole) =>
    (entityId: string): Participant => ({ entityId, role: r });
  switch (e.type) {
    case "Visit":
      if (!agent) return [];
      return [make("Visit", [role("visitor")(agent), ...hosts.map(role("host"))])];
    case "Statement":
      return agent ? [make("Statement", [role("speaker")(agent)])] : [];
    default: {
      if (e.joint || !agent) {
        const all = [...new Set([...(agent ? [agent] : []), ...others])];
        return all.length >= 2 ? [make(eventType(e.type), all.map(role("participant")))] : [];
      }
      // "X met Y, Z and W": one meeting with each.
      return others.map((o) => make(eventType(e.type), [role("participant")(agent), role("participant")(o)]));
    }
  }
}

const peopleKey = (e: DiplomaticEvent): string =>
  [...new Set(e.participants.filter((p) => p.role !== "host").map((p) => p.entityId))].sort().join(",");

function compatible(a: DiplomaticEvent, b: DiplomaticEvent): boolean {
  if (a.type !== b.type || a.status !== b.status || peopleKey(a) !== peopleKey(b)) return false;
  if (a.location && b.location && a.location !== b.location && a.type !== "Visit") return false;
  if (a.date && b.date && a.date.precision === b.date.precision && a.date.value !== b.date.value)
    return false;
  return true;
}

const spanKey = (x: { start: number; end: number }): string => `${x.start}:${x.end}`;

/** One event being built, with the spans of its evidence already held (so a retelling adds only new ones). */
interface Merged {
  event: DiplomaticEvent;
  spans: Set<string>;
}

function mergeInto(target: Merged, e: DiplomaticEvent): void {
  const t = target.event;
  for (const p of e.participants) {
    if (!t.participants.some((q) => q.entityId === p.entityId && q.role === p.role)) t.participants.push(p);
  }
  t.location ??= e.location;
  if (e.date && (!t.date || PRECISION_RANK[e.date.precision] > PRECISION_RANK[t.date.precision]))
    t.date = e.date;
  t.mode ??= e.mode;
  t.duration ??= e.duration;
  for (const topic of e.topics) if (!t.topics.includes(topic)) t.topics.push(topic);
  for (const x of e.evidence) {
    if (target.spans.has(spanKey(x))) continue;
    target.spans.add(spanKey(x));
    t.evidence.push(x);
  }
}

/** A city beats a country as the place of a visit: "Baku" says more than "Azerbaijan". */
function preferCity(target: DiplomaticEvent, e: DiplomaticEvent): void {
  if (e.type !== "Visit" || !e.location || !target.location) return;
  if (e.location.startsWith("place:") && !target.location.startsWith("place:")) target.location = e.location;
}

/** Visits to the same country by the same visitor are one visit; a place (Baku) is kept over its country. */
function sameVisitDestination(
  a: DiplomaticEvent,
  b: DiplomaticEvent,
  countryOf: (id: string | null) => string | null,
): boolean {
  return a.type !== "Visit" || countryOf(a.location) === countryOf(b.location);
}

/**
 * Events told more than once in the article become one. Candidates are looked up by type, status and people
 * (what `compatible` requires first), so each telling is compared with its few look-alikes, not every event.
 */
export function buildEvents(mentions: readonly EventMention[], w: EventWiring): DiplomaticEvent[] {
  const countryOfLocation = new Map<string, string | null>();
  for (const m of mentions) {
    const id = w.locationId(m);
    if (id !== null && !countryOfLocation.has(id)) countryOfLocation.set(id, m.location?.code ?? null);
  }
  const countryOf = (id: string | null): string | null => (id ? (countryOfLocation.get(id) ?? null) : null);
  const out: Merged[] = [];
  const byPeople = new Map<string, Merged[]>();
  for (const m of mentions) {
    for (const e of draft(m, w)) {
      const key = `${e.type}|${e.status}|${peopleKey(e)}`;
      const candidates = byPeople.get(key) ?? [];
      const target = candidates.find(
        (o) => compatible(o.event, e) && sameVisitDestination(o.event, e, countryOf),
      );
      if (target) {
        preferCity(target.event, e);
        mergeInto(target, e);
        continue;
      }
      const merged = { event: e, spans: new Set(e.evidence.map(spanKey)) };
      out.push(merged);
      candidates.push(merged);
      byPeople.set(key, candidates);
    }
  }
  return out.map(({ event }) => ({ ...event, id: eventId(event, w.articleId) }));
}

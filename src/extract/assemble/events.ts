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
    return { ...ev, id: eventId(ev, w.articleId) };
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

function mergeInto(target: DiplomaticEvent, e: DiplomaticEvent): void {
  for (const p of e.participants) {
    if (!target.participants.some((q) => q.entityId === p.entityId && q.role === p.role))
      target.participants.push(p);
  }
  target.location ??= e.location;
  if (e.date && (!target.date || PRECISION_RANK[e.date.precision] > PRECISION_RANK[target.date.precision]))
    target.date = e.date;
  target.mode ??= e.mode;
  target.duration ??= e.duration;
  target.topics = [...new Set([...target.topics, ...e.topics])];
  target.evidence.push(
    ...e.evidence.filter((x) => !target.evidence.some((y) => y.start === x.start && y.end === x.end)),
  );
}

/** Visits to the same country by the same visitor are one visit; a place (Baku) is kept over its country. */
function sameVisitDestination(
  a: DiplomaticEvent,
  b: DiplomaticEvent,
  countryOf: (id: string | null) => string | null,
): boolean {
  return a.type !== "Visit" || countryOf(a.location) === countryOf(b.location);
}

export function buildEvents(mentions: readonly EventMention[], w: EventWiring): DiplomaticEvent[] {
  const countryOf = (id: string | null): string | null => {
    if (!id) return null;
    const m = mentions.find((e) => w.locationId(e) === id);
    return m?.location?.code ?? null;
  };
  const out: DiplomaticEvent[] = [];
  for (const m of mentions) {
    for (const e of draft(m, w)) {
      const target = out.find((o) => compatible(o, e) && sameVisitDestination(o, e, countryOf));
      if (!target) {
        out.push(e);
        continue;
      }
      // A city beats a country as the place of a visit: "Baku" says more than "Azerbaijan".
      if (
        e.type === "Visit" &&
        e.location &&
        target.location &&
        e.location.startsWith("place:") &&
        !target.location.startsWith("place:")
      ) {
        target.location = e.location;
      }
      mergeInto(target, e);
    }
  }
  return out.map((e) => ({ ...e, id: eventId(e, w.articleId) }));
}

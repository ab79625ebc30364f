// The extraction contract of DESIGN.md: the JSON that `diplograph extract --json` prints and the scorer reads.
import type { GraphPatch } from "../domain/types.ts";

export interface ContractEvent {
  id: string;
  type: string;
  status: string;
  /** A Visit: the visitors; other events: everyone who took part. */
  participants: string[];
  hosts: string[];
  location: string | null;
  date: string | null;
  datePrecision: string | null;
  duration: string | null;
  mode: string | null;
  evidence: { sentence: number; start: number; end: number; text: string }[];
}

/**
 * Held events go in `events`; announced ones ("is set to meet") in `plannedEvents`, kept apart so that
 * what happened is never mixed with what was only planned.
 */
export function toContract(patch: GraphPatch) {
  const events: ContractEvent[] = patch.events.map((e) => ({
    id: e.id,
    type: e.type,
    status: e.status,
    participants: e.participants.filter((p) => p.role !== "host").map((p) => p.entityId),
    hosts: e.participants.filter((p) => p.role === "host").map((p) => p.entityId),
    location: e.location,
    date: e.date?.value ?? null,
    datePrecision: e.date?.precision ?? null,
    duration: e.duration,
    mode: e.mode,
    evidence: e.evidence.map(({ sentence, start, end, text }) => ({ sentence, start, end, text })),
  }));
  return {
    article: patch.article,
    entities: patch.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      country: e.country,
      ...(e.type === "Person" ? { titles: e.titles } : {}),
      ...(e.type === "Organization" || e.type === "Place" ? { kind: e.kind } : {}),
      evidence: e.evidence.map(({ sentence, start, end }) => ({ sentence, start, end })),
    })),
    events: events.filter((e) => e.status === "held"),
    plannedEvents: events.filter((e) => e.status === "planned"),
    relations: patch.relations.map((r) => ({ id: r.id, type: r.type, source: r.source, target: r.target })),
    occupancies: patch.occupancies.map((o) => ({
      personId: o.personId,
      title: o.title,
      organizationId: o.organizationId,
      country: o.country,
      observed: o.observed,
    })),
  };
}

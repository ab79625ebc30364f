// Place, organisation and country entities of one article, from their mentions.
import type { Entity, Organization, Place } from "../../domain/types.ts";
import { orgId, placeId } from "../../domain/ids.ts";
import { loadGazetteer } from "../gazetteer.ts";
import type { GeoMention, OrgMention, Span } from "../mentions.ts";
import type { EvidenceMaker } from "./evidence.ts";

let englishNames: Map<string, string> | null = null;

/** A country's English short name ("Azerbaijan"), the name a Country entity carries in every language's graph. */
export function countryName(code: string): string {
  englishNames ??= new Map(loadGazetteer("en").countries.map((c) => [c.code, c.names[0] ?? c.code]));
  return englishNames.get(code) ?? code;
}

/** Places are keyed by country and the gazetteer's name, so "باكو" and "بباكو" are one place. */
export function placeEntities(geos: readonly GeoMention[], evidence: EvidenceMaker) {
  const byId = new Map<string, { place: Place; spans: Span[]; surfaces: Set<string> }>();
  // Hashed once per place, not once per mention: a long article names its capital thousands of times.
  const ids = new Map<string, string>();
  const idFor = (g: GeoMention): string => {
    const name = g.place?.name ?? g.surface;
    const key = `${g.code}\u0000${name}`;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = placeId(g.code, name)));
    return id;
  };
  for (const g of geos) {
    if (g.kind !== "place" || !g.place) continue;
    const id = idFor(g);
    const entry = byId.get(id) ?? {
      place: {
        id,
        type: "Place" as const,
        name: g.place.name,
        aliases: [],
        country: g.code,
        kind: g.place.kind,
        evidence: [],
      },
      spans: [],
      surfaces: new Set<string>(),
    };
    entry.spans.push(g);
    if (g.surface !== g.place.name) entry.surfaces.add(g.surface);
    byId.set(id, entry);
  }
  const entities: Entity[] = [...byId.values()].map(({ place, spans }) => ({
    ...place,
    evidence: evidence.forSpans(spans),
  }));
  return { entities, idFor };
}

export function orgEntities(orgs: readonly OrgMention[], evidence: EvidenceMaker) {
  const byId = new Map<string, { org: Organization; spans: OrgMention[] }>();
  for (const o of orgs) {
    const id = orgId(o.country, o.name);
    const entry = byId.get(id) ?? {
      org: {
        id,
        type: "Organization" as const,
        name: o.name,
        aliases: [],
        country: o.country,
        kind: o.kind,
        evidence: [],
      },
      spans: [],
    };
    entry.spans.push(o);
    byId.set(id, entry);
  }
  const entities: Entity[] = [...byId.values()].map(({ org, spans }) => ({
    ...org,
    evidence: evidence.forSpans(spans),
  }));
  // Each mention of a body, by sentence, with the rank of its body (first named first).
  const inSentence = new Map<number, { rank: number; org: Organization; span: Span }[]>();
  [...byId.values()].forEach(({ org, spans }, rank) => {
    for (const span of spans) {
      const list = inSentence.get(span.sentence) ?? [];
      if (list.length === 0) inSentence.set(span.sentence, list);
      list.push({ rank, org, span });
    }
  });
  /** The organisation named inside a span (a person's title), if any: the first named, if several. */
  const within = (span: Span): Organization | null => {
    let best: { rank: number; org: Organization } | null = null;
    for (const o of inSentence.get(span.sentence) ?? []) {
      if (o.span.start < span.start || o.span.end > span.end) continue;
      if (!best || o.rank < best.rank) best = o;
    }
    return best?.org ?? null;
  };
  return { entities, within };
}

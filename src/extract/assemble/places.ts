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
  const idFor = (g: GeoMention): string => placeId(g.code, g.place?.name ?? g.surface);
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
  /** The organisation named inside a span (a person's title), if any. */
  const within = (span: Span): Organization | null => {
    for (const { org, spans } of byId.values()) {
      if (spans.some((s) => s.sentence === span.sentence && s.start >= span.start && s.end <= span.end))
        return org;
    }
    return null;
  };
  return { entities, within };
}

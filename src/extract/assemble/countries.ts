// The countries of one article: every state named (by name, demonym or a capital standing for it) and every
// state a person serves, each with the spans that say so.
import { countryId } from "../../domain/ids.ts";
import type { Entity } from "../../domain/types.ts";
import type { GeoMention, Span } from "../mentions.ts";
import type { PersonCluster } from "./clusters.ts";
import type { EvidenceMaker } from "./evidence.ts";
import { countryName } from "./places.ts";

export function countryEntities(
  geos: readonly GeoMention[],
  clusters: readonly PersonCluster[],
  evidence: EvidenceMaker,
): Entity[] {
  const countrySpans = new Map<string, Span[]>();
  const addCountry = (code: string, span: Span) => {
    const spans = countrySpans.get(code);
    if (spans) spans.push(span);
    else countrySpans.set(code, [span]);
  };
  // How each country was named, gathered once (not one scan of every mention per country).
  const namesOf = new Map<string, Set<string>>();
  for (const g of geos) {
    if (g.kind !== "country") continue;
    const names = namesOf.get(g.code) ?? new Set<string>();
    if (names.size === 0) namesOf.set(g.code, names);
    names.add(g.surface);
  }
  for (const g of geos) if (g.kind !== "place" || g.place?.capital) addCountry(g.code, g);
  for (const c of clusters) if (c.country && c.mentions[0]) addCountry(c.country, c.mentions[0]);
  return [...countrySpans].map(([code, spans]) => ({
    id: countryId(code),
    type: "Country",
    name: countryName(code),
    aliases: [...(namesOf.get(code) ?? [])],
    country: code,
    evidence: evidence.forSpans(spans),
  }));
}

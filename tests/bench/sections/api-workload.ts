// The API bench's workload: a deterministic synthetic graph loaded into a store, and the fixed query mix.
import countries from "i18n-iso-countries";
import { contentHash, countryId, makeId } from "../../../src/domain/ids.ts";
import type { DiplomaticEvent, Entity, Evidence, GraphPatch } from "../../../src/domain/types.ts";
import type { GraphStore } from "../../../src/store/graph-store.ts";

export interface WorkloadSize {
  persons: number;
  events: number;
}

/** A deterministic generator (mulberry32), so every run benches the same graph. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function loadGraph(
  store: GraphStore,
  o: WorkloadSize,
): Promise<{ personIds: string[]; codes: string[] }> {
  const codes = Object.keys(countries.getAlpha2Codes()).slice(0, 20);
  const personIds = Array.from({ length: o.persons }, (_, i) => makeId("person", `bench-${i}`));
  const rand = random(42);
  const pick = (n: number): number => Math.floor(rand() * n);
  const batch = 500;
  for (let start = 0, n = 0; start < o.events; start += batch, n++) {
    const articleId = `article:bench-${n}`;
    const ev = (i: number): Evidence[] => [
      {
        articleId,
        sentence: i,
        start: 0,
        end: 10,
        text: `Sentence ${i} of bench article ${n}.`,
        extractorVersion: "bench",
      },
    ];
    const entities: Entity[] =
      n > 0
        ? []
        : [
            ...codes.map((code, i): Entity => ({
              id: countryId(code),
              type: "Country",
              name: code,
              aliases: [],
              country: code,
              evidence: ev(i),
            })),
            ...personIds.map((id, i): Entity => {
              const code = codes[i % codes.length] ?? "IR";
              return {
                id,
                type: "Person",
                name: `Person ${i}`,
                aliases: [`شخص ${i}`],
                country: code,
                titles: [],
                evidence: ev(i),
              };
            }),
          ];
    const events: DiplomaticEvent[] = [];
    for (let i = start; i < Math.min(o.events, start + batch); i++) {
      const a = personIds[pick(personIds.length)] ?? "";
      const b = personIds[pick(personIds.length)] ?? "";
      const day = String(1 + (i % 28)).padStart(2, "0");
      events.push({
        id: makeId("event", `bench-${i}`),
        type: i % 3 === 0 ? "Visit" : "Meeting",
        status: "held",
        participants:
          a === b
            ? [{ entityId: a, role: "participant" }]
            : [
                { entityId: a, role: "visitor" },
                { entityId: b, role: "host" },
              ],
        location: null,
        date: { value: `2023-${String(1 + (i % 12)).padStart(2, "0")}-${day}`, precision: "day" },
        mode: "in_person",
        duration: null,
        topics: [],
        evidence: ev(i),
      });
    }
    const article = {
      id: articleId,
      language: "en",
      title: null,
      source: null,
      sourceCountry: null,
      url: null,
      publishedAt: null,
      contentHash: contentHash(articleId),
    };
    const patch: GraphPatch = { article, entities, events, occupancies: [], relations: [] };
    await store.applyPatch(patch);
  }
  return { personIds, codes };
}

/** What the mix asks about: a person, two persons who met, a country (ISO alpha-2) and a search text. */
export interface MixInputs {
  person: string;
  met: readonly [string, string];
  country: string;
  search: string;
}

/** The inputs of the API section's own graph (loadGraph). */
export function workloadInputs(personIds: string[], codes: string[]): MixInputs {
  return {
    person: personIds[7] ?? "",
    met: [personIds[1] ?? "", personIds[2] ?? ""],
    country: codes[3] ?? "",
    search: "Person 12",
  };
}

export function queryMix(
  inputs: MixInputs,
): { method: "POST"; path: string; headers: Record<string, string>; body: string }[] {
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const bodies = [
    body(
      `query($id: ID!) { person(id: $id) { name country { code } events(first: 10) { totalCount
      nodes { id type date participants { role entity { name } } } } } }`,
      { id: inputs.person },
    ),
    body(
      `query($c: String!) { events(filter: { country: $c }, first: 20) { totalCount
      nodes { id date participants { entity { id name } } evidence { text } } } }`,
      { c: inputs.country },
    ),
    body(`query($a: ID!, $b: ID!) { meetingsBetween(a: $a, b: $b) { id date evidence { text } } }`, {
      a: inputs.met[0],
      b: inputs.met[1],
    }),
    body(`query($t: String!) { search(text: $t, first: 10) { id name } }`, { t: inputs.search }),
  ];
  return bodies.map((b) => ({
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "application/json" },
    body: b,
  }));
}

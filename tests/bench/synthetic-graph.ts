// A deterministic synthetic diplomatic graph for benchmarks: persons of 50 countries, places, and events
// (2-4 participants, some located) spread over articles. Same seed and scale, same patches, so every
// store is measured on the same graph. Patches are generated lazily: a million events never sit in memory twice.
import { contentHash } from "../../src/domain/ids.ts";
import type {
  DiplomaticEvent,
  Entity,
  EventType,
  Evidence,
  GraphPatch,
  ParticipantRole,
} from "../../src/domain/types.ts";

export interface SyntheticOptions {
  persons: number;
  events: number;
  places: number;
  eventsPerArticle: number;
  seed: number;
  /** Popularity skew of persons: 1 is uniform; higher makes a few officials take part in many events. */
  skew: number;
}

export function optionsAtScale(scale: number): SyntheticOptions {
  return {
    persons: Math.max(100, Math.round(100_000 * scale)),
    events: Math.max(1_000, Math.round(1_000_000 * scale)),
    places: Math.max(20, Math.round(2_000 * scale)),
    eventsPerArticle: 100,
    seed: 20220716,
    skew: 1.5,
  };
}

const COUNTRIES = (
  "IR AZ RU TR IQ SY LB SA AE QA OM KW BH YE JO EG IL PS CN IN PK AF TM UZ KZ " +
  "AM GE UA BY DE FR GB IT ES US CA BR MX JP KR ID MY NG ZA ET DZ MA TN LY SD"
).split(" ");

/** mulberry32: tiny, fast, and the same sequence everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROLES: Record<EventType, [ParticipantRole, ParticipantRole]> = {
  Meeting: ["participant", "participant"],
  Visit: ["visitor", "host"],
  Call: ["counterpart", "counterpart"],
  Statement: ["speaker", "speaker"],
  Agreement: ["signatory", "signatory"],
};

function pickType(u: number): EventType {
  return u < 0.45 ? "Meeting" : u < 0.7 ? "Visit" : u < 0.9 ? "Call" : u < 0.95 ? "Statement" : "Agreement";
}

export const personId = (i: number): string => `person:${i}`;
export const placeId = (i: number): string => `place:${i}`;
const countryOfPerson = (i: number): string => COUNTRIES[i % COUNTRIES.length] ?? "IR";

function article(id: string): GraphPatch["article"] {
  return {
    id,
    language: "en",
    title: null,
    source: "synthetic",
    sourceCountry: null,
    url: null,
    publishedAt: null,
    contentHash: contentHash(id),
  };
}

function evidence(articleId: string, sentence: number): Evidence[] {
  return [
    {
      articleId,
      sentence,
      start: 0,
      end: 24,
      text: `Synthetic sentence ${sentence}.`,
      extractorVersion: "bench",
    },
  ];
}

/**
 * The first patch: every country and place (a gazetteer article, as resolution would link places to
 * known entities rather than have every article describe them again).
 */
export function gazetteerPatch(options: SyntheticOptions): GraphPatch {
  const id = "article:bench-gazetteer";
  const entities: Entity[] = COUNTRIES.map((code, i) => ({
    id: `country:${code}`,
    type: "Country",
    name: `Country ${code}`,
    aliases: [],
    country: code,
    evidence: evidence(id, i),
  }));
  for (let p = 0; p < options.places; p++) {
    entities.push({
      id: placeId(p),
      type: "Place",
      name: `City ${p}`,
      aliases: [],
      country: COUNTRIES[p % COUNTRIES.length] ?? "IR",
      kind: "city",
      evidence: evidence(id, COUNTRIES.length + p),
    });
  }
  return { article: article(id), entities, events: [], occupancies: [], relations: [] };
}

/** The article patches after the gazetteer, in order. */
export function* articlePatches(options: SyntheticOptions): Generator<GraphPatch> {
  const random = prng(options.seed);
  const person = () => Math.min(options.persons - 1, Math.floor(options.persons * random() ** options.skew));
  const articles = Math.ceil(options.events / options.eventsPerArticle);
  let eventIndex = 0;
  for (let a = 0; a < articles; a++) {
    const articleId = `article:bench-${String(a).padStart(7, "0")}`;
    const events: DiplomaticEvent[] = [];
    const persons = new Set<number>();
    for (let k = 0; k < options.eventsPerArticle && eventIndex < options.events; k++, eventIndex++) {
      const type = pickType(random());
      const count = 2 + Math.floor(random() * 3);
      const people = new Set<number>();
      while (people.size < count) people.add(person());
      const roles = ROLES[type];
      const participants = [...people].map((p, i) => ({
        entityId: personId(p),
        role: i === 0 ? roles[0] : roles[1],
      }));
      for (const p of people) persons.add(p);
      const located = random();
      const location =
        located < 0.3
          ? placeId(Math.floor(random() * options.places))
          : located < 0.4
            ? `country:${COUNTRIES[Math.floor(random() * COUNTRIES.length)] ?? "IR"}`
            : null;
      const day = Math.floor(random() * 3650);
      const date = new Date(Date.UTC(2015, 0, 1 + day)).toISOString().slice(0, 10);
      const precision = random() < 0.9 ? "day" : "month";
      events.push({
        id: `event:${eventIndex}`,
        type,
        status: random() < 0.9 ? "held" : "planned",
        participants,
        location,
        date:
          random() < 0.03 ? null : { value: precision === "day" ? date : `${date.slice(0, 8)}01`, precision },
        mode: type === "Call" ? "phone" : null,
        duration: null,
        topics: [],
        evidence: evidence(articleId, k),
      });
    }
    const entities: Entity[] = [...persons].map((p) => ({
      id: personId(p),
      type: "Person",
      name: `Person ${p}`,
      aliases: [],
      country: countryOfPerson(p),
      titles: [],
      evidence: evidence(articleId, options.eventsPerArticle + p),
    }));
    yield { article: article(articleId), entities, events, occupancies: [], relations: [] };
  }
}

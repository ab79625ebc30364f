// A seeded random diplomatic graph for comparing stores: every item kind, items told by several articles in
// different words (names, aliases, countries, dates, statuses), and ids in several scripts, some of which
// sort differently by UTF-16 code unit (JavaScript) and by code point (Cypher).
import { contentHash } from "../../src/domain/ids.ts";
import {
  DATE_PRECISIONS,
  EVENT_MODES,
  EVENT_TYPES,
  PARTICIPANT_ROLES,
  RELATION_TYPES,
  type DiplomaticEvent,
  type Entity,
  type EventDate,
  type Evidence,
  type GraphPatch,
  type Occupancy,
  type Relation,
} from "../../src/domain/types.ts";
import { prng } from "../bench/synthetic-graph.ts";

export interface RandomGraphOptions {
  seed: number;
  articles: number;
  persons: number;
  places: number;
  /** Events in the shared pool; each article tells a few, so many are told more than once. */
  events: number;
}

export const DEFAULT_RANDOM_GRAPH: RandomGraphOptions = {
  seed: 7,
  articles: 30,
  persons: 40,
  places: 10,
  events: 60,
};

const COUNTRIES = ["IR", "AZ", "RU", "TR", "IQ", "EG", "OM", "QA"];
// Ids mix ASCII with Arabic, an astral emoji and a full-width letter (U+FF21..): by code unit the emoji
// (a surrogate pair, D83D…) sorts before the full-width letters, by code point after them.
const ID_MARKS = ["", "", "", "ع", "😀", "Ａ", "ｚ", "é"];
const GIVEN = [
  "Ali",
  "Hossein",
  "Sergei",
  "Ilham",
  "Jeyhun",
  "Hakan",
  "Badr",
  "Sameh",
  "علي",
  "حسين",
  "سيرغي",
];
const FAMILY = [
  "Shamirani",
  "Lazutkin",
  "Alakbarov",
  "Ozkaya",
  "Badrani",
  "Sabbour",
  "شميراني",
  "لازوتكين",
  "علكبروف",
];
const TITLES = ["Foreign Minister", "وزير الخارجية", "President", "Secretary of the Council", "أمين المجلس"];
const TOPICS = ["security", "energy", "trade", "الأمن", "transit"];

export interface RandomGraph {
  patches: GraphPatch[];
  /** Every entity id of the pools (some may be told by no article). */
  entityIds: string[];
  eventIds: string[];
  countries: string[];
}

export function randomGraph(options: RandomGraphOptions = DEFAULT_RANDOM_GRAPH): RandomGraph {
  const random = prng(options.seed);
  const pick = <T>(list: readonly T[]): T => {
    const value = list[Math.floor(random() * list.length)];
    if (value === undefined) throw new Error("random graph: empty list");
    return value;
  };
  const mark = (i: number) => ID_MARKS[i % ID_MARKS.length] ?? "";
  const personIds = Array.from({ length: options.persons }, (_, i) => `person:${mark(i)}${i}`);
  const placeIds = Array.from({ length: options.places }, (_, i) => `place:${mark(i + 3)}${i}`);
  const orgIds = COUNTRIES.map((c, i) => `org:${mark(i + 5)}mfa-${c}`);
  const countryIds = COUNTRIES.map((c) => `country:${c}`);
  const eventIds = Array.from({ length: options.events }, (_, i) => `event:${mark(i + 1)}${i}`);
  const personCountry = (i: number) => COUNTRIES[i % COUNTRIES.length] ?? "IR";

  const patches: GraphPatch[] = [];
  // Persons some earlier article described: a later one may name them without describing them again (as
  // resolution links to known entities), so retracting the describing article can strand its ties.
  const described = new Set<string>();
  for (let a = 0; a < options.articles; a++) {
    const articleId = `article:${mark(a + 2)}${String(a).padStart(3, "0")}`;
    let sentence = 0;
    const ev = (): Evidence[] => {
      const s = sentence++;
      return [
        {
          articleId,
          sentence: s,
          start: s * 100,
          end: s * 100 + 20,
          text: `Sentence ${s} «${a}»`,
          extractorVersion: "rnd",
        },
      ];
    };
    const entities = new Map<string, Entity>();
    const person = (i: number) => {
      const id = personIds[i] ?? "";
      if (described.has(id) && random() < 0.25) return id;
      if (!entities.has(id)) {
        described.add(id);
        const name = `${pick(GIVEN)} ${FAMILY[i % FAMILY.length] ?? ""}`;
        entities.set(id, {
          id,
          type: "Person",
          name,
          aliases: random() < 0.5 ? [FAMILY[i % FAMILY.length] ?? "x", `${name} ${i}`] : [],
          country: random() < 0.8 ? personCountry(i) : null,
          titles: random() < 0.5 ? [pick(TITLES)] : [],
          evidence: ev(),
        });
      }
      return id;
    };
    const place = (i: number) => {
      const id = placeIds[i] ?? "";
      if (!entities.has(id)) {
        entities.set(id, {
          id,
          type: "Place",
          name: random() < 0.5 ? `City ${i}` : `مدينة ${i}`,
          aliases: random() < 0.3 ? [`Town ${i}`] : [],
          country: random() < 0.9 ? (COUNTRIES[i % COUNTRIES.length] ?? null) : null,
          kind: "city",
          evidence: ev(),
        });
      }
      return id;
    };
    const country = (i: number) => {
      const id = countryIds[i] ?? "";
      const code = COUNTRIES[i] ?? "IR";
      if (!entities.has(id)) {
        entities.set(id, {
          id,
          type: "Country",
          name: random() < 0.5 ? `Country ${code}` : `دولة ${code}`,
          aliases: [],
          country: code,
          evidence: ev(),
        });
      }
      return id;
    };
    const org = (i: number) => {
      const id = orgIds[i] ?? "";
      if (!entities.has(id)) {
        entities.set(id, {
          id,
          type: "Organization",
          name: `Ministry of Foreign Affairs ${COUNTRIES[i] ?? ""}`,
          aliases: [],
          country: random() < 0.7 ? (COUNTRIES[i] ?? null) : null,
          kind: "ministry",
          evidence: ev(),
        });
      }
      return id;
    };

    const events: DiplomaticEvent[] = [];
    const told = new Set<number>();
    const eventCount = 2 + Math.floor(random() * 4);
    while (told.size < eventCount) told.add(Math.floor(random() * options.events));
    for (const e of told) {
      // An event's participants come mostly from its own small circle, so articles agree on who was there.
      const circle = [e % options.persons, (e * 7 + 3) % options.persons, (e * 13 + 5) % options.persons];
      const count = 1 + Math.floor(random() * 3);
      const participants = circle
        .slice(0, count)
        .map((p) => ({ entityId: person(p), role: pick(PARTICIPANT_ROLES) }));
      if (random() < 0.15) participants.push({ entityId: country(e % COUNTRIES.length), role: "signatory" });
      const located = random();
      const location =
        located < 0.4
          ? place(e % options.places)
          : located < 0.55
            ? country((e + 1) % COUNTRIES.length)
            : null;
      const precision = pick(DATE_PRECISIONS);
      const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
      const month = String(1 + (e % 12)).padStart(2, "0");
      const date: EventDate | null =
        random() < 0.15
          ? null
          : precision === "day_no_year"
            ? { value: `0000-${month}-${day}`, precision }
            : { value: `20${10 + (e % 12)}-${month}-${precision === "day" ? day : "01"}`, precision };
      events.push({
        id: eventIds[e] ?? "",
        type: EVENT_TYPES[e % EVENT_TYPES.length] ?? "Meeting",
        status: random() < 0.2 ? "planned" : "held",
        participants,
        location,
        date,
        mode: random() < 0.5 ? pick(EVENT_MODES) : null,
        duration: random() < 0.2 ? "PT2H" : null,
        topics: random() < 0.6 ? [pick(TOPICS)] : [],
        evidence: ev(),
      });
    }

    const occupancies: Occupancy[] = [];
    const relations: Relation[] = [];
    for (const p of circleOf(told, options)) {
      if (random() < 0.3) {
        const c = p % COUNTRIES.length;
        occupancies.push({
          id: `occ:${personIds[p] ?? ""}`,
          personId: person(p),
          title: pick(TITLES),
          organizationId: random() < 0.7 ? org(c) : null,
          country: random() < 0.8 ? (COUNTRIES[c] ?? null) : null,
          observed: [`20${10 + (a % 12)}-0${1 + (a % 9)}-1${a % 10}`],
          start: random() < 0.2 ? "2013-01-01" : null,
          end: random() < 0.1 ? "2021-12-31" : null,
          evidence: ev(),
        });
      }
    }
    const persons = [...entities.values()]
      .filter((x) => x.type === "Person")
      .map((x) => x.id)
      .sort();
    for (let i = 0; i + 1 < persons.length && i < 4; i += 2) {
      const source = persons[i] ?? "";
      const target = persons[i + 1] ?? "";
      if (random() < 0.5) {
        const type = pick(RELATION_TYPES);
        relations.push({ id: `rel:${type}:${source}:${target}`, type, source, target, evidence: ev() });
      }
    }
    const places = [...entities.values()].filter((x) => x.type === "Place");
    for (const pl of places) {
      if (pl.country !== null && random() < 0.5) {
        const target = country(COUNTRIES.indexOf(pl.country));
        relations.push({ id: `rel:in:${pl.id}`, type: "LOCATED_IN", source: pl.id, target, evidence: ev() });
      }
    }
    patches.push({
      article: {
        id: articleId,
        language: random() < 0.5 ? "ar" : "en",
        title: random() < 0.5 ? `Article ${a}` : null,
        source: "random",
        sourceCountry: random() < 0.5 ? pick(COUNTRIES) : null,
        url: null,
        publishedAt: random() < 0.8 ? `2022-01-${String(1 + (a % 28)).padStart(2, "0")}` : null,
        contentHash: contentHash(`${articleId}:${options.seed}`),
      },
      entities: [...entities.values()],
      events,
      occupancies,
      relations,
    });
  }
  return {
    patches,
    entityIds: [...personIds, ...placeIds, ...orgIds, ...countryIds],
    eventIds,
    countries: COUNTRIES,
  };
}

/** The persons around the events an article tells. */
function circleOf(events: ReadonlySet<number>, options: RandomGraphOptions): number[] {
  return [...new Set([...events].flatMap((e) => [e % options.persons, (e * 7 + 3) % options.persons]))];
}

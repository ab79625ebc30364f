// Scores one extraction (the contract JSON of `diplograph extract --json`) against a gold file, by the rules of
// the shared scorer (score.mjs): persons by a whole-word `match`, countries by code, meeting pairs across
// countries, visits as (visitor, destination country), counterparts; optional gold counts neither way.
import type { Gold } from "./gold.ts";

export interface Prf {
  tp: number;
  pred: number;
  gold: number;
  p: number;
  r: number;
  f: number;
}

export interface Score {
  persons: Prf & { duplicates: number };
  personCountry: { right: number; of: number };
  personTitle: { right: number; of: number };
  personExactName: { right: number; of: number };
  countries: Prf;
  meetings: Prf;
  visits: Prf;
  counterparts: Prf;
  overallF1: number;
}

/** What the scorer reads of an extraction; everything else is ignored, anything missing counts as empty. */
export interface ScoredExtraction {
  entities?: readonly ScoredEntity[];
  events?: readonly ScoredEvent[];
  relations?: readonly { type?: string; source?: string; target?: string }[];
}
interface ScoredEntity {
  id: string;
  type?: string;
  name?: string | null;
  aliases?: readonly string[];
  country?: string | null;
  titles?: readonly string[];
}
interface ScoredEvent {
  type?: string;
  participants?: readonly string[];
  hosts?: readonly string[];
  location?: string | null;
}

/**
 * The gold format's own matching rule (score.mjs `norm`), kept apart from the product's fold on purpose: a
 * score must mean what the shared scorer means, so Latin accents survive here while the product folds them.
 */
export function goldNorm(text: unknown): string {
  return String(text ?? "")
    .normalize("NFKC")
    .replace(/[\u064B-\u0652\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .replace(/ک/g, "ك")
    .replace(/ی/g, "ي")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const containsWord = (text: string, word: string) => ` ${goldNorm(text)} `.includes(` ${goldNorm(word)} `);
const namesOf = (e: ScoredEntity) => [e.name, ...(e.aliases ?? [])].filter((n): n is string => !!n);
const typeIs = (e: { type?: string } | undefined, t: string) => (e?.type ?? "").toLowerCase() === t;
const pairKey = (a: string, b: string) => [a, b].sort().join("|");

export function prf(tp: number, pred: number, gold: number): Prf {
  const p = pred ? tp / pred : gold ? 0 : 1;
  const r = gold ? tp / gold : 1;
  return { tp, pred, gold, p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function scoreExtraction(gold: Gold, extraction: ScoredExtraction): Score {
  const entities = extraction.entities ?? [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const persons = matchPersons(gold, entities);
  const goldByKey = new Map(gold.persons.map((g) => [g.key, g]));
  const personKey = (id: string): string | null =>
    persons.goldOf.get(id) ?? (typeIs(byId.get(id), "person") ? `unmatched:${id}` : null);
  const countryOfKey = (key: string) =>
    key.startsWith("unmatched:")
      ? (byId.get(key.slice(10))?.country ?? "?").toUpperCase()
      : goldByKey.get(key)?.country;
  const ctx: Context = { gold, extraction, byId, personKey, countryOfKey };
  const result = {
    persons: persons.score,
    ...personDetails(gold, persons.hitBy, byId),
    countries: scoreCountries(gold, entities),
    meetings: scoreMeetings(ctx),
    visits: scoreVisits(ctx),
    counterparts: scoreCounterparts(ctx),
  };
  const overallF1 = (result.persons.f + result.countries.f + result.meetings.f + result.visits.f) / 4;
  return { ...result, overallF1 };
}

interface Context {
  gold: Gold;
  extraction: ScoredExtraction;
  byId: Map<string, ScoredEntity>;
  personKey: (id: string) => string | null;
  countryOfKey: (key: string) => string | null | undefined;
}

/** Each extracted person matches the first gold person it names; a second match of one gold person is a duplicate. */
function matchPersons(gold: Gold, entities: readonly ScoredEntity[]) {
  const goldOf = new Map<string, string>();
  const hitBy = new Map<string, string>();
  let duplicates = 0;
  const persons = entities.filter((e) => typeIs(e, "person"));
  for (const e of persons) {
    const g = gold.persons.find((gp) => gp.match.some((m) => namesOf(e).some((n) => containsWord(n, m))));
    if (!g) continue;
    if (hitBy.has(g.key)) {
      duplicates++;
      continue;
    }
    hitBy.set(g.key, e.id);
    goldOf.set(e.id, g.key);
  }
  const score = { ...prf(hitBy.size, persons.length, gold.persons.length), duplicates };
  return { goldOf, hitBy, score };
}

function personDetails(gold: Gold, hitBy: Map<string, string>, byId: Map<string, ScoredEntity>) {
  const goldByKey = new Map(gold.persons.map((g) => [g.key, g]));
  const strip = (t: string) =>
    goldNorm(t)
      .split(" ")
      .filter(Boolean)
      .map((w) => w.replace(/^(ال|لل|وال|بال)/, ""));
  let country = 0;
  let title = 0;
  let titled = 0;
  let exact = 0;
  for (const [key, id] of hitBy) {
    const g = goldByKey.get(key);
    const e = byId.get(id);
    if (!g || !e) continue;
    if ((e.country ?? "").toUpperCase() === g.country) country++;
    const goldNames = g.names.map(goldNorm);
    if (namesOf(e).some((n) => goldNames.includes(goldNorm(n)))) exact++;
    if (!g.titles?.length) continue;
    titled++;
    const titleMatches = (t: string) => {
      const words = new Set(strip(t));
      return (g.titles ?? []).some((gt) => {
        const want = strip(gt);
        return want.length > 0 && want.filter((w) => words.has(w)).length / want.length >= 0.5;
      });
    };
    if ((e.titles ?? []).some(titleMatches)) title++;
  }
  return {
    personCountry: { right: country, of: hitBy.size },
    personTitle: { right: title, of: titled },
    personExactName: { right: exact, of: hitBy.size },
  };
}

function scoreCountries(gold: Gold, entities: readonly ScoredEntity[]): Prf {
  const codes = new Set(
    entities
      .filter((e) => typeIs(e, "country"))
      .map((e) => (e.country ?? "").toUpperCase())
      .filter(Boolean),
  );
  return prf([...codes].filter((c) => gold.countries.includes(c)).length, codes.size, gold.countries.length);
}

function scoreMeetings({ gold, extraction, personKey, countryOfKey }: Context): Prf {
  const predicted = new Set<string>();
  for (const ev of extraction.events ?? []) {
    if (!typeIs(ev, "meeting") && !typeIs(ev, "visit")) continue;
    const ids = [...(ev.participants ?? []), ...(ev.hosts ?? [])];
    const keys = [...new Set(ids.map(personKey).filter((k): k is string => k !== null))];
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        const [a, b] = [keys[i] as string, keys[j] as string];
        if (countryOfKey(a) !== countryOfKey(b)) predicted.add(pairKey(a, b));
      }
  }
  const wanted = new Set(gold.meetings.map(([a, b]) => pairKey(a, b)));
  for (const [a, b] of gold.meetingsOptional ?? []) predicted.delete(pairKey(a, b));
  return prf([...predicted].filter((p) => wanted.has(p)).length, predicted.size, wanted.size);
}

function scoreVisits({ gold, extraction, byId, personKey }: Context): Prf {
  const predicted = new Set<string>();
  for (const ev of extraction.events ?? []) {
    if (!typeIs(ev, "visit")) continue;
    const place = ev.location ? byId.get(ev.location) : undefined;
    const country = (place?.country ?? "").toUpperCase() || null;
    for (const id of ev.participants ?? []) {
      const key = personKey(id);
      if (key) predicted.add(`${key}>${country}`);
    }
  }
  const wanted = new Set(gold.visits.map((v) => `${v.visitor}>${v.country}`));
  for (const v of gold.visitsOptional ?? []) predicted.delete(`${v.visitor}>${v.country}`);
  return prf([...predicted].filter((v) => wanted.has(v)).length, predicted.size, wanted.size);
}

function scoreCounterparts({ gold, extraction, personKey }: Context): Prf {
  const predicted = new Set<string>();
  for (const r of extraction.relations ?? []) {
    if ((r.type ?? "").toUpperCase() !== "COUNTERPART_OF" || !r.source || !r.target) continue;
    const [a, b] = [personKey(r.source), personKey(r.target)];
    if (a && b) predicted.add(pairKey(a, b));
  }
  const wanted = new Set((gold.counterparts ?? []).map(([a, b]) => pairKey(a, b)));
  return prf([...predicted].filter((p) => wanted.has(p)).length, predicted.size, wanted.size);
}

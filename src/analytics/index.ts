// Analyst questions over a time window, the same on every store: centrality, communities, activity, ego networks.
// Each call parses its window, finds (or builds) the window's projection for the graph's current version, and
// answers from it; one Analytics serves one request (it reads the graph version once).
import { InvalidInputError, NotFoundError } from "../domain/errors.ts";
import type { DiplomaticEvent, Entity } from "../domain/types.ts";
import { boundedInt, countryCode } from "../store/bounds.ts";
import { compareEvents } from "../store/event-order.ts";
import { LIMITS, type GraphStore } from "../store/graph-store.ts";
import {
  activitySeries,
  firstAndLast,
  subjectEvents,
  type ActivitySeries,
  type ActivitySubject,
  type Dyad,
  type Period,
} from "./activity.ts";
import { graphVersion, projectionCacheFor, type Analysed, type CacheOptions } from "./cache.ts";
import { rankBy, type CentralityMeasure, type CentralityScores } from "./centrality.ts";
import type { Community } from "./communities.ts";
import { egoNetwork, type EgoNetwork } from "./ego.ts";
import { eventInWindow, parseWindow, type WindowInput } from "./window.ts";

export { CENTRALITY_MEASURES, type CentralityMeasure, type CentralityScores } from "./centrality.ts";
export { PERIODS, firstAndLast, type Period, type ActivitySeries, type Dyad } from "./activity.ts";
export type { Community, CountryCount } from "./communities.ts";
export type { EgoNetwork } from "./ego.ts";
export { WindowTooLargeError } from "./errors.ts";
export type { WindowInput } from "./window.ts";

export interface Ranked<T> {
  /** Items before paging. */
  totalCount: number;
  items: T[];
}

export interface CommunitiesAnswer extends Ranked<Community> {
  modularity: number | null;
  /** Persons in the graph (every community's members together). */
  persons: number;
}

export interface PairSpan {
  count: number;
  first: DiplomaticEvent | null;
  last: DiplomaticEvent | null;
  events: DiplomaticEvent[];
}

/** The API's shapes of these answers (codegen maps the schema's types to them). */
export interface CentralityRankingModel extends Ranked<CentralityScores> {
  measure: CentralityMeasure;
  /** Rank of items[0] minus one. */
  offset: number;
}
export interface CentralityScoreModel {
  rank: number;
  scores: CentralityScores;
}
export type DyadRankingModel = Ranked<Dyad>;

/** Whose activity: exactly one of the three. */
export interface SubjectInput {
  country?: string | null;
  /** Two ISO alpha-2 codes. */
  pair?: readonly string[] | null;
  person?: string | null;
}

export interface Analytics {
  /** The most events one window (or one API export) may hold: the cost limit. */
  readonly maxEvents: number;
  /** Betweenness is computed (and ranked by) when `by` is BETWEENNESS or `withBetweenness` (default true). */
  centrality(
    window: WindowInput | null,
    by: CentralityMeasure,
    page: { first: number; offset: number },
    options?: { withBetweenness?: boolean },
  ): Promise<Ranked<CentralityScores>>;
  communities(window: WindowInput | null, minSize: number, first: number): Promise<CommunitiesAnswer>;
  activity(subject: SubjectInput, period: Period, window: WindowInput | null): Promise<ActivitySeries>;
  busiestDyads(window: WindowInput | null, first: number): Promise<Ranked<Dyad>>;
  pairSpan(a: string, b: string, window: WindowInput | null): Promise<PairSpan>;
  egoNetwork(
    id: string,
    window: WindowInput | null,
    options: { depth: number; limit: number },
  ): Promise<EgoNetwork>;
}

const WHERE = "analytics";

/**
 * `store` answers the reads (the API passes its deadline-guarded one); `cacheOwner` is the long-lived store the
 * cache belongs to (the same store outside the API).
 */
export function createAnalytics(
  store: GraphStore,
  options: CacheOptions,
  cacheOwner: GraphStore = store,
): Analytics {
  const cache = projectionCacheFor(cacheOwner, options);
  let version: Promise<string> | null = null;
  const analysed = async (input: WindowInput | null): Promise<Analysed> => {
    const window = parseWindow(input);
    version ??= graphVersion(store);
    return cache.get(store, await version, window);
  };
  const entity = async (id: string, name: string): Promise<Entity> => {
    const found = await store.getEntity(id);
    if (found === null) throw new NotFoundError(`${WHERE}: ${name}: no entity has id "${id}"`);
    return found;
  };
  const subjectOf = async (input: SubjectInput): Promise<ActivitySubject> => {
    const given = [input.country, input.pair, input.person].filter((v) => v != null).length;
    if (given !== 1) {
      throw new InvalidInputError(`${WHERE}: activity needs exactly one of country, pair or person`);
    }
    if (input.country != null) return { kind: "country", country: countryCode(input.country, WHERE) };
    if (input.pair != null) {
      const [a, b, ...more] = input.pair.map((c) => countryCode(c, `${WHERE} pair`));
      if (a === undefined || b === undefined || more.length > 0) {
        throw new InvalidInputError(`${WHERE}: pair needs two country codes, got ${input.pair.length}`);
      }
      return { kind: "pair", a, b };
    }
    const person = await entity(input.person ?? "", "person");
    if (person.type !== "Person") {
      throw new InvalidInputError(`${WHERE}: person: "${person.id}" is a ${person.type}, not a Person`);
    }
    return { kind: "person", id: person.id };
  };

  return {
    maxEvents: options.maxEvents,
    async centrality(window, by, page, options) {
      const withBetweenness = by === "BETWEENNESS" || (options?.withBetweenness ?? true);
      const ranked = rankBy((await analysed(window)).scores(withBetweenness), by);
      return { totalCount: ranked.length, items: ranked.slice(page.offset, page.offset + page.first) };
    },
    async communities(window, minSize, first) {
      const { modularity, communities } = (await analysed(window)).partition();
      const kept = communities.filter((c) => c.members.length >= minSize);
      return {
        modularity,
        persons: communities.reduce((sum, c) => sum + c.members.length, 0),
        totalCount: kept.length,
        items: kept.slice(0, first),
      };
    },
    async activity(subjectInput, period, window) {
      const subject = await subjectOf(subjectInput);
      return activitySeries(subjectEvents((await analysed(window)).projection, subject), period);
    },
    async busiestDyads(window, first) {
      const dyads = (await analysed(window)).dyads();
      return { totalCount: dyads.length, items: dyads.slice(0, first) };
    },
    async pairSpan(a, b, input) {
      // A pair's events are few: read them straight from the store (no projection, no window-size limit).
      const window = parseWindow(input);
      const [ea, eb] = await Promise.all([entity(a, "a"), entity(b, "b")]);
      const both =
        ea.type === "Country" && eb.type === "Country"
          ? await store.eventsBetweenCountries(ea.country, eb.country)
          : await store.eventsBetween(ea.id, eb.id);
      const events = both.filter((e) => eventInWindow(window, e)).sort(compareEvents);
      return { count: events.length, events, ...firstAndLast(events) };
    },
    async egoNetwork(id, window, options) {
      const depth = boundedInt(options.depth, LIMITS.defaultDepth, 1, LIMITS.maxDepth, `${WHERE}: depth`);
      const limit = boundedInt(options.limit, 200, 1, LIMITS.maxNeighborhood, `${WHERE}: limit`);
      const centre = await entity(id, "id");
      const found = await analysed(window);
      return egoNetwork(found.projection, found.entities(), centre, depth, limit);
    },
  };
}

// Gives an article's events the ids of the events the graph already holds for them, so one meeting is one event.
import type { DiplomaticEvent, Evidence, GraphPatch } from "../domain/types.ts";
import type { GraphStore } from "../store/graph-store.ts";
import { coreParticipants, sameEvent, type CountryOfLocation, type Report } from "./event-match.ts";
import { mergeEventPair } from "./rewrite.ts";

/** Event types reported alike by several outlets; a statement is one outlet's quote, kept per article. */
const SHARED_TYPES: ReadonlySet<DiplomaticEvent["type"]> = new Set(["Visit", "Meeting", "Call", "Agreement"]);
/** Pages of a visitor's visits read at most: a hub's whole history is not needed to place this week's visit. */
const MAX_PAGES = 5;

const spanKey = (e: Evidence): string => `${e.articleId}\u0000${e.sentence}\u0000${e.start}\u0000${e.end}`;

/** Graph events with the same core people and type as this one. */
async function sameCast(store: GraphStore, e: DiplomaticEvent): Promise<DiplomaticEvent[]> {
  const [first, second] = coreParticipants(e);
  if (first === undefined) return [];
  if (second !== undefined)
    return (await store.eventsBetween(first, second)).filter((x) => x.type === e.type);
  const out: DiplomaticEvent[] = [];
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const found = await store.findEvents({
      participant: first,
      type: e.type,
      limit: 1000,
      ...(after === undefined ? {} : { after }),
    });
    out.push(...found.items);
    if (!found.hasNextPage || found.endCursor === null) break;
    after = found.endCursor;
  }
  return out;
}

/** Reads what the rules need from the graph once per article: article dates and the countries of places. */
function graphFacts(store: GraphStore) {
  const published = new Map<string, string | null>();
  const places = new Map<string, string | null>();
  return {
    async report(e: DiplomaticEvent): Promise<Report> {
      const ids = [...new Set(e.evidence.map((x) => x.articleId))];
      for (const id of ids)
        if (!published.has(id)) published.set(id, (await store.getArticle(id))?.publishedAt ?? null);
      const dates = ids.map((id) => published.get(id)).filter((d): d is string => typeof d === "string");
      return { date: e.date, published: dates };
    },
    async learnPlaces(ids: readonly (string | null)[]): Promise<void> {
      const missing = [...new Set(ids)].filter(
        (id): id is string => id !== null && !id.startsWith("country:") && !places.has(id),
      );
      const found = await store.getEntities(missing);
      missing.forEach((id, i) => places.set(id, found[i]?.country ?? null));
    },
    countryOf: ((id: string) =>
      id.startsWith("country:")
        ? id.slice("country:".length)
        : (places.get(id) ?? null)) as CountryOfLocation,
  };
}

/**
 * Each event of the (person-resolved) patch keeps its id when the graph has it or has nothing like it; otherwise it
 * takes the id of the graph's event that is the same real event. The event that already holds this article's
 * evidence wins (re-ingesting gives the same patch); then one with the same day, then the smallest id. A report
 * that no date places (no date, no article date) joins the only event of its kind, people and place, if only one.
 */
export async function matchEvents(patch: GraphPatch, store: GraphStore): Promise<GraphPatch> {
  const facts = graphFacts(store);
  const existing = await store.getEvents(patch.events.map((e) => e.id));
  const published = patch.article.publishedAt === null ? [] : [patch.article.publishedAt];
  const renamed: DiplomaticEvent[] = [];
  for (const [i, e] of patch.events.entries()) {
    if (!SHARED_TYPES.has(e.type)) {
      renamed.push(e);
      continue;
    }
    const others = (await sameCast(store, e)).filter((x) => x.id !== e.id);
    const mine = new Set(e.evidence.map(spanKey));
    const sticky = others.find((x) => x.evidence.some((ev) => mine.has(spanKey(ev))));
    if (sticky !== undefined || existing[i] != null) {
      renamed.push(sticky === undefined ? e : { ...e, id: sticky.id });
      continue;
    }
    await facts.learnPlaces([e.location, ...others.map((x) => x.location)]);
    const incoming: Report = { date: e.date, published };
    const matches: DiplomaticEvent[] = [];
    const maybes: DiplomaticEvent[] = [];
    for (const x of others) {
      const verdict = sameEvent(e, incoming, x, await facts.report(x), facts.countryOf);
      if (verdict === "same") matches.push(x);
      else if (verdict === "maybe") maybes.push(x);
    }
    const sameDay = (x: DiplomaticEvent) =>
      x.date?.value === e.date?.value && x.date?.precision === e.date?.precision;
    const dated = [...matches].sort(
      (a, b) => Number(sameDay(b)) - Number(sameDay(a)) || (a.id < b.id ? -1 : 1),
    )[0];
    // A report that cannot be placed in time joins an event only when it is the one event it can be.
    const best = dated ?? (maybes.length === 1 ? maybes[0] : undefined);
    renamed.push(best === undefined ? e : { ...e, id: best.id });
  }
  // Two events of the article may now be one (an arrival and a meeting counted once by another outlet).
  const byId = new Map<string, DiplomaticEvent>();
  for (const e of renamed) {
    const seen = byId.get(e.id);
    byId.set(e.id, seen === undefined ? e : mergeEventPair(seen, e));
  }
  return { ...patch, events: [...byId.values()] };
}

// The resolver's view of the graph: persons by name key and places by country, read through findEntities pages
// and kept current by the articles it resolves, so stores need no new query.
import type { Place } from "../domain/types.ts";
import type { GraphStore } from "../store/graph-store.ts";
import { parseName, type ParsedName } from "./name-parse.ts";

/**
 * The keys a name is filed under: the surname; for a bin-name also the first given name, the father and the family
 * words, so "Tamim" alone finds "Tamim bin Hamad Al Thani" and "ابن فرحان" finds "Faisal bin Farhan".
 */
export function indexKeys(name: ParsedName): string[] {
  const words = name.withLineage ? [name.given[0], name.lineage[0], ...name.family] : [name.surname];
  const keys = new Set<string>();
  for (const w of words) for (const k of w?.keys ?? []) keys.add(k);
  return [...keys];
}

export interface GraphIndex {
  /** Ids of the graph's persons filed under a key of one of these names, sorted; verify before use (they may be gone). */
  candidates(names: readonly ParsedName[]): string[];
  /** Files a person an article is about to add or extend, so the next article of a batch finds it at once. */
  note(id: string, names: readonly ParsedName[], isNew: boolean): void;
  /** The graph's places of a country (as last read, plus those noted since). */
  placesOf(country: string): Promise<Place[]>;
  /** Files a place an article is about to add. */
  notePlace(place: Place): void;
  /** Persons read when the index was last built. */
  readonly built: number;
}

export interface IndexOptions {
  /**
   * How long (ms) the index is trusted without asking the store whether someone else wrote to it. Default 1000:
   * writes through this process are filed at once; another process's are seen within a second.
   */
  freshnessMs?: number;
}

interface IndexState {
  byKey: Map<string, Set<string>>;
  places: Map<string, Map<string, Place>>;
  /** The store's Person and Place counts at the last check, plus the new ones since confirmed to exist. */
  expected: { persons: number; places: number };
  /** Ids filed as new that the store has not been seen to hold yet (their article may not have been applied). */
  pending: Set<string>;
  built: number;
  checkedAt: number;
}

const PAGE = 1000;
const DEFAULT_FRESHNESS_MS = 1000;

function file(state: IndexState, id: string, names: readonly ParsedName[]): void {
  for (const n of names) {
    for (const k of indexKeys(n)) {
      let ids = state.byKey.get(k);
      if (ids === undefined) state.byKey.set(k, (ids = new Set()));
      ids.add(id);
    }
  }
}

async function build(store: GraphStore): Promise<IndexState> {
  const counts = await store.counts();
  const state: IndexState = {
    byKey: new Map(),
    places: new Map(),
    expected: { persons: 0, places: counts.entities.Place },
    pending: new Set(),
    built: 0,
    checkedAt: Date.now(),
  };
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.findEntities({ type: "Person", limit: PAGE, offset });
    for (const p of page)
      file(
        state,
        p.id,
        [p.name, ...p.aliases].map((n) => parseName(n)),
      );
    state.built += page.length;
    if (page.length < PAGE) break;
  }
  state.expected.persons = state.built;
  return state;
}

/** Whether the store holds what the index expects: its counts, once the pending new items are accounted for. */
async function stillFresh(store: GraphStore, state: IndexState): Promise<boolean> {
  const { entities } = await store.counts();
  const same = () => entities.Person === state.expected.persons && entities.Place === state.expected.places;
  if (same()) return true;
  if (state.pending.size > 0) {
    const found = await store.getEntities([...state.pending]);
    for (const e of found) {
      if (e?.type === "Person") state.expected.persons += 1;
      else if (e?.type === "Place") state.expected.places += 1;
    }
    state.pending.clear();
  }
  return same();
}

// One index per store object; it goes when the store does.
const indexes = new WeakMap<GraphStore, Promise<IndexState>>();

/**
 * The index of a store, rebuilt when the store's Person or Place count is not what this process accounts for:
 * another process wrote, an article was retracted. Candidates are always checked against the store, so a stale
 * entry costs a lookup, never a wrong merge; what another process added within freshnessMs may be missed.
 */
export async function graphIndexFor(store: GraphStore, options: IndexOptions = {}): Promise<GraphIndex> {
  const freshness = options.freshnessMs ?? DEFAULT_FRESHNESS_MS;
  let pending = indexes.get(store);
  let state = pending === undefined ? undefined : await pending;
  const now = Date.now();
  if (state !== undefined && now - state.checkedAt >= freshness) {
    if (await stillFresh(store, state)) state.checkedAt = now;
    else state = undefined;
  }
  if (state === undefined) {
    pending = build(store);
    indexes.set(store, pending);
    state = await pending;
  }
  const s = state;
  return {
    built: s.built,
    candidates(names) {
      const ids = new Set<string>();
      for (const n of names) for (const k of indexKeys(n)) for (const id of s.byKey.get(k) ?? []) ids.add(id);
      return [...ids].sort();
    },
    note(id, names, isNew) {
      file(s, id, names);
      if (isNew) s.pending.add(id);
    },
    async placesOf(country) {
      let known = s.places.get(country);
      if (known === undefined) {
        known = new Map();
        for (let offset = 0; ; offset += PAGE) {
          const page = await store.findEntities({ type: "Place", country, limit: PAGE, offset });
          for (const p of page) if (p.type === "Place") known.set(p.id, p);
          if (page.length < PAGE) break;
        }
        s.places.set(country, known);
      }
      return [...known.values()];
    },
    notePlace(place) {
      if (place.country === null) return;
      const known = s.places.get(place.country);
      if (known?.has(place.id) === true) return;
      known?.set(place.id, place);
      s.pending.add(place.id);
    },
  };
}

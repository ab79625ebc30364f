// The resolver's view of the graph: persons by name key and places by country, read through findEntities pages
// and kept current by the articles it resolves, so stores need no new query.
import type { Place } from "../domain/types.ts";
import type { GraphStore } from "../store/graph-store.ts";
import { parseName, type NameWord, type ParsedName } from "./name-parse.ts";

/** The keys of some words of a name. */
function keysOfWords(words: readonly (NameWord | null | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const w of words) for (const k of w?.keys ?? []) keys.add(k);
  return [...keys];
}

/**
 * Where a name is filed: its family keys (a plain name's surname; a bin-name's father and family) and, for a
 * bin-name, its first given name apart, so that "Rashid" alone finds "Rashid bin Khalfan Al Marri" without every
 * "Mohammed bin …" of the graph turning up for "Mohammed bin Nasser".
 */
export function indexKeys(name: ParsedName): { family: string[]; given: string[]; single: boolean } {
  if (!name.withLineage) {
    return { family: keysOfWords([name.surname]), given: [], single: name.given.length === 0 };
  }
  return {
    family: keysOfWords([name.lineage[0], ...name.family]),
    given: keysOfWords([name.given[0]]),
    single: false,
  };
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

type KeyMap = Map<string, Set<string>>;

interface IndexState {
  /** Family keys of every name. */
  byFamily: KeyMap;
  /** First given names of bin-names. */
  byGiven: KeyMap;
  /** Names of one word (a bare surname, or a lone given name). */
  bySingle: KeyMap;
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

function put(map: KeyMap, keys: readonly string[], id: string): void {
  for (const k of keys) {
    let ids = map.get(k);
    if (ids === undefined) map.set(k, (ids = new Set()));
    ids.add(id);
  }
}

function file(state: IndexState, id: string, names: readonly ParsedName[]): void {
  for (const n of names) {
    const keys = indexKeys(n);
    put(state.byFamily, keys.family, id);
    put(state.byGiven, keys.given, id);
    if (keys.single) put(state.bySingle, keys.family, id);
  }
}

/**
 * The maps a name is looked up in: a lone word may be anyone's surname or a bin-name's first name; a bin-name's first
 * name may be someone's lone word; every family key is looked up among family keys.
 */
function lookup(state: IndexState, name: ParsedName): Iterable<string> {
  const keys = indexKeys(name);
  const out: string[] = [];
  const from = (map: KeyMap, ks: readonly string[]) => {
    for (const k of ks) for (const id of map.get(k) ?? []) out.push(id);
  };
  from(state.byFamily, keys.family);
  if (keys.single) from(state.byGiven, keys.family);
  from(state.bySingle, keys.given);
  return out;
}

async function build(store: GraphStore): Promise<IndexState> {
  const counts = await store.counts();
  const state: IndexState = {
    byFamily: new Map(),
    byGiven: new Map(),
    bySingle: new Map(),
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
      for (const n of names) for (const id of lookup(s, n)) ids.add(id);
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

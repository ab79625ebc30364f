// The resolver's index of the graph's persons by name key, built from findEntities pages, so stores need no new query.
import type { GraphStore } from "../store/graph-store.ts";
import { parseName, type ParsedName } from "./name-parse.ts";

/**
 * The keys a name is filed under: the surname; for a bin-name also the first given name and father, so "Tamim"
 * alone finds "Tamim bin Hamad Al Thani" and "ابن فرحان" finds "Faisal bin Farhan".
 */
export function indexKeys(name: ParsedName): string[] {
  const words = name.withLineage ? [name.given[0], name.lineage[0], ...name.family] : [name.surname];
  const keys = new Set<string>();
  for (const w of words) for (const k of w?.keys ?? []) keys.add(k);
  return [...keys];
}

export interface PersonIndex {
  /** Ids of the graph's persons filed under a key of one of these names, sorted; verify before use (they may be gone). */
  candidates(names: readonly ParsedName[]): string[];
  /** Files what an article is about to add, so the next article of a batch finds it without a re-read. */
  note(id: string, names: readonly ParsedName[], isNew: boolean): void;
  /** Persons read when the index was built. */
  readonly built: number;
}

interface IndexState {
  byKey: Map<string, Set<string>>;
  /** The Person count the store should report if every write since the build came through this index. */
  expected: number;
  built: number;
}

const PAGE = 1000;

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
  const state: IndexState = { byKey: new Map(), expected: 0, built: 0 };
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
  state.expected = state.built;
  return state;
}

// One index per store object; it goes when the store does.
const indexes = new WeakMap<GraphStore, Promise<IndexState>>();

/**
 * The index of a store, rebuilt when the store's Person count is not what this process expects: another process
 * wrote, an article was retracted, or a write failed. Candidates are always checked against the store, so a stale
 * entry costs a lookup, never a wrong merge.
 */
export async function personIndexFor(store: GraphStore): Promise<PersonIndex> {
  const persons = (await store.counts()).entities.Person;
  let pending = indexes.get(store);
  let state = pending === undefined ? undefined : await pending;
  if (state === undefined || state.expected !== persons) {
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
      if (isNew) s.expected += 1;
    },
  };
}

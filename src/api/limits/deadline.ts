// The execution timeout inside a request: once its deadline has passed, the store refuses new calls.
import type { GraphStore } from "../../store/graph-store.ts";
import { timeoutError } from "../errors.ts";

/** The store, with every call checking the deadline first (work already started runs to its end). */
export function withDeadline(store: GraphStore, deadline: number): GraphStore {
  const check = (): void => {
    if (Date.now() > deadline) throw timeoutError();
  };
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      check();
      return fn.apply(store, args);
    };
  return {
    kind: store.kind,
    applyPatch: guard(store.applyPatch),
    retractArticle: guard(store.retractArticle),
    getArticle: guard(store.getArticle),
    listArticles: guard(store.listArticles),
    getEntity: guard(store.getEntity),
    getEntities: guard(store.getEntities),
    getEvent: guard(store.getEvent),
    getEvents: guard(store.getEvents),
    findEntities: guard(store.findEntities),
    findEvents: guard(store.findEvents),
    eventsBetween: guard(store.eventsBetween),
    eventsBetweenCountries: guard(store.eventsBetweenCountries),
    occupanciesOf: guard(store.occupanciesOf),
    relationsOf: guard(store.relationsOf),
    neighborhood: guard(store.neighborhood),
    shortestPath: guard(store.shortestPath),
    counts: guard(store.counts),
    // The request does not own the store: closing it is the caller's business.
    close: () => Promise.resolve(),
  };
}

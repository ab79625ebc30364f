// The execution timeout inside a request: once its deadline has passed, the store refuses new calls.
import type { GraphStore } from "../../store/graph-store.ts";
import { timeoutError } from "../errors.ts";

type Args<K extends keyof GraphStore> = GraphStore[K] extends (...args: infer A) => unknown ? A : never;

/**
 * A class, not an object of closures: one is made for every request, and its methods live once on the prototype.
 * Each call checks the deadline first; work already started runs to its end.
 */
class DeadlineStore implements GraphStore {
  readonly kind: GraphStore["kind"];
  constructor(
    private readonly inner: GraphStore,
    private readonly deadline: number,
  ) {
    this.kind = inner.kind;
  }
  private check(): GraphStore {
    if (Date.now() > this.deadline) throw timeoutError();
    return this.inner;
  }
  applyPatch(...a: Args<"applyPatch">) {
    return this.check().applyPatch(...a);
  }
  retractArticle(...a: Args<"retractArticle">) {
    return this.check().retractArticle(...a);
  }
  getArticle(...a: Args<"getArticle">) {
    return this.check().getArticle(...a);
  }
  listArticles() {
    return this.check().listArticles();
  }
  getEntity(...a: Args<"getEntity">) {
    return this.check().getEntity(...a);
  }
  getEntities(...a: Args<"getEntities">) {
    return this.check().getEntities(...a);
  }
  getEvent(...a: Args<"getEvent">) {
    return this.check().getEvent(...a);
  }
  getEvents(...a: Args<"getEvents">) {
    return this.check().getEvents(...a);
  }
  findEntities(...a: Args<"findEntities">) {
    return this.check().findEntities(...a);
  }
  findEvents(...a: Args<"findEvents">) {
    return this.check().findEvents(...a);
  }
  eventsBetween(...a: Args<"eventsBetween">) {
    return this.check().eventsBetween(...a);
  }
  eventsBetweenCountries(...a: Args<"eventsBetweenCountries">) {
    return this.check().eventsBetweenCountries(...a);
  }
  occupanciesOf(...a: Args<"occupanciesOf">) {
    return this.check().occupanciesOf(...a);
  }
  relationsOf(...a: Args<"relationsOf">) {
    return this.check().relationsOf(...a);
  }
  neighborhood(...a: Args<"neighborhood">) {
    return this.check().neighborhood(...a);
  }
  shortestPath(...a: Args<"shortestPath">) {
    return this.check().shortestPath(...a);
  }
  counts() {
    return this.check().counts();
  }
  /** The request does not own the store: closing it is the caller's business. */
  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** The store, with every call checking the deadline first. */
export function withDeadline(store: GraphStore, deadline: number): GraphStore {
  return new DeadlineStore(store, deadline);
}

// Answers that take a scan (a country's events counted and paged, the events between two countries, a name
// search) kept until the graph changes, as the memory store keeps them (memory/read-cache.ts): the API asks the
// same question page after page. Other processes may write the same Neo4j, so "the graph changed" is read, not
// assumed: every write bumps a version on the lock node it already holds (cypher/writes.ts: BUMP_VERSION), and
// a kept answer is used only by a read that has just read the same version: alone, in one round trip
// (`kept`), or inside the transaction that computes the answer when none is kept (`through`). In a cluster a
// follower's version is that of the writes it has applied, so an answer kept from it fits what it holds.
import * as R from "./cypher/reads.ts";
import { rows, type Statements } from "./session.ts";
import { stringField } from "./values.ts";

/** Beyond this many kept items (events, entities) in all, the cache starts over. */
const MAX_ITEMS = 200_000;

interface Kept {
  value: unknown;
  items: number;
}

/** The graph's version now: the lock node's epoch and write count, one unique-index seek. */
export async function graphVersion(tx: Statements, where: string): Promise<string> {
  const [record] = await rows(tx, R.GRAPH_VERSION);
  return record === undefined ? "" : stringField(record, "version", where);
}

export class AnswerCache {
  private version: string | null = null;
  private readonly answers = new Map<string, Kept>();
  private items = 0;

  /** The answer kept for `key` if `version`, just read, is the one the answers were kept at. */
  kept<T>(version: string, key: string): T | undefined {
    return version === this.version ? (this.answers.get(key)?.value as T | undefined) : undefined;
  }

  /**
   * The answer to `key` at the graph's current version: kept, or computed by `compute` in the same
   * transaction and kept. `size` counts the items the answer holds. Answers are shared: they must be frozen.
   */
  async through<T>(
    tx: Statements,
    key: string,
    where: string,
    compute: () => Promise<T>,
    size: (answer: T) => number,
  ): Promise<T> {
    const version = await graphVersion(tx, where);
    if (version !== this.version) {
      this.clear();
      this.version = version;
    }
    const kept = this.answers.get(key);
    if (kept !== undefined) return kept.value as T;
    const answer = await compute();
    // Another read may have seen a newer version meanwhile: keep only an answer of the version now kept.
    if (this.version === version) {
      const items = size(answer);
      if (this.items + items > MAX_ITEMS) this.clear();
      this.answers.set(key, { value: answer, items });
      this.items += items;
    }
    return answer;
  }

  private clear(): void {
    this.answers.clear();
    this.items = 0;
  }
}

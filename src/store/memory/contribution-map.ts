// Each item's contributions, one per article that told it, in article order. Nearly every event is told by
// one article, and a million events each kept a list of one (56 bytes) around a contribution object (40
// bytes): a lone contribution is kept without the list, and a tie's as its item alone.
import type { Contribution } from "../../domain/merge.ts";
import type { Evidence } from "../../domain/types.ts";

/** What rebuilding a patch needs of the contributions: the list of one item. */
export interface ContributionReader<T> {
  get(id: string): readonly Contribution<T>[] | undefined;
}

/** The article a tie was told by: its evidence's (a patch's evidence all names the patch's article). */
function articleOfTie(item: { readonly evidence: readonly Evidence[] }): string | undefined {
  return item.evidence[0]?.articleId;
}

export class ContributionMap<T> implements ContributionReader<T> {
  /** A list (several articles, or a lone tie whose article its evidence does not name), or one contribution or tie. */
  private readonly kept = new Map<string, T | Contribution<T> | readonly Contribution<T>[]>();

  /**
   * `ties`: the items are ties, and a lone one is kept as its item. Entities are not: their contributions are
   * already compact (`EntityContribution`), and their evidence is not kept inside the item.
   */
  constructor(private readonly ties: boolean) {}

  get(id: string): readonly Contribution<T>[] | undefined {
    const kept = this.kept.get(id);
    if (kept === undefined || Array.isArray(kept)) return kept as readonly Contribution<T>[] | undefined;
    if (!this.ties) return [kept as Contribution<T>];
    const item = kept as T;
    return [{ articleId: articleOfTie(item as { evidence: Evidence[] }) ?? "", item }];
  }

  set(id: string, contributions: readonly Contribution<T>[]): void {
    const only = contributions.length === 1 ? contributions[0] : undefined;
    if (only === undefined) this.kept.set(id, contributions);
    else if (!this.ties) this.kept.set(id, only);
    else if (articleOfTie(only.item as { evidence: Evidence[] }) === only.articleId)
      this.kept.set(id, only.item);
    else this.kept.set(id, [only]);
  }

  has(id: string): boolean {
    return this.kept.has(id);
  }

  delete(id: string): boolean {
    return this.kept.delete(id);
  }

  get size(): number {
    return this.kept.size;
  }

  *values(): Generator<readonly Contribution<T>[]> {
    for (const id of this.kept.keys()) yield this.get(id) ?? [];
  }
}

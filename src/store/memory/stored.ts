// What the memory store keeps of each article: not the patch (its items live on as contributions and merged
// items already), but the article and the ids it told, in order, from which the patch is rebuilt to
// compare a re-applied article or to write a snapshot.
import type { Contribution } from "../../domain/merge.ts";
import { compareStrings } from "../../domain/merge.ts";
import type { Article, Entity, Evidence, GraphPatch } from "../../domain/types.ts";
import type { ItemKind, ItemOf } from "../../domain/items.ts";
import type { ContributionReader } from "./contribution-map.ts";

export interface StoredPatch {
  readonly article: Article;
  /** The ids of the patch's items of each kind, in the patch's order. */
  readonly ids: { readonly [K in ItemKind]: readonly string[] };
}

export function storedPatch(patch: GraphPatch): StoredPatch {
  return {
    article: patch.article,
    ids: {
      entity: patch.entities.map((e) => e.id),
      event: patch.events.map((e) => e.id),
      occupancy: patch.occupancies.map((o) => o.id),
      relation: patch.relations.map((r) => r.id),
    },
  };
}

/** The contribution `articleId` made to an item (contributions are in article order), or undefined. */
export function contributionOf<T>(
  contribs: readonly Contribution<T>[] | undefined,
  articleId: string,
): Contribution<T> | undefined {
  return contribs?.[indexOfArticle(contribs, articleId)];
}

/** Where `articleId`'s contribution is in a list kept in article order (binary search), or -1. */
export function indexOfArticle(contribs: readonly Contribution<unknown>[], articleId: string): number {
  let lo = 0;
  let hi = contribs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareStrings(contribs[mid]?.articleId ?? "", articleId) < 0) lo = mid + 1;
    else hi = mid;
  }
  return contribs[lo]?.articleId === articleId ? lo : -1;
}

/** The patch an article was applied with, rebuilt from its contributions (the same JSON, key for key). */
export function rebuildPatch(
  stored: StoredPatch,
  contributions: { readonly [K in ItemKind]: ContributionReader<ItemOf[K]> },
): GraphPatch {
  const itemsOf = <K extends ItemKind>(kind: K): ItemOf[K][] =>
    stored.ids[kind].map((id) => {
      const contribution = contributionOf(contributions[kind].get(id), stored.article.id);
      if (contribution === undefined) {
        throw new Error(`store/memory: article "${stored.article.id}" has no contribution to "${id}"`);
      }
      return contribution.item;
    });
  return {
    article: stored.article,
    entities: itemsOf("entity"),
    events: itemsOf("event"),
    occupancies: itemsOf("occupancy"),
    relations: itemsOf("relation"),
  };
}

/**
 * An entity as one article told it, kept as the fields it shares with the article before or after it
 * (a hub official is named the same way in thousands of articles) plus its own evidence. The entity is
 * rebuilt on demand, with the evidence in its original place among the keys.
 */
export class EntityContribution implements Contribution<Entity> {
  /**
   * The evidence, or its one piece when there is one (as there nearly always is: an article names an official
   * in one sentence it is cited for): a one-element array costs 56 bytes, and there is one per article and
   * entity, millions in a large graph.
   */
  private readonly told: Evidence | readonly Evidence[];
  constructor(
    readonly articleId: string,
    readonly fields: Readonly<Entity>,
    evidence: readonly Evidence[],
  ) {
    this.told = evidence.length === 1 && evidence[0] !== undefined ? evidence[0] : evidence;
  }
  get evidence(): readonly Evidence[] {
    const told = this.told;
    return isEvidenceList(told) ? told : [told];
  }
  get item(): Entity {
    return { ...this.fields, evidence: this.evidence as Evidence[] };
  }
}

function isEvidenceList(told: Evidence | readonly Evidence[]): told is readonly Evidence[] {
  return Array.isArray(told);
}

const NO_EVIDENCE: readonly Evidence[] = Object.freeze([]);

function sameFields(a: Readonly<Entity>, b: Entity): boolean {
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) {
    if (key === "evidence") continue;
    const u = x[key];
    const v = y[key];
    if (u === v) continue;
    if (!Array.isArray(u) || !Array.isArray(v) || u.length !== v.length) return false;
    for (let i = 0; i < u.length; i++) if (u[i] !== v[i]) return false;
  }
  return Object.keys(y).every((key, i) => keys[i] === key);
}

/**
 * The compact form of the contribution at `index` in an entity's contribution list: its fields shared with
 * a neighbour's when they are the same (strings are interned, so comparing by identity is enough).
 */
export function compactEntityContribution(
  contribs: readonly Contribution<Entity>[],
  index: number,
): EntityContribution {
  const plain = contribs[index];
  if (plain === undefined) throw new RangeError("store/memory: no contribution at that index");
  if (plain instanceof EntityContribution) return plain;
  const item = plain.item;
  for (const neighbour of [contribs[index - 1], contribs[index + 1]]) {
    if (neighbour instanceof EntityContribution && sameFields(neighbour.fields, item)) {
      return new EntityContribution(plain.articleId, neighbour.fields, item.evidence);
    }
  }
  const fields = Object.freeze({ ...item, evidence: NO_EVIDENCE as Evidence[] });
  return new EntityContribution(plain.articleId, fields, item.evidence);
}

// The JSON export turned back into one patch per article, in an order every store accepts: each item goes to
// every article its evidence names (with that article's evidence only), so merging the patches again gives the
// exported items back. Which part of a merged item each article said is not in the export; the facts are.
import { z } from "zod/v4";
import { InvalidInputError } from "../domain/errors.ts";
import { referencedEntityIds } from "../domain/schema.ts";
import {
  articleSchema,
  entitySchema,
  eventSchema,
  occupancySchema,
  relationSchema,
} from "../domain/schema.ts";
import type { Article, Evidence, GraphPatch } from "../domain/types.ts";

/** What `diplograph export` writes (src/commands/export.ts). */
export const exportSchema = z
  .object({
    articles: z.array(articleSchema),
    entities: z.array(entitySchema),
    events: z.array(eventSchema),
    relations: z.array(relationSchema),
    occupancies: z.array(occupancySchema),
  })
  .strict();

export type GraphExport = z.infer<typeof exportSchema>;

export function parseExport(input: unknown, where: string): GraphExport {
  const parsed = exportSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const at = first?.path.join(".") ?? "";
    throw new InvalidInputError(
      `${where}: ${at ? `${at}: ` : ""}${first?.message ?? "not a diplograph export"}`,
    );
  }
  return parsed.data;
}

function emptyPatch(article: Article): GraphPatch {
  return { article, entities: [], events: [], occupancies: [], relations: [] };
}

/** The item once per article its evidence names, each copy with that article's evidence only. */
function perArticle<T extends { id: string; evidence: Evidence[] }>(item: T): [string, T][] {
  const byArticle = new Map<string, Evidence[]>();
  for (const ev of item.evidence) byArticle.set(ev.articleId, [...(byArticle.get(ev.articleId) ?? []), ev]);
  return [...byArticle].map(([articleId, evidence]) => [articleId, { ...item, evidence }]);
}

function patchFor(patches: Map<string, GraphPatch>, articleId: string, itemId: string, where: string) {
  const patch = patches.get(articleId);
  if (patch === undefined) {
    throw new InvalidInputError(`${where}: "${itemId}" cites article "${articleId}", which the export lacks`);
  }
  return patch;
}

/**
 * One patch per article, ordered so that every entity a patch refers to is in it or in an earlier one
 * (a place described only by a gazetteer article comes before the events located there).
 */
export function patchesOf(graph: GraphExport, where: string): GraphPatch[] {
  const patches = new Map(graph.articles.map((a) => [a.id, emptyPatch(a)]));
  for (const item of graph.entities) {
    for (const [a, copy] of perArticle(item)) patchFor(patches, a, item.id, where).entities.push(copy);
  }
  for (const item of graph.events) {
    for (const [a, copy] of perArticle(item)) patchFor(patches, a, item.id, where).events.push(copy);
  }
  for (const item of graph.relations) {
    for (const [a, copy] of perArticle(item)) patchFor(patches, a, item.id, where).relations.push(copy);
  }
  for (const item of graph.occupancies) {
    for (const [a, copy] of perArticle(item)) patchFor(patches, a, item.id, where).occupancies.push(copy);
  }

  const ordered: GraphPatch[] = [];
  const known = new Set<string>();
  let pending = [...patches.values()];
  while (pending.length > 0) {
    const ready = pending.filter((p) => {
      const own = new Set(p.entities.map((e) => e.id));
      return [...referencedEntityIds(p)].every((id) => own.has(id) || known.has(id));
    });
    if (ready.length === 0) {
      const missing = pending
        .flatMap((p) => [...referencedEntityIds(p)].filter((id) => !p.entities.some((e) => e.id === id)))
        .find((id) => !known.has(id));
      throw new InvalidInputError(`${where}: "${missing ?? "?"}" is referred to but no article describes it`);
    }
    for (const p of ready) {
      ordered.push(p);
      for (const e of p.entities) known.add(e.id);
    }
    pending = pending.filter((p) => !ready.includes(p));
  }
  return ordered;
}

// `diplograph import FILE`: reads a JSON export back into an empty store of either kind (the embedded store to
// Neo4j in one command). Every patch is checked before the first write; a write that fails undoes the articles
// applied before it, so a failed import leaves the store empty as it found it.
import { readFile } from "node:fs/promises";
import { ConflictError, InvalidInputError, messageOf } from "../domain/errors.ts";
import { parsePatch } from "../domain/schema.ts";
import type { GraphStore } from "../store/graph-store.ts";
import { parseExport, patchesOf, type GraphExport } from "./import-patches.ts";

export interface ImportReport {
  articles: number;
  entities: number;
  events: number;
  relations: number;
  occupancies: number;
}

async function requireEmpty(store: GraphStore, where: string): Promise<void> {
  const counts = await store.counts();
  const held =
    counts.articles +
    Object.values(counts.entities).reduce((a, b) => a + b, 0) +
    Object.values(counts.events).reduce((a, b) => a + b, 0);
  if (held > 0) {
    throw new ConflictError(
      `${where}: the store is not empty (${counts.articles} articles); import only fills an empty store`,
    );
  }
}

export async function importGraph(
  store: GraphStore,
  graph: GraphExport,
  where = "import",
): Promise<ImportReport> {
  const patches = patchesOf(graph, where).map((p) => parsePatch(p, `${where}: article "${p.article.id}"`));
  await requireEmpty(store, where);
  const applied: string[] = [];
  try {
    for (const patch of patches) {
      await store.applyPatch(patch);
      applied.push(patch.article.id);
    }
  } catch (error) {
    for (const id of applied.reverse()) await store.retractArticle(id).catch(() => undefined);
    throw error;
  }
  return {
    articles: graph.articles.length,
    entities: graph.entities.length,
    events: graph.events.length,
    relations: graph.relations.length,
    occupancies: graph.occupancies.length,
  };
}

/** Reads and checks the file, then imports it. */
export async function importFile(store: GraphStore, file: string): Promise<ImportReport> {
  const where = `import ${file}`;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new InvalidInputError(`${where}: not readable JSON (${messageOf(error)})`);
  }
  return importGraph(store, parseExport(json, where), where);
}

// `diplograph export`: the whole graph (articles, entities, events, relations, occupancies) as one JSON document
// (what `diplograph import` reads back), or drawn for other tools as GEXF (Gephi) or GraphML.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { InvalidInputError } from "../domain/errors.ts";
import type { GraphStore } from "../store/graph-store.ts";
import { allEntities, allEvents } from "../store/paging.ts";
import { toNeo4jCsv } from "./export-csv.ts";
import { toGexf } from "./export-gexf.ts";
import { toGraphml } from "./export-graphml.ts";
import type { GraphExport } from "./import-patches.ts";

export const EXPORT_FORMATS = ["json", "gexf", "graphml", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function exportFormat(value: string | undefined): ExportFormat {
  const found = EXPORT_FORMATS.find((f) => f === (value ?? "json"));
  if (found === undefined) {
    throw new InvalidInputError(
      `export: --format must be one of ${EXPORT_FORMATS.join(", ")}, got "${value}"`,
    );
  }
  return found;
}

export async function exportGraph(store: GraphStore): Promise<GraphExport> {
  const entities = await allEntities(store);
  const events = await allEvents(store);
  const persons = entities.filter((e) => e.type === "Person");
  const occupancies = (await Promise.all(persons.map((p) => store.occupanciesOf(p.id)))).flat();
  const relations = new Map(
    (await Promise.all(entities.map((e) => store.relationsOf(e.id)))).flat().map((r) => [r.id, r]),
  );
  return {
    articles: await store.listArticles(),
    entities,
    events,
    relations: [...relations.values()],
    occupancies,
  };
}

/** One file's text for the single-file formats. */
export function renderExport(graph: GraphExport, format: Exclude<ExportFormat, "csv">): string {
  switch (format) {
    case "json":
      return JSON.stringify(graph, null, 2);
    case "gexf":
      return toGexf(graph);
    case "graphml":
      return toGraphml(graph);
  }
}

/**
 * What `diplograph export` does: one file (or stdout, when `out` is absent) for json, gexf and graphml; a directory
 * of CSV files for csv, whose neo4j-admin command is returned to print.
 */
export async function exportCommand(
  store: GraphStore,
  options: { format: ExportFormat; out: string | null },
): Promise<string | null> {
  const graph = await exportGraph(store);
  if (options.format !== "csv") {
    const text = renderExport(graph, options.format);
    if (options.out === null) return text;
    await writeFile(options.out, text);
    return null;
  }
  if (options.out === null) throw new InvalidInputError("export: --format csv needs --out DIR (a directory)");
  const { files, args } = toNeo4jCsv(graph);
  await mkdir(options.out, { recursive: true });
  for (const [name, text] of files) await writeFile(join(options.out, name), text);
  return `wrote ${files.size} CSV files to ${options.out}; load them into an empty, stopped database with:\n  cd ${options.out} && neo4j-admin ${args.join(" ")}`;
}

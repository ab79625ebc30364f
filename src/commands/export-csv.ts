// CSV files in the layout `neo4j-admin database import full` expects, holding exactly the graph the Neo4j store
// writes (src/store/neo4j/README.md): the same node labels and properties, built by the store's own property
// functions and the domain's merge rules, so a store opened on the imported database reads it as its own.
import { byArticle, compareStrings, type Contribution } from "../domain/merge.ts";
import { MERGERS, patchItems, type ItemKind, type ItemOf } from "../domain/items.ts";
import { parsePatch } from "../domain/schema.ts";
import type { GraphPatch } from "../domain/types.ts";
import {
  articleProps,
  entityProps,
  eventProps,
  occupancyProps,
  relationProps,
} from "../store/neo4j/codec.ts";
import { tieEdges, type TieEdge } from "../store/neo4j/items.ts";
import { patchesOf, type GraphExport } from "./import-patches.ts";

type Row = Record<string, unknown>;

/** A file: its header (neo4j-admin's typed columns) and, per row, the value of each column. */
interface CsvFile {
  name: string;
  header: string[];
  rows: Row[];
}

/** neo4j-admin's column for a property: `id:ID(Item)`, `:LABEL`, … map to the row keys given here. */
function column(header: string): string {
  if (header === ":LABEL") return "labels";
  if (header.startsWith(":START_ID")) return "start";
  if (header.startsWith(":END_ID")) return "end";
  if (header === ":TYPE") return "type";
  return header.split(":")[0] ?? header;
}

/** Null: an empty unquoted field (no property); text: always quoted, quotes doubled (backslashes stay as they are). */
function field(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return `"${text.replaceAll('"', '""')}"`;
}

function render(file: CsvFile): string {
  const lines = [file.header.join(",")];
  for (const row of file.rows) lines.push(file.header.map((h) => field(row[column(h)])).join(","));
  return `${lines.join("\n")}\n`;
}

type MergedItem = { [K in ItemKind]: { kind: K; merged: ItemOf[K]; lastArticle: string } }[ItemKind];

/** An item's node row (the store's properties and labels) and the TOUCHES edges a tie hangs on its entities. */
function rowsOf(m: MergedItem): { node: Row; edges: TieEdge[] } {
  switch (m.kind) {
    case "entity":
      return {
        node: { ...entityProps(m.merged, m.lastArticle), labels: `Item;Entity;${m.merged.type}` },
        edges: [],
      };
    case "event":
      return {
        node: { ...eventProps(m.merged, m.lastArticle), labels: `Item;Tie;Event;${m.merged.type}` },
        edges: tieEdges({ kind: "event", item: m.merged }),
      };
    case "relation":
      return {
        node: { ...relationProps(m.merged, m.lastArticle), labels: "Item;Tie;Relation" },
        edges: tieEdges({ kind: "relation", item: m.merged }),
      };
    case "occupancy":
      return {
        node: { ...occupancyProps(m.merged, m.lastArticle), labels: "Item;Tie;Occupancy" },
        edges: tieEdges({ kind: "occupancy", item: m.merged }),
      };
  }
}

/** Every item merged from its articles' contributions, as the store folds them, with the last article. */
function mergedItems<K extends ItemKind>(patches: readonly GraphPatch[], kind: K) {
  const contributions = new Map<string, Contribution<ItemOf[K]>[]>();
  for (const patch of patches) {
    for (const item of patchItems(patch, kind)) {
      const list = contributions.get(item.id) ?? [];
      list.push({ articleId: patch.article.id, item });
      contributions.set(item.id, list);
    }
  }
  return [...contributions.keys()].sort(compareStrings).map((id) => {
    const ordered = byArticle(contributions.get(id) ?? []);
    return { merged: MERGERS[kind](ordered), lastArticle: ordered[ordered.length - 1]?.articleId ?? "" };
  });
}

const NODE_HEADERS: Record<ItemKind, string[]> = {
  entity: [
    "id:ID(Item)",
    ":LABEL",
    "kind",
    "json",
    "lastArticle",
    "sortId",
    "type",
    "name",
    "country",
    "searchText",
  ],
  event: [
    "id:ID(Item)",
    ":LABEL",
    "kind",
    "json",
    "lastArticle",
    "sortKey",
    "type",
    "status",
    "date",
    "location",
  ],
  relation: ["id:ID(Item)", ":LABEL", "kind", "json", "lastArticle", "sortId", "type", "source", "target"],
  occupancy: [
    "id:ID(Item)",
    ":LABEL",
    "kind",
    "json",
    "lastArticle",
    "sortId",
    "personId",
    "title",
    "organizationId",
  ],
};

const FILE_OF: Record<ItemKind, string> = {
  entity: "entities.csv",
  event: "events.csv",
  relation: "relations.csv",
  occupancy: "occupancies.csv",
};

/** The CSV set: file name → text, and the neo4j-admin arguments that load it (database name last). */
export function toNeo4jCsv(
  graph: GraphExport,
  database = "neo4j",
): { files: Map<string, string>; args: string[] } {
  const patches = patchesOf(graph, "export csv").map((p) =>
    parsePatch(p, `export csv: article "${p.article.id}"`),
  );
  const merged: MergedItem[] = [
    ...mergedItems(patches, "entity").map((m) => ({ kind: "entity" as const, ...m })),
    ...mergedItems(patches, "event").map((m) => ({ kind: "event" as const, ...m })),
    ...mergedItems(patches, "relation").map((m) => ({ kind: "relation" as const, ...m })),
    ...mergedItems(patches, "occupancy").map((m) => ({ kind: "occupancy" as const, ...m })),
  ];
  const nodes: Record<ItemKind, Row[]> = { entity: [], event: [], relation: [], occupancy: [] };
  const touches: Row[] = [];
  for (const m of merged) {
    const { node, edges } = rowsOf(m);
    nodes[m.kind].push(node);
    for (const e of edges) touches.push({ start: e.entity, end: m.merged.id, type: "TOUCHES", role: e.role });
  }
  const out: CsvFile[] = (["entity", "event", "relation", "occupancy"] as const).map((kind) => ({
    name: FILE_OF[kind],
    header: NODE_HEADERS[kind],
    rows: nodes[kind],
  }));
  const articles: Row[] = [];
  const says: Row[] = [];
  for (const patch of patches) {
    articles.push({ ...articleProps(patch, JSON.stringify(patch)), labels: "Article" });
    for (const kind of ["entity", "event", "relation", "occupancy"] as const) {
      for (const item of patchItems(patch, kind)) {
        says.push({ start: patch.article.id, end: item.id, type: "SAYS", json: JSON.stringify(item) });
      }
    }
  }
  out.push({
    name: "articles.csv",
    header: ["id:ID(Article)", ":LABEL", "sortId", "json", "patch", "language", "publishedAt"],
    rows: articles,
  });
  out.push({
    name: "touches.csv",
    header: [":START_ID(Item)", ":END_ID(Item)", ":TYPE", "role"],
    rows: touches,
  });
  out.push({
    name: "says.csv",
    header: [":START_ID(Article)", ":END_ID(Item)", ":TYPE", "json"],
    rows: says,
  });
  const files = new Map(out.map((f) => [f.name, render(f)]));
  const args = [
    "database",
    "import",
    "full",
    ...out.filter((f) => f.header[0]?.includes(":ID(")).map((f) => `--nodes=${f.name}`),
    "--relationships=touches.csv",
    "--relationships=says.csv",
    "--multiline-fields=true",
    database,
  ];
  return { files, args };
}

// A PROFILE plan (neo4j-driver's ProfiledPlan) as text, as Neo4j Browser shows it: one operator a line,
// children indented, with its details, estimated and actual rows and db hits.
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  identifiers: string[];
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

/** Operators that read every node of a label (or of the graph) rather than seeking an index. */
const SCANS = [
  "AllNodesScan",
  "NodeByLabelScan",
  "IntersectionNodeByLabelsScan",
  "UnionNodeByLabelsScan",
  "NodeIndexScan",
  "DirectedAllRelationshipsScan",
  "UndirectedAllRelationshipsScan",
];

const text = (value: unknown): string =>
  typeof value === "object" && value !== null && "toNumber" in value
    ? String((value as { toNumber(): number }).toNumber())
    : typeof value === "number"
      ? String(Math.round(value))
      : typeof value === "string"
        ? value
        : JSON.stringify(value ?? "");

export function formatPlan(root: PlanNode): string {
  const lines: string[] = [];
  const args = root.arguments;
  lines.push(
    `planner ${text(args.planner)}, runtime ${text(args.runtime)} ${text(args["runtime-impl"])}`.trim(),
    "",
    `${"operator".padEnd(48)} ${"est. rows".padStart(10)} ${"rows".padStart(8)} ${"db hits".padStart(9)}  details`,
  );
  const walk = (node: PlanNode, depth: number): void => {
    const name = `${"  ".repeat(depth)}${node.operatorType.replace(/@neo4j$/, "")}`;
    const details = text(node.arguments.Details);
    lines.push(
      `${name.padEnd(48)} ${text(node.arguments.EstimatedRows).padStart(10)} ${String(node.rows).padStart(8)} ${String(node.dbHits).padStart(9)}  ${details}`,
    );
    for (const child of node.children) walk(child, depth + 1);
  };
  walk(root, 0);
  return `${lines.join("\n")}\n`;
}

/** The scanning operators in a plan, each with its details. */
export function scansIn(root: PlanNode): string[] {
  const found: string[] = [];
  const walk = (node: PlanNode): void => {
    const name = node.operatorType.replace(/@neo4j$/, "");
    if (SCANS.some((s) => name.startsWith(s))) found.push(`${name} ${text(node.arguments.Details)}`);
    node.children.forEach(walk);
  };
  walk(root);
  return found;
}

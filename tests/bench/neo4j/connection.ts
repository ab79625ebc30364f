// The Neo4j a bench script was pointed at: NEO4J_BENCH_URI (+ _USER, _PASSWORD, _DATABASE), or null.
import type { Neo4jConfig } from "../../../src/store/neo4j/index.ts";

export function benchNeo4jConfig(): Neo4jConfig | null {
  const uri = process.env.NEO4J_BENCH_URI;
  if (!uri) return null;
  return {
    uri,
    user: process.env.NEO4J_BENCH_USER ?? "neo4j",
    password: process.env.NEO4J_BENCH_PASSWORD ?? "",
    database: process.env.NEO4J_BENCH_DATABASE ?? "neo4j",
  };
}

// The JSON object `npm run bench -- --json` prints: the headline keys, nested by section
// ("memory.rss_vs_raw" becomes {"memory": {"rss_vs_raw": {...}}}). A key no section measured is null with the reason.
import type { Result } from "./report.ts";

export const RESULT_KEYS = [
  "memory.load_vs_raw",
  "memory.rss_vs_raw",
  "memory.reopen_events_per_s",
  "memory.neighbourhood_p99_ms",
  "memory.path_p99_ms",
  "api.req_per_s",
  "api.apollo_vs_bare",
  "neo4j.vs_memory",
  "neo4j.vs_neo4j_graphql",
] as const;

export function resultsJson(
  results: ReadonlyMap<string, Result>,
  meta: { scale: number; node: string; sections: readonly string[] },
): Record<string, unknown> {
  const out: Record<string, unknown> = { scale: meta.scale, node: meta.node, sections: meta.sections };
  const keys = [...RESULT_KEYS, ...[...results.keys()].filter((k) => !RESULT_KEYS.some((r) => r === k))];
  for (const key of keys) {
    const [group = key, name = key] = key.split(".", 2);
    const result: Result = results.get(key) ?? {
      value: null,
      scale: meta.scale,
      detail: "not measured in this run (its section was not run, was skipped, or is not built)",
    };
    const section = (out[group] ??= {}) as Record<string, unknown>;
    section[name] = result;
  }
  return out;
}

// The bench as a product: a quick run (seconds) of `npm run bench -- --json` so the command, its sections and
// its JSON keys cannot rot. Figures at this size say nothing about speed; the full scale runs on demand
// (docs/benchmarks.md). BENCH_TEST_SCALE makes this run bigger.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { RESULT_KEYS } from "./results.ts";

const SCALE = process.env.BENCH_TEST_SCALE ?? "0.002";

describe("npm run bench -- --json", () => {
  it("prints one JSON object with every headline key, measured where its section ran", () => {
    const run = spawnSync(
      "npm",
      ["run", "--silent", "bench", "--", "--scale", SCALE, "--sections", "memory-store,api", "--json"],
      { encoding: "utf8", timeout: 170_000, maxBuffer: 1 << 24 },
    );
    expect(run.status, run.stderr).toBe(0);
    // The tables went to stderr; stdout is the JSON object alone.
    expect(run.stderr).toContain("Query latency");
    const json = JSON.parse(run.stdout) as Record<string, Record<string, { value: unknown; scale: unknown }>>;
    for (const key of RESULT_KEYS) {
      const [group = "", name = ""] = key.split(".");
      const result = json[group]?.[name];
      expect(result, key).toBeDefined();
      expect(typeof result?.scale, key).toBe("number");
      if (group === "neo4j") continue; // its sections did not run here: null with a reason
      expect(result?.value, key).toBeGreaterThan(0);
    }
    expect(json.neo4j?.vs_memory?.value).toBeNull();
  }, 180_000);

  it("refuses a scale that is not a positive number", () => {
    const run = spawnSync("npm", ["run", "--silent", "bench", "--", "--scale", "zero", "--json"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("--scale must be a positive number");
  }, 70_000);
});

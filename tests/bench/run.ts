// `npm run bench [-- --scale N] [--sections a,b] [--json]`: runs the registered benchmark sections and prints
// their tables; with --json the tables go to stderr and stdout gets one JSON object of the headline figures
// (tests/bench/results.ts). Env fallbacks: BENCH_SCALE (default 1), BENCH_SECTIONS, BENCH_HEAP_MB (default 16384).
// It re-runs itself under a large heap with --expose-gc, so memory figures are taken after a real GC.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createReport } from "./report.ts";
import { resultsJson } from "./results.ts";
import { SECTIONS } from "./sections/index.ts";

const CHILD_FLAG = "DIPLOGRAPH_BENCH_CHILD";

function relaunch(): never {
  const heap = process.env.BENCH_HEAP_MB ?? "16384";
  const result = spawnSync(
    process.execPath,
    // A larger young generation: bulk loads allocate fast and keep most of it, so fewer scavenges pay off.
    [
      `--max-old-space-size=${heap}`,
      "--max-semi-space-size=64",
      "--expose-gc",
      // As `diplograph` runs (src/bin.js): tsx's ESM loader only. The full `--import tsx` also hooks require(), and
      // a library that calls require("crypto") on every request (Apollo's query hash) then pays tsx's resolver.
      "--import",
      "tsx/esm",
      fileURLToPath(import.meta.url),
      ...process.argv.slice(2),
    ],
    // NODE_ENV as deployed (src/bin.js and the Dockerfile default it to production): graphql-js checks every
    // instanceof for duplicate copies of itself otherwise.
    {
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? "production", [CHILD_FLAG]: "1" },
    },
  );
  process.exit(result.status ?? 1);
}

function options(): { scale: number; wanted: string[] | undefined; json: boolean } {
  const { values } = parseArgs({
    options: { scale: { type: "string" }, sections: { type: "string" }, json: { type: "boolean" } },
  });
  const scaleText = values.scale ?? process.env.BENCH_SCALE ?? "1";
  const scale = Number(scaleText);
  if (!Number.isFinite(scale) || scale <= 0)
    throw new Error(`bench: --scale must be a positive number (1 = 1M events), got "${scaleText}"`);
  const wanted = (values.sections ?? process.env.BENCH_SECTIONS)
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = wanted?.filter((name) => !SECTIONS.some((s) => s.name === name)) ?? [];
  if (unknown.length > 0)
    throw new Error(
      `bench: unknown sections ${unknown.join(", ")}; known: ${SECTIONS.map((s) => s.name).join(", ")}`,
    );
  return { scale, wanted, json: values.json === true };
}

async function main(): Promise<void> {
  const { scale, wanted, json } = options();
  const out = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);
  const report = createReport(out);
  report.note(`diplograph bench: scale ${scale}, node ${process.version}, ${process.arch}`);
  const ran: string[] = [];
  for (const section of SECTIONS) {
    if (wanted !== undefined && !wanted.includes(section.name)) continue;
    report.note(`\n== ${section.name}: ${section.description}`);
    const started = performance.now();
    await section.run(report, { scale });
    ran.push(section.name);
    report.note(`(${section.name} took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  if (json) {
    const object = resultsJson(report.results(), { scale, node: process.version, sections: ran });
    process.stdout.write(`${JSON.stringify(object)}\n`);
  }
}

if (process.env[CHILD_FLAG] === undefined) relaunch();
await main();

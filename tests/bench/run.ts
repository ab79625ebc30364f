// `npm run bench`: runs the registered benchmark sections and prints their tables.
// Env: BENCH_SCALE (default 1), BENCH_SECTIONS (comma list of names), BENCH_HEAP_MB (default 16384).
// It re-runs itself under a large heap with --expose-gc, so memory figures are taken after a real GC.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createReport } from "./report.ts";
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
      "--import",
      "tsx",
      fileURLToPath(import.meta.url),
    ],
    { stdio: "inherit", env: { ...process.env, [CHILD_FLAG]: "1" } },
  );
  process.exit(result.status ?? 1);
}

async function main(): Promise<void> {
  const scale = Number(process.env.BENCH_SCALE ?? "1");
  if (!Number.isFinite(scale) || scale <= 0)
    throw new Error(`bench: BENCH_SCALE must be a positive number, got ${scale}`);
  const wanted = process.env.BENCH_SECTIONS?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = wanted?.filter((name) => !SECTIONS.some((s) => s.name === name)) ?? [];
  if (unknown.length > 0)
    throw new Error(
      `bench: unknown sections ${unknown.join(", ")}; known: ${SECTIONS.map((s) => s.name).join(", ")}`,
    );
  const report = createReport();
  report.note(`diplograph bench: scale ${scale}, node ${process.version}, ${process.arch}`);
  for (const section of SECTIONS) {
    if (wanted !== undefined && !wanted.includes(section.name)) continue;
    report.note(`\n== ${section.name}: ${section.description}`);
    const started = performance.now();
    await section.run(report, { scale });
    report.note(`(${section.name} took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}

if (process.env[CHILD_FLAG] === undefined) relaunch();
await main();

// Crash test: SIGKILL at random moments while `seed` runs and while the API ingests, CRASH_KILLS times in all
// (default 200, half each, the two running side by side). Afterwards each store opens, holds every article it
// acknowledged, and exports exactly what a clean seed of the same articles, in the same order, exports.
import { spawn } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { beforeAll, expect, it } from "vitest";
import { exportGraph } from "../../src/commands/export.ts";
import { seedFolders } from "../../src/commands/seed.ts";
import { ingestArticle } from "../../src/ingest/ingest.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { freePort, tempDir } from "./processes.ts";
import { random, wireArticle } from "./wire.ts";

const CRASH_TOKEN = "crash-token-0123456789abcdef";
const KILLS = Number(process.env["CRASH_KILLS"] ?? 200);
const ARTICLES = 240;
const CHILD = fileURLToPath(new URL("../../node_modules/.cache/diplograph-crash/child.mjs", import.meta.url));
const next = random(2026);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Article {
  id: string;
  text: string;
  meta: { language: "en"; publishedAt: string; sourceCountry: string };
}
const articles: Article[] = Array.from({ length: ARTICLES }, (_, i) => ({
  id: `crash-${String(i).padStart(3, "0")}`,
  text: wireArticle(1000 + i, 600 + (i % 5) * 300),
  meta: { language: "en", publishedAt: `2024-0${1 + (i % 9)}-1${i % 10}`, sourceCountry: "JO" },
}));
let folder: string;

beforeAll(async () => {
  // One bundle: a restart then costs a Node start and the modules' own set-up, not a TypeScript compile.
  await build({
    entryPoints: [fileURLToPath(new URL("./crash-child.ts", import.meta.url))],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outfile: CHILD,
    logLevel: "error",
    // Modules find their data files next to themselves (new URL("x.json", import.meta.url)): each keeps its own URL.
    plugins: [
      {
        name: "keep-import-meta-url",
        setup(b) {
          b.onLoad({ filter: /\.ts$/ }, async (args) => ({
            contents: (await readFile(args.path, "utf8")).replaceAll(
              "import.meta.url",
              JSON.stringify(pathToFileURL(args.path).href),
            ),
            loader: "ts",
          }));
        },
      },
    ],
  });
  folder = await tempDir("diplograph-crash-articles-");
  for (const a of articles) {
    await writeFile(join(folder, `${a.id}.txt`), a.text);
    await writeFile(join(folder, `${a.id}.json`), JSON.stringify(a.meta));
  }
});

/** Starts the child, SIGKILLs it after a random time (sometimes before it is ready), returns its "ack" ids. */
async function killedRun(args: string[], whileRunning?: (port: number) => Promise<void>) {
  const child = spawn(process.execPath, [CHILD, ...args], {
    stdio: ["ignore", "pipe", "ignore"],
    env: { ...process.env, CRASH_TOKEN },
  });
  let out = "";
  const ready = new Promise<void>((resolve) => {
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      // The API child prints "ready" (store open) and then "listening"; requests wait for the second.
      if ((whileRunning ? /^listening$/m : /^ready$/m).test(out)) resolve();
    });
  });
  const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
  if (next() < 0.15) await pause(next() * 300);
  else {
    await Promise.race([ready, exited]);
    // An API ingest is a round trip more than a seed's: its window is longer.
    if (whileRunning) await Promise.race([whileRunning(Number(args[2])), pause(next() * 1200)]);
    else await pause(next() * 600);
  }
  child.kill("SIGKILL");
  await exited;
  return [...out.matchAll(/^ack (\S+)$/gm)].map((m) => m[1] as string);
}

async function seedLane(dir: string, kills: number): Promise<Set<string>> {
  const acked = new Set<string>();
  for (let i = 0; i < kills; i++) for (const id of await killedRun(["seed", dir, folder])) acked.add(id);
  return acked;
}

async function apiLane(dir: string, kills: number): Promise<Set<string>> {
  const acked = new Set<string>();
  const ingestInOrder = async (port: number) => {
    for (const a of articles) {
      if (acked.has(a.id)) continue;
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${CRASH_TOKEN}` },
        body: JSON.stringify({
          query: `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId } }`,
          variables: { input: { text: a.text, id: a.id, ...a.meta } },
        }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
      if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
      acked.add(a.id);
    }
  };
  for (let i = 0; i < kills; i++) {
    const port = await freePort();
    await killedRun(["api", dir, String(port)], (p) => ingestInOrder(p).catch(() => undefined));
  }
  return acked;
}

/** What the store holds and what a clean seed of the same articles, in the same order, holds. */
async function compareWithCleanSeed(dir: string, acked: Set<string>, viaFiles: boolean) {
  const crashed = await createMemoryStore({ dataDir: dir });
  const clean = await createMemoryStore();
  try {
    const held = new Set((await crashed.listArticles()).map((a) => a.id));
    for (const id of acked) expect(held, `acknowledged ${id} is missing`).toContain(id);
    // Articles go in order: what is held is a prefix of the list (the last one perhaps stored, not yet acknowledged).
    const present = articles.filter((a) => held.has(a.id));
    expect(present.map((a) => a.id)).toEqual(articles.slice(0, present.length).map((a) => a.id));
    await seedClean(clean, present, viaFiles);
    expect(await exportGraph(crashed)).toEqual(await exportGraph(clean));
    return present.length;
  } finally {
    await crashed.close();
    await clean.close();
  }
}

async function seedClean(store: GraphStore, present: Article[], viaFiles: boolean): Promise<void> {
  if (viaFiles) {
    const only = await tempDir("diplograph-crash-clean-");
    await mkdir(only, { recursive: true });
    for (const a of present) {
      await writeFile(join(only, `${a.id}.txt`), a.text);
      await writeFile(join(only, `${a.id}.json`), JSON.stringify(a.meta));
    }
    const report = await seedFolders(store, [only], () => undefined);
    expect(report.failed).toEqual([]);
  } else {
    for (const a of present) await ingestArticle(store, a.text, { ...a.meta, id: a.id });
  }
}

it(`${KILLS} SIGKILLs during seed and API ingest: nothing acknowledged lost, nothing half-written`, async () => {
  const seedDir = await tempDir();
  const apiDir = await tempDir();
  const started = Date.now();
  const [seedAcked, apiAcked] = await Promise.all([
    seedLane(seedDir, Math.ceil(KILLS / 2)),
    apiLane(apiDir, Math.floor(KILLS / 2)),
  ]);
  const killing = (Date.now() - started) / 1000;
  const seeded = await compareWithCleanSeed(seedDir, seedAcked, true);
  const ingested = await compareWithCleanSeed(apiDir, apiAcked, false);
  console.info(
    `crash: ${KILLS} kills in ${killing.toFixed(0)} s; seed lane holds ${seeded} articles (${seedAcked.size} acknowledged), ` +
      `API lane ${ingested} (${apiAcked.size} acknowledged)`,
  );
  expect(seedAcked.size).toBeGreaterThan(0);
  expect(apiAcked.size).toBeGreaterThan(0);
}, 600_000);

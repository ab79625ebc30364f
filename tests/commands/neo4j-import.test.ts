// Moving a graph to Neo4j: the JSON export imported into Neo4j exports the same graph again, and the CSV set
// loaded by `neo4j-admin database import full` (the admin tool of the test Neo4j's own distribution, run from
// the launcher's classpath) gives a database the Neo4j store reads as its own and answers `bilateral` alike.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { exportGraph } from "../../src/commands/export.ts";
import { toNeo4jCsv } from "../../src/commands/export-csv.ts";
import { importGraph } from "../../src/commands/import.ts";
import { parseExport, type GraphExport } from "../../src/commands/import-patches.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { createNeo4jStore } from "../../src/store/neo4j/index.ts";
import { dataOf, startApi } from "../api/client.ts";
import { fillStore } from "../analytics/analytics-suite.ts";
import { javaCommand, prepareNeo4j } from "../neo4j/build.ts";
import { describeWithNeo4j } from "../neo4j/describe-neo4j.ts";
import { startNeo4j } from "../neo4j/launcher.ts";
import { useNeo4jPool } from "../neo4j/neo4j-pool.ts";

const BILATERAL = `query($a: String!, $b: String!) {
  bilateral(a: $a, b: $b) { events { id type date } officials { person { id name } eventCount } }
}`;

async function bilateralOf(store: GraphStore, a: string, b: string): Promise<unknown> {
  const api = await startApi({ store });
  try {
    return dataOf(await api.gql(BILATERAL, { a, b }));
  } finally {
    await api.stop();
  }
}

/** Runs neo4j-admin (org.neo4j.cli.AdminTool) with NEO4J_HOME = home, in the CSV directory. */
async function neo4jAdmin(classpath: string, home: string, cwd: string, args: string[]): Promise<string> {
  const child = spawn(javaCommand(), ["-Xmx1g", "-cp", classpath, "org.neo4j.cli.AdminTool", ...args], {
    cwd,
    env: { ...process.env, NEO4J_HOME: home },
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`neo4j-admin exited ${code}:\n${output.slice(-2000)}`);
  return output;
}

describeWithNeo4j("moving the graph to Neo4j", (primary) => {
  const pool = useNeo4jPool(primary);
  const releases: (() => void)[] = [];
  let memory: GraphStore;
  let exported: GraphExport;
  let dir: string;
  beforeAll(async () => {
    memory = await createMemoryStore();
    await fillStore(memory);
    exported = parseExport(JSON.parse(JSON.stringify(await exportGraph(memory))), "test");
    dir = await mkdtemp(join(tmpdir(), "diplograph-neo4j-import-"));
  }, 120_000);
  afterAll(async () => {
    releases.forEach((release) => release());
    await memory?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("imports the JSON export into Neo4j, which exports it again unchanged", async () => {
    const slot = await pool.acquire();
    releases.push(slot.release);
    const neo4j = await createNeo4jStore(slot.connection);
    try {
      await importGraph(neo4j, exported);
      expect(await exportGraph(neo4j)).toEqual(exported);
      expect(await bilateralOf(neo4j, "IR", "AZ")).toEqual(await bilateralOf(memory, "IR", "AZ"));
    } finally {
      await neo4j.close();
    }
  }, 300_000);

  it("loads the CSV set with neo4j-admin database import into a database the store answers from", async () => {
    const prepared = await prepareNeo4j();
    if (!prepared.ok) throw new Error(prepared.reason);
    const csvDir = join(dir, "csv");
    const home = join(dir, "home");
    await mkdir(csvDir, { recursive: true });
    await mkdir(home, { recursive: true });
    const { files, args } = toNeo4jCsv(exported);
    for (const [name, text] of files) await writeFile(join(csvDir, name), text);
    const log = await neo4jAdmin(prepared.classpath, home, csvDir, args);
    expect(log).toContain("IMPORT DONE");

    const server = await startNeo4j({ dataDir: home, keepData: false });
    try {
      const imported = await createNeo4jStore({
        uri: server.uri,
        user: server.user,
        password: server.password,
        database: server.database,
      });
      try {
        expect(await imported.counts()).toEqual(await memory.counts());
        const answer = await bilateralOf(imported, "IR", "AZ");
        expect(answer).toEqual(await bilateralOf(memory, "IR", "AZ"));
        expect((answer as { bilateral: { events: unknown[] } }).bilateral.events.length).toBeGreaterThan(0);
        expect(await exportGraph(imported)).toEqual(exported);
      } finally {
        await imported.close();
      }
    } finally {
      await server.stop();
    }
  }, 600_000);
});

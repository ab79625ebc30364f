// CI and developer entry point: fetch Neo4j and build the launcher before the tests (`npx tsx tests/neo4j/prepare.ts`).
// With --smoke it also starts Neo4j once, runs nothing, stops it, and prints how long the start took.
import { prepareNeo4j, startNeo4j } from "./launcher.ts";

async function main(): Promise<number> {
  const startedAt = Date.now();
  const prepared = await prepareNeo4j();
  if (!prepared.ok) {
    process.stderr.write(`neo4j: prepare failed: ${prepared.reason}\n`);
    return 1;
  }
  process.stderr.write(`neo4j: launcher ready (${((Date.now() - startedAt) / 1000).toFixed(1)} s)\n`);
  if (process.argv.includes("--smoke")) {
    const launchedAt = Date.now();
    const server = await startNeo4j();
    const startSeconds = (Date.now() - launchedAt) / 1000;
    const stoppedAt = Date.now();
    await server.stop();
    const stopSeconds = (Date.now() - stoppedAt) / 1000;
    process.stderr.write(
      `neo4j: smoke ok: ${server.uri} ready in ${startSeconds.toFixed(1)} s, stopped in ${stopSeconds.toFixed(1)} s\n`,
    );
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`neo4j: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

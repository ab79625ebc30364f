// vitest globalSetup: one Neo4j for the whole run, published to the test forks through environment variables.
import { createServer, type Server } from "node:http";
import { createServer as createNetServer } from "node:net";
import {
  DEFAULT_NEO4J_PASSWORD,
  DEFAULT_NEO4J_USER,
  prepareNeo4j,
  startNeo4j,
  type Neo4jServer,
} from "./launcher.ts";
import { NEO4J_TEST_VARS } from "./neo4j-env.ts";

/*
 * Why environment variables and not provide()/inject(): vitest builds each fork's env from process.env when
 * the run starts, after globalSetup, so the forks inherit them; non-vitest code can read them too.
 *
 * Why lazily outside CI: this is a shared 2-core machine, and a JVM boot costs 5–20 s of both cores, which
 * every `vitest run some.test.ts` would pay for nothing. So the port is chosen and published now, and the
 * first ensureNeo4j() in any fork asks this process (over a loopback HTTP endpoint) to start Neo4j on it.
 * With CI=true (or NEO4J_TEST=eager) Neo4j starts here, before any test, and a failure throws.
 *
 * Outcomes:
 * - NEO4J_TEST_URI already set (with USER and PASSWORD): use that Neo4j, start nothing.
 * - Java or Maven missing, or the build failing: print the reason and set NEO4J_TEST_UNAVAILABLE, so the
 *   Neo4j suites skip with it; but with CI=true throw, because CI must never skip them.
 * - NEO4J_TEST=off: skip on purpose; refused in CI.
 */

const isCI = process.env.CI === "true";

function log(message: string): void {
  process.stderr.write(`neo4j: ${message}\n`);
}

function unavailable(reason: string): () => Promise<void> {
  if (isCI)
    throw new Error(`tests/neo4j/global-setup: Neo4j is required in CI (CI=true) but unavailable: ${reason}`);
  log(`Neo4j suites will be SKIPPED: ${reason}`);
  process.env[NEO4J_TEST_VARS.unavailable] = reason;
  return async () => {
    delete process.env[NEO4J_TEST_VARS.unavailable];
  };
}

/** A port free right now; the launcher fails with a clear "in use" error in the unlikely case it is taken. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (typeof address === "object" && address) resolve(address.port);
      else reject(new Error("control endpoint has no port"));
    });
  });
}

export default async function setup(): Promise<() => Promise<void>> {
  if (process.env[NEO4J_TEST_VARS.uri]) {
    if (!process.env[NEO4J_TEST_VARS.user] || !process.env[NEO4J_TEST_VARS.password]) {
      return unavailable(
        `${NEO4J_TEST_VARS.uri} is set but ${NEO4J_TEST_VARS.user} or ${NEO4J_TEST_VARS.password} is not`,
      );
    }
    log(`using the Neo4j at ${process.env[NEO4J_TEST_VARS.uri]} (${NEO4J_TEST_VARS.uri} was set)`);
    return async () => undefined;
  }
  if (process.env.NEO4J_TEST === "off") return unavailable("disabled by NEO4J_TEST=off");

  const prepared = await prepareNeo4j();
  if (!prepared.ok) return unavailable(prepared.reason);

  const port = await freePort();
  let starting: Promise<Neo4jServer> | undefined;
  const ensure = (): Promise<Neo4jServer> => {
    if (!starting) {
      const startedAt = Date.now();
      log(`starting Neo4j 5.26 on bolt://127.0.0.1:${port}`);
      starting = startNeo4j({ port });
      starting.then(
        (server) => log(`Neo4j ready at ${server.uri} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`),
        (error: unknown) =>
          log(`Neo4j failed to start: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
    return starting;
  };

  process.env[NEO4J_TEST_VARS.uri] = `bolt://127.0.0.1:${port}`;
  process.env[NEO4J_TEST_VARS.user] = DEFAULT_NEO4J_USER;
  process.env[NEO4J_TEST_VARS.password] = DEFAULT_NEO4J_PASSWORD;
  const published = Object.values(NEO4J_TEST_VARS);

  let control: Server | undefined;
  if (isCI || process.env.NEO4J_TEST === "eager") {
    await ensure(); // throws: CI fails here rather than skipping
  } else {
    control = createServer((request, response) => {
      ensure().then(
        () => response.end("ready"),
        (error: unknown) => {
          response.statusCode = 503;
          response.end(error instanceof Error ? error.message : String(error));
        },
      );
    });
    process.env[NEO4J_TEST_VARS.control] = `http://127.0.0.1:${await listen(control)}/`;
  }

  return async () => {
    for (const name of published) delete process.env[name];
    control?.closeAllConnections();
    control?.close();
    const server = await starting?.catch(() => undefined);
    await server?.stop();
  };
}

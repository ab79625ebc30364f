// Reads the Neo4j connection that global-setup.ts published for this test run, and waits for it to be up.

/** The environment variables global-setup.ts sets; the forks vitest spawns afterwards inherit them. */
export const NEO4J_TEST_VARS = {
  uri: "NEO4J_TEST_URI",
  user: "NEO4J_TEST_USER",
  password: "NEO4J_TEST_PASSWORD",
  unavailable: "NEO4J_TEST_UNAVAILABLE",
  /** Where ensureNeo4j() asks the vitest main process to start Neo4j (absent: already started). */
  control: "NEO4J_TEST_CONTROL",
} as const;

export interface Neo4jTestConnection {
  uri: string;
  user: string;
  password: string;
  database: "neo4j";
}

export type Neo4jTestEnv = Neo4jTestConnection | { unavailable: string };

/** Thrown by ensureNeo4j(); assert on the class, not the message. */
export class Neo4jUnavailableError extends Error {
  override name = "Neo4jUnavailableError";
}

/** Narrows a Neo4jTestEnv; `"unavailable" in env` works too. */
export function isNeo4jAvailable(env: Neo4jTestEnv): env is Neo4jTestConnection {
  return !("unavailable" in env);
}

/**
 * The run's connection, known synchronously (for describe-time skips), or why there is none.
 * Locally Neo4j starts only when a suite first needs it: call ensureNeo4j() (describeWithNeo4j does)
 * before connecting. In CI it is already up when the tests start.
 */
export function neo4jTestEnv(env: NodeJS.ProcessEnv = process.env): Neo4jTestEnv {
  const unavailable = env[NEO4J_TEST_VARS.unavailable];
  if (unavailable) return { unavailable };
  const uri = env[NEO4J_TEST_VARS.uri];
  const user = env[NEO4J_TEST_VARS.user];
  const password = env[NEO4J_TEST_VARS.password];
  if (!uri || !user || !password) {
    return {
      unavailable: `${NEO4J_TEST_VARS.uri}, ${NEO4J_TEST_VARS.user} and ${NEO4J_TEST_VARS.password} are not all set (run through vitest.config.ts, whose globalSetup provides Neo4j)`,
    };
  }
  return { uri, user, password, database: "neo4j" };
}

/** Resolves once the run's Neo4j accepts Bolt connections, starting it on first use. */
export async function ensureNeo4j(env: NodeJS.ProcessEnv = process.env): Promise<Neo4jTestConnection> {
  const connection = neo4jTestEnv(env);
  if (!isNeo4jAvailable(connection)) {
    throw new Neo4jUnavailableError(`tests/neo4j: Neo4j unavailable: ${connection.unavailable}`);
  }
  const control = env[NEO4J_TEST_VARS.control];
  if (control) {
    const response = await fetch(control, { method: "POST" });
    const body = await response.text();
    if (!response.ok) throw new Neo4jUnavailableError(`tests/neo4j: Neo4j failed to start: ${body}`);
  }
  return connection;
}

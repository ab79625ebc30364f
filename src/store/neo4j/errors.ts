// Driver failures in the project's error family: Neo4j gone or busy is a retriable StoreUnavailableError naming
// the URI; refused credentials or an unknown database are configuration mistakes, said as such.
import { Neo4jError } from "neo4j-driver";
import {
  InvalidInputError,
  StoreUnavailableError,
  isDiplographError,
  messageOf,
} from "../../domain/errors.ts";

/** Codes the driver or server gives when the database cannot serve now but may later. */
const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired", "Neo.ClientError.Cluster.NotALeader"]);

export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return (
    UNAVAILABLE.has(error.code) ||
    error.code.startsWith("Neo.TransientError.") ||
    error.retryable ||
    // The server is there but its database is stopping or starting (a restart under us).
    error.code === "Neo.ClientError.Database.DatabaseUnavailable"
  );
}

/** A mistake in NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE: retrying cannot help. */
export function configurationError(
  error: unknown,
  uri: string,
  user: string,
  database: string,
): Error | null {
  if (!(error instanceof Neo4jError)) return null;
  if (error.code.startsWith("Neo.ClientError.Security.")) {
    return new InvalidInputError(
      `store/neo4j: Neo4j at ${uri} refused user "${user}" (${error.code}): check NEO4J_USER and NEO4J_PASSWORD`,
      { cause: error },
    );
  }
  if (error.code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new InvalidInputError(
      `store/neo4j: Neo4j at ${uri} has no database "${database}": check NEO4J_DATABASE`,
      { cause: error },
    );
  }
  return null;
}

/** What a failed call throws: our own errors as they are, unavailability as StoreUnavailableError, the rest wrapped. */
export function storeError(error: unknown, where: string, uri: string): Error {
  if (isDiplographError(error)) return error;
  if (isUnavailable(error)) {
    return new StoreUnavailableError(`${where}: Neo4j at ${uri} is unavailable: ${messageOf(error)}`, {
      cause: error,
    });
  }
  return new Error(`${where}: Neo4j at ${uri} failed: ${messageOf(error)}`, { cause: error });
}

// Opens the driver and waits for Neo4j: bounded retries with exponential backoff, then an error naming the URI.
import { setTimeout as sleep } from "node:timers/promises";
import neo4j, { type Driver } from "neo4j-driver";
import { StoreUnavailableError, messageOf } from "../../domain/errors.ts";
import { configurationError, isUnavailable } from "./errors.ts";

/** Where the graph lives: the fields of StoreConfig's neo4j variant (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE). */
export interface Neo4jConfig {
  /** bolt:// for one server, neo4j:// for a cluster (the driver routes reads and writes), +s/+ssc for TLS. */
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface Neo4jStoreOptions {
  /** Attempts to reach Neo4j when the store opens. Default 8. */
  connectAttempts?: number;
  /** Wait before the second attempt; doubled after each failure up to maxRetryDelayMs. Default 250 ms. */
  retryDelayMs?: number;
  /** Longest wait between two attempts. Default 4000 ms (8 attempts wait about 16 s in all). */
  maxRetryDelayMs?: number;
  /**
   * How long the driver keeps retrying one transaction on transient failures before the call fails with
   * StoreUnavailableError. Default 5000 ms: long enough for a leader switch, short enough for an API request.
   */
  transactionRetryMs?: number;
  /** TCP connect timeout. Default 5000 ms. */
  connectionTimeoutMs?: number;
  /** Connections kept per server. Default 50. */
  maxConnectionPoolSize?: number;
  /** Where progress goes (a failed connection attempt). Default console.warn. */
  warn?: (message: string) => void;
}

export type ResolvedOptions = Required<Neo4jStoreOptions>;

export function resolveOptions(options: Neo4jStoreOptions): ResolvedOptions {
  const positive = (value: number | undefined, fallback: number, name: string, min: number): number => {
    const v = value ?? fallback;
    if (!Number.isInteger(v) || v < min)
      throw new RangeError(`store/neo4j: ${name} must be an integer >= ${min}`);
    return v;
  };
  return {
    connectAttempts: positive(options.connectAttempts, 8, "connectAttempts", 1),
    retryDelayMs: positive(options.retryDelayMs, 250, "retryDelayMs", 0),
    maxRetryDelayMs: positive(options.maxRetryDelayMs, 4000, "maxRetryDelayMs", 0),
    transactionRetryMs: positive(options.transactionRetryMs, 5000, "transactionRetryMs", 0),
    connectionTimeoutMs: positive(options.connectionTimeoutMs, 5000, "connectionTimeoutMs", 1),
    maxConnectionPoolSize: positive(options.maxConnectionPoolSize, 50, "maxConnectionPoolSize", 1),
    warn: options.warn ?? ((message: string) => console.warn(message)),
  };
}

/** A driver that has reached Neo4j once; the caller owns it. */
export async function connect(config: Neo4jConfig, options: ResolvedOptions): Promise<Driver> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    maxTransactionRetryTime: options.transactionRetryMs,
    connectionTimeout: options.connectionTimeoutMs,
    // A pool that cannot give a connection in this time means Neo4j is not answering: fail rather than queue.
    connectionAcquisitionTimeout: options.connectionTimeoutMs + options.transactionRetryMs,
    maxConnectionPoolSize: options.maxConnectionPoolSize,
    userAgent: "diplograph",
  });
  const started = Date.now();
  let delay = options.retryDelayMs;
  let last: unknown;
  for (let attempt = 1; attempt <= options.connectAttempts; attempt++) {
    try {
      await driver.verifyConnectivity({ database: config.database });
      return driver;
    } catch (error) {
      last = error;
      const mistake = configurationError(error, config.uri, config.user, config.database);
      if (mistake !== null || !isUnavailable(error)) {
        await driver.close();
        throw mistake ?? error;
      }
      if (attempt === options.connectAttempts) break;
      options.warn(
        `store/neo4j: Neo4j at ${config.uri} not reachable (attempt ${attempt} of ${options.connectAttempts}, ` +
          `next in ${delay} ms): ${messageOf(error)}`,
      );
      await sleep(delay);
      delay = Math.min(delay * 2, options.maxRetryDelayMs);
    }
  }
  await driver.close();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  throw new StoreUnavailableError(
    `store/neo4j: cannot reach Neo4j at ${config.uri} (database "${config.database}") after ` +
      `${options.connectAttempts} attempts over ${seconds} s: ${messageOf(last)}`,
    { cause: last },
  );
}

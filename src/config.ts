// The environment, read and checked in one place: every setting diplograph takes, with its default.
import { z } from "zod/v4";
import { InvalidInputError } from "./domain/errors.ts";
import { DEFAULT_MAX_ARTICLE_BYTES, defaultMaxBodyBytes } from "./domain/limits.ts";

/**
 * HOST defaults to 127.0.0.1: a fresh install serves only this machine, and nothing (mutations aside) is
 * exposed by accident. Set HOST=0.0.0.0 to serve others (the Docker image does).
 * Development features (unmasked errors, stack traces) only when NODE_ENV=development.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DIPLOGRAPH_DATA_DIR: z.string().min(1).default("./data"),
  GRAPH_STORE: z.enum(["memory", "neo4j"]).default("memory"),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, "a bolt:// or neo4j:// URI")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  DIPLOGRAPH_TOKEN: z.string().min(16, "at least 16 characters").optional(),
  DIPLOGRAPH_READ_TOKEN: z.string().min(16, "at least 16 characters").optional(),
  DIPLOGRAPH_CORS_ORIGINS: z.string().default(""),
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  DIPLOGRAPH_MAX_ARTICLE_BYTES: z.coerce.number().int().min(1024).default(DEFAULT_MAX_ARTICLE_BYTES),
  // Default: room for the largest article (see defaultMaxBodyBytes).
  DIPLOGRAPH_MAX_BODY_BYTES: z.coerce.number().int().min(1024).optional(),
  DIPLOGRAPH_TIMEOUT_MS: z.coerce.number().int().min(10).default(10_000),
  DIPLOGRAPH_MAX_DEPTH: z.coerce.number().int().min(2).max(64).default(10),
  DIPLOGRAPH_MAX_COST: z.coerce.number().int().min(10).default(20_000),
});

/** Every environment variable diplograph reads (for checks such as the Docker Compose test: no second list to keep). */
export const ENV_NAMES: readonly string[] = Object.keys(envSchema.shape);

export type StoreConfig =
  | { kind: "memory"; dataDir: string }
  | { kind: "neo4j"; uri: string; user: string; password: string; database: string };

export interface ApiLimits {
  /** Largest article text in UTF-8 bytes, for every door (files, ingestArticle). */
  maxArticleBytes: number;
  /** Largest request body in bytes (413 beyond). */
  maxBodyBytes: number;
  /** Time a request may take, in milliseconds. */
  timeoutMs: number;
  /** Deepest field nesting. */
  maxDepth: number;
  /** Highest estimated query cost. */
  maxCost: number;
}

export interface Config {
  port: number;
  host: string;
  store: StoreConfig;
  /** Bearer token for mutations; null refuses every mutation. */
  token: string | null;
  /** Bearer token for reads; null leaves reads open. */
  readToken: string | null;
  /** Origins allowed by CORS; ["*"] allows any; [] sends no CORS headers (same origin only). */
  corsOrigins: string[];
  mode: "development" | "production" | "test";
  limits: ApiLimits;
}

function parseOrigins(raw: string): string[] {
  const origins = raw
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
  for (const origin of origins) {
    if (origin !== "*" && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new InvalidInputError(
        `config: DIPLOGRAPH_CORS_ORIGINS: "${origin}" is not an origin like https://example.org (or *)`,
      );
    }
  }
  return origins;
}

/** Reads the configuration from an environment (process.env by default); names the first bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? "environment");
    throw new InvalidInputError(`config: ${name}: ${issue?.message ?? "invalid"}`);
  }
  const e = parsed.data;
  let store: StoreConfig = { kind: "memory", dataDir: e.DIPLOGRAPH_DATA_DIR };
  if (e.GRAPH_STORE === "neo4j") {
    if (e.NEO4J_URI === undefined)
      throw new InvalidInputError("config: NEO4J_URI: required when GRAPH_STORE=neo4j");
    if (e.NEO4J_PASSWORD === undefined) {
      throw new InvalidInputError("config: NEO4J_PASSWORD: required when GRAPH_STORE=neo4j");
    }
    store = {
      kind: "neo4j",
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
    };
  }
  return {
    port: e.PORT,
    host: e.HOST,
    store,
    token: e.DIPLOGRAPH_TOKEN ?? null,
    readToken: e.DIPLOGRAPH_READ_TOKEN ?? null,
    corsOrigins: parseOrigins(e.DIPLOGRAPH_CORS_ORIGINS),
    mode: e.NODE_ENV,
    limits: {
      maxArticleBytes: e.DIPLOGRAPH_MAX_ARTICLE_BYTES,
      maxBodyBytes: e.DIPLOGRAPH_MAX_BODY_BYTES ?? defaultMaxBodyBytes(e.DIPLOGRAPH_MAX_ARTICLE_BYTES),
      timeoutMs: e.DIPLOGRAPH_TIMEOUT_MS,
      maxDepth: e.DIPLOGRAPH_MAX_DEPTH,
      maxCost: e.DIPLOGRAPH_MAX_COST,
    },
  };
}

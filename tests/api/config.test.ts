// The environment parsed in one place: defaults, and errors that name the bad variable.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { InvalidInputError } from "../../src/domain/errors.ts";

describe("loadConfig", () => {
  it("has defaults for everything", () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: "127.0.0.1",
      store: { kind: "memory", dataDir: "./data" },
      token: null,
      readToken: null,
      corsOrigins: [],
      mode: "production",
      limits: {
        maxArticleBytes: 1_048_576,
        maxBodyBytes: 1_179_648,
        timeoutMs: 10_000,
        maxDepth: 10,
        maxCost: 20_000,
      },
    });
  });
  it("reads every variable", () => {
    const config = loadConfig({
      PORT: "8080",
      HOST: "0.0.0.0",
      GRAPH_STORE: "neo4j",
      NEO4J_URI: "bolt://localhost:7687",
      NEO4J_PASSWORD: "pw",
      NEO4J_DATABASE: "graph",
      DIPLOGRAPH_TOKEN: "a-long-enough-token-1234",
      DIPLOGRAPH_CORS_ORIGINS: "https://a.example, http://localhost:3000",
      NODE_ENV: "development",
    });
    expect(config).toMatchObject({
      port: 8080,
      host: "0.0.0.0",
      store: {
        kind: "neo4j",
        uri: "bolt://localhost:7687",
        user: "neo4j",
        password: "pw",
        database: "graph",
      },
      token: "a-long-enough-token-1234",
      corsOrigins: ["https://a.example", "http://localhost:3000"],
      mode: "development",
    });
  });
  it("treats an empty variable as unset", () => {
    expect(loadConfig({ PORT: "", DIPLOGRAPH_TOKEN: "" })).toMatchObject({ port: 4000, token: null });
  });
  it.each([
    ["PORT", { PORT: "abc" }],
    ["PORT", { PORT: "70000" }],
    ["GRAPH_STORE", { GRAPH_STORE: "sqlite" }],
    ["NEO4J_URI", { GRAPH_STORE: "neo4j", NEO4J_PASSWORD: "pw" }],
    ["NEO4J_URI", { NEO4J_URI: "http://localhost" }],
    ["NEO4J_PASSWORD", { GRAPH_STORE: "neo4j", NEO4J_URI: "neo4j://db:7687" }],
    ["DIPLOGRAPH_TOKEN", { DIPLOGRAPH_TOKEN: "short" }],
    ["DIPLOGRAPH_CORS_ORIGINS", { DIPLOGRAPH_CORS_ORIGINS: "not an origin" }],
    ["NODE_ENV", { NODE_ENV: "staging" }],
    ["DIPLOGRAPH_TIMEOUT_MS", { DIPLOGRAPH_TIMEOUT_MS: "0" }],
  ])("names %s when it is bad", (name, env) => {
    let caught: unknown;
    try {
      loadConfig(env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect(caught instanceof Error ? caught.message : "").toMatch(new RegExp(`^config: ${name}:`));
  });
});

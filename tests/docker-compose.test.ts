// docker-compose.yml cannot run here (no Docker): parse it, and check that it means what the README says.
// Every variable it gives the API is one src/config.ts reads, and the configuration it makes loads.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod/v4";
import { ENV_NAMES, loadConfig } from "../src/config.ts";

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const text = readFileSync(root("docker-compose.yml"), "utf8");

const environment = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String));
const compose = z.object({
  services: z.object({
    neo4j: z.object({
      image: z.string(),
      environment,
      volumes: z.array(z.string()),
      healthcheck: z.object({ test: z.array(z.string()).min(2), interval: z.string(), retries: z.number() }),
    }),
    api: z.object({
      build: z.union([z.string(), z.object({ context: z.string() })]),
      environment,
      depends_on: z.object({ neo4j: z.object({ condition: z.literal("service_healthy") }) }),
      command: z.array(z.string()),
      ports: z.array(z.string()),
    }),
  }),
  volumes: z.record(z.string(), z.unknown().nullable()),
});
const file = compose.parse(parse(text));
const { neo4j, api } = file.services;

/** Compose's interpolation, for the forms the file uses: ${VAR}, ${VAR:-default}, ${VAR:?error}, and $$. */
function interpolate(value: string, env: Record<string, string | undefined>): string {
  return value.replace(
    /\$\$|\$\{(\w+)(?:(:-|:\?)([^}]*))?\}/g,
    (match, name?: string, op?: string, arg?: string) => {
      if (match === "$$") return "$";
      const set = env[name ?? ""];
      if (set !== undefined && set !== "") return set;
      if (op === ":?") throw new Error(`compose: ${name ?? ""}: ${arg ?? "required"}`);
      return op === ":-" ? (arg ?? "") : "";
    },
  );
}

const USER_ENV = { NEO4J_PASSWORD: "a-password-for-tests", DIPLOGRAPH_TOKEN: "a-token-of-sixteen-chars" };

describe("docker-compose.yml", () => {
  it("runs Neo4j 5.26 Community with a named volume for its data and a health check", () => {
    expect(neo4j.image).toBe("neo4j:5.26-community");
    const data = neo4j.volumes.find((v) => v.endsWith(":/data"));
    expect(data).toBeDefined();
    expect(Object.keys(file.volumes)).toContain(data?.split(":")[0]);
    expect(neo4j.healthcheck.test[0]).toMatch(/^CMD(-SHELL)?$/);
    expect(neo4j.healthcheck.test.slice(1).join(" ")).toMatch(/cypher-shell|wget|curl/);
  });

  it("takes the password from the environment, with no default, and fails clearly without it", () => {
    for (const value of [neo4j.environment.NEO4J_AUTH, api.environment.NEO4J_PASSWORD]) {
      expect(value).toMatch(/\$\{NEO4J_PASSWORD:\?[^}]+\}/);
      expect(() => interpolate(value ?? "", {})).toThrow(/NEO4J_PASSWORD/);
    }
    expect(interpolate(neo4j.environment.NEO4J_AUTH ?? "", USER_ENV)).toBe(
      `neo4j/${USER_ENV.NEO4J_PASSWORD}`,
    );
  });

  it("gives the API only variables that src/config.ts reads", () => {
    const names = Object.keys(api.environment);
    expect(names.filter((name) => !ENV_NAMES.includes(name))).toEqual([]);
    for (const name of [
      "GRAPH_STORE",
      "NEO4J_URI",
      "NEO4J_USER",
      "NEO4J_PASSWORD",
      "NEO4J_DATABASE",
      "HOST",
      "PORT",
    ]) {
      expect(names).toContain(name);
    }
  });

  it("configures the API for the Neo4j service, and that configuration loads", () => {
    const env = Object.fromEntries(
      Object.entries(api.environment).map(([name, value]) => [name, interpolate(value, USER_ENV)]),
    );
    const config = loadConfig(env);
    expect(config.store).toEqual({
      kind: "neo4j",
      uri: "bolt://neo4j:7687",
      user: "neo4j",
      password: USER_ENV.NEO4J_PASSWORD,
      database: "neo4j",
    });
    expect(config.host).toBe("0.0.0.0");
    expect(config.token).toBe(USER_ENV.DIPLOGRAPH_TOKEN);
    // The API's user is the one NEO4J_AUTH creates.
    expect(interpolate(neo4j.environment.NEO4J_AUTH ?? "", USER_ENV).split("/")[0]).toBe(
      config.store.kind === "neo4j" ? config.store.user : "",
    );
    expect(api.ports.some((p) => p.endsWith(`:${config.port}`))).toBe(true);
  });

  it("builds the API from the Dockerfile, once Neo4j is healthy, and serves (seeding when empty)", () => {
    expect(typeof api.build === "string" ? api.build : api.build.context).toBe(".");
    expect(existsSync(root("Dockerfile"))).toBe(true);
    expect(api.command).toEqual(["node", "src/bin.js", "serve"]);
    const dockerfile = readFileSync(root("Dockerfile"), "utf8");
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toMatch(/npm ci/);
    expect(dockerfile).toContain('CMD ["npx", "diplograph", "serve"]');
  });
});

describe("docker-compose.yml and the README", () => {
  it("agree: each variable the compose file gives the API is in the README's table, and so is its port", () => {
    const readme = readFileSync(root("README.md"), "utf8");
    for (const name of Object.keys(api.environment))
      expect(readme).toMatch(new RegExp(`^\\| \`${name}\``, "m"));
    expect(readme).toContain("http://localhost:4000/graphql");
    expect(api.ports.some((p) => p.endsWith(":4000"))).toBe(true);
  });
});

/** `docker compose` (the plugin) or `docker-compose`, when this machine has one. */
function composeCommand(): string[] | null {
  for (const command of [["docker", "compose"], ["docker-compose"]]) {
    const [bin = "", ...args] = command;
    if (spawnSync(bin, [...args, "version"], { stdio: "ignore" }).status === 0) return command;
  }
  return null;
}
const composeCli = composeCommand();

describe.runIf(composeCli !== null)("docker compose config (where a Docker Compose client exists)", () => {
  it("validates docker-compose.yml, and the API's environment and port are the ones the README lists", () => {
    const [bin = "", ...args] = composeCli ?? [];
    const run = spawnSync(bin, [...args, "-f", root("docker-compose.yml"), "config", "--format", "json"], {
      env: { ...process.env, ...USER_ENV },
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const config = JSON.parse(run.stdout) as {
      services: {
        api: { environment: Record<string, string>; ports: { published: string; target: number }[] };
      };
    };
    const readme = readFileSync(root("README.md"), "utf8");
    for (const name of Object.keys(config.services.api.environment)) expect(readme).toContain(`\`${name}\``);
    expect(config.services.api.ports[0]?.target).toBe(4000);
  });
});

// The command line as a user meets it: one-line errors, documented exit codes (2 bad input, 1 failure), stacks
// only with --debug, a hint when a server holds the store, `stats` naming its store, a busy port, a closed pipe.
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, childEnv, run, startServer, tempDir } from "./processes.ts";

let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  dir = await tempDir();
  env = { DIPLOGRAPH_DATA_DIR: dir };
});

/** One line on stderr, no stack frame ("    at …"). */
function expectOneLine(stderr: string): void {
  const lines = stderr.trim().split("\n");
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe("exit codes and messages", () => {
  it("bad JSON in --variables: exit 2, one line naming the option", async () => {
    const done = await run(["query", "{ stats { persons } }", "--variables", "{bad"], env);
    expect(done.code).toBe(2);
    expectOneLine(done.stderr);
    expect(done.stderr).toMatch(/--variables is not valid JSON/);
  });
  it("a missing file: exit 2, one line naming the path", async () => {
    const done = await run(["extract", join(dir, "missing.txt")], env);
    expect(done.code).toBe(2);
    expectOneLine(done.stderr);
    expect(done.stderr).toContain("missing.txt");
  });
  it("a command's --help prints the usage and exits 0 (it is no unknown option)", async () => {
    const done = await run(["eval", "--help"], env);
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/diplograph eval DIR/);
    expect(done.stderr).toBe("");
  });
  it("an unknown option: exit 2", async () => {
    const done = await run(["stats", "--frobnicate"], env);
    expect(done.code).toBe(2);
    expectOneLine(done.stderr);
  });
  it("--debug adds the stack trace", async () => {
    const done = await run(["extract", join(dir, "missing.txt"), "--debug"], env);
    expect(done.code).toBe(2);
    expect(done.stderr).toMatch(/^\s+at /m);
  });
  it("a query answered with errors exits 1 and prints the errors", async () => {
    const done = await run(["query", "{ nothing }"], env);
    expect(done.code).toBe(1);
    const body = JSON.parse(done.stdout) as { errors?: unknown[] };
    expect(body.errors?.length).toBeGreaterThan(0);
  });
  it("a bad configuration exits 2 naming the variable", async () => {
    const done = await run(["stats"], { ...env, GRAPH_STORE: "sqlite" });
    expect(done.code).toBe(2);
    expectOneLine(done.stderr);
    expect(done.stderr).toContain("GRAPH_STORE");
  });
  it("stats names the store it read", async () => {
    const done = await run(["stats"], env);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ store: `embedded store in ${dir}`, articles: 0 });
  });
});

describe("a closed pipe", () => {
  it("export into a reader that stops early: no stack, exit 0, the store closed", async () => {
    const pipeDir = await tempDir();
    // Enough of a graph that the export is larger than a pipe buffer.
    const article = join(pipeDir, "a.en.txt");
    await writeFile(
      article,
      "Omani Foreign Minister Talvek Sulran met his Jordanian counterpart Mirdor Qesnor in Amman on Monday. ".repeat(
        400,
      ),
    );
    expect((await run(["seed", pipeDir], { DIPLOGRAPH_DATA_DIR: pipeDir })).code).toBe(0);
    const child = spawn(process.execPath, [BIN, "export"], {
      env: childEnv({ DIPLOGRAPH_DATA_DIR: pipeDir }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).not.toMatch(/EPIPE|^\s+at /m);
    expect(code).toBe(0);
    expect(existsSync(join(pipeDir, "LOCK"))).toBe(false);
  }, 60_000);
});

describe("a running server", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer(dir);
  }, 60_000);
  afterAll(async () => {
    server.child.kill("SIGTERM");
    await server.exited;
  });

  it("a command on its store says to use the API or stop the server (exit 1)", async () => {
    const done = await run(["stats"], { ...env, PORT: String(server.port) });
    expect(done.code).toBe(1);
    expectOneLine(done.stderr);
    expect(done.stderr).toContain(`in use by process ${server.child.pid}`);
    expect(done.stderr).toContain(`use its GraphQL API (http://127.0.0.1:${server.port}/graphql)`);
  });
  it("a second server on its port fails with one line, exit 1, and leaves no LOCK in its own folder", async () => {
    const other = await tempDir();
    const done = await run(["serve", "--no-seed"], { DIPLOGRAPH_DATA_DIR: other, PORT: String(server.port) });
    expect(done.code).toBe(1);
    expect(done.stderr).toMatch(/cannot listen on 127\.0\.0\.1:\d+: it is already in use/);
    expect(done.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(other, "LOCK"))).toBe(false);
  });
});

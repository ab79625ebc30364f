// The generated resolver types must match schema/*.graphql: `npm run codegen:check` fails when they are stale.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("codegen", () => {
  it("src/api/generated/graphql.ts is up to date with schema/*.graphql", async () => {
    const result = await run("npm", ["run", "--silent", "codegen:check"], { timeout: 120_000 }).then(
      () => ({ ok: true, output: "" }),
      (error: unknown) => ({ ok: false, output: String((error as { stdout?: unknown }).stdout ?? error) }),
    );
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  }, 120_000);
});

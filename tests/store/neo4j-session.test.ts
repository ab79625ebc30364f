// The runner's lone statements (Runner.once): one statement per call, retried on the failures the driver
// itself retries, for no longer than the store's retry time. A fake driver stands in for Neo4j, so the test
// can fail the first attempts on purpose.
import { Neo4jError, type Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { InvalidInputError, StoreUnavailableError } from "../../src/domain/errors.ts";
import { createRunner, rows } from "../../src/store/neo4j/session.ts";

/** A driver whose sessions answer `run` with `answers` in turn (an Error is thrown), counting what happened. */
function fakeDriver(answers: (Error | string)[]) {
  const seen = { sessions: 0, closed: 0, runs: 0, modes: [] as string[] };
  const driver = {
    session(config: { defaultAccessMode: string }) {
      seen.sessions += 1;
      seen.modes.push(config.defaultAccessMode);
      return {
        run(query: string) {
          seen.runs += 1;
          const answer = answers.shift() ?? "no answer left";
          if (answer instanceof Error) return Promise.reject(answer);
          return Promise.resolve({ records: [{ query, answer }] });
        },
        close() {
          seen.closed += 1;
          return Promise.resolve();
        },
      };
    },
  } as unknown as Driver;
  return { driver, seen };
}

const unavailable = () => new Neo4jError("connection reset", "ServiceUnavailable", "08000", "");
const syntax = () => new Neo4jError("bad query", "Neo.ClientError.Statement.SyntaxError", "42000", "");

describe("Runner.once: one statement, alone", () => {
  it("runs the statement in a read session and closes it", async () => {
    const { driver, seen } = fakeDriver(["ok"]);
    const runner = createRunner(driver, "neo4j", "bolt://fake", 1000);
    const records = await runner.once("test", (one) => rows(one, "RETURN 1"));
    expect(records).toEqual([{ query: "RETURN 1", answer: "ok" }]);
    expect(seen).toEqual({ sessions: 1, closed: 1, runs: 1, modes: ["READ"] });
  });

  it("retries on unavailability, in a new session each time", async () => {
    const { driver, seen } = fakeDriver([unavailable(), unavailable(), "ok"]);
    const runner = createRunner(driver, "neo4j", "bolt://fake", 5000);
    const records = await runner.once("test", (one) => rows(one, "RETURN 1"));
    expect(records[0]).toMatchObject({ answer: "ok" });
    expect(seen.sessions).toBe(3);
    expect(seen.closed).toBe(3);
  });

  it("gives up after the retry time with StoreUnavailableError naming the server", async () => {
    const { driver, seen } = fakeDriver(Array.from({ length: 100 }, unavailable));
    const runner = createRunner(driver, "neo4j", "bolt://fake", 120);
    const failed = runner.once("store/neo4j: getEntity", (one) => rows(one, "RETURN 1"));
    await expect(failed).rejects.toThrow(StoreUnavailableError);
    await expect(failed).rejects.toThrow(/getEntity: Neo4j at bolt:\/\/fake is unavailable/);
    expect(seen.runs).toBeGreaterThan(1);
    expect(seen.runs).toBeLessThan(10);
  });

  it("does not retry a failure that retrying cannot mend", async () => {
    const { driver, seen } = fakeDriver([syntax(), "ok"]);
    const runner = createRunner(driver, "neo4j", "bolt://fake", 5000);
    await expect(runner.once("test", (one) => rows(one, "RETURN"))).rejects.toThrow(/failed: bad query/);
    expect(seen.runs).toBe(1);
  });

  it("passes the project's own errors through untouched", async () => {
    const { driver } = fakeDriver(["ok"]);
    const runner = createRunner(driver, "neo4j", "bolt://fake", 5000);
    const mistake = new InvalidInputError("test: bad id");
    await expect(runner.once("test", () => Promise.reject(mistake))).rejects.toBe(mistake);
  });

  it("refuses a second statement: it would not see the first one's state", async () => {
    const { driver, seen } = fakeDriver(["one", "two"]);
    const runner = createRunner(driver, "neo4j", "bolt://fake", 5000);
    const twice = runner.once("test", async (one) => {
      await rows(one, "RETURN 1");
      return rows(one, "RETURN 2");
    });
    await expect(twice).rejects.toThrow(/ran a second statement/);
    expect(seen.runs).toBe(1);
    expect(seen.closed).toBe(1);
  });
});

// What clients see of errors: internal ones masked outside development, no stack traces in production.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { codeOf, startApi } from "./client.ts";
import { failingCounts, seededStore } from "./stores.fake.ts";

let store: GraphStore;
beforeAll(async () => {
  store = await seededStore();
});
afterAll(() => store.close());

async function ask(mode: "production" | "development", kind: "internal" | "unavailable") {
  const api = await startApi({ store: failingCounts(store, kind), options: { mode } });
  try {
    const res = await api.gql(`{ stats { persons } }`);
    return { res, text: JSON.stringify(res.body) };
  } finally {
    await api.stop();
  }
}

describe("error masking", () => {
  it("masks an internal error in production: no message, no stack trace", async () => {
    const { res, text } = await ask("production", "internal");
    expect(res.body.errors?.[0]).toEqual({
      message: "Unexpected error.",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(text).not.toContain("secret");
    expect(text).not.toContain("stacktrace");
    expect(text).not.toMatch(/\.ts:\d+/);
  });
  it("shows the message and the stack trace in development", async () => {
    const { res, text } = await ask("development", "internal");
    expect(res.body.errors?.[0]?.message).toContain("secret");
    expect(text).toContain("stacktrace");
  });
  it("gives a store outage its retriable code without its details in production", async () => {
    const { res, text } = await ask("production", "unavailable");
    expect(codeOf(res)).toBe("STORE_UNAVAILABLE");
    expect(res.body.errors?.[0]?.extensions?.["retriable"]).toBe(true);
    expect(text).not.toContain("10.0.0.9");
  });
  it("keeps the message of expected errors in production, without a stack trace", async () => {
    const api = await startApi({ store, options: { mode: "production" } });
    try {
      const res = await api.gql(`{ country(code: "XX") { id } }`);
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(res.body.errors?.[0]?.message).toContain("XX");
      expect(JSON.stringify(res.body)).not.toContain("stacktrace");
    } finally {
      await api.stop();
    }
  });
});

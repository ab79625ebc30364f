// Shutdown: SIGTERM and SIGINT, idle and during an ingest, exit 0, leave no LOCK, and the store opens again
// with what was acknowledged; a LOCK left with our own pid (a container restarted as the same pid) is taken over.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { TOKEN, run, startServer, tempDir } from "./processes.ts";
import { wireArticle } from "./wire.ts";

const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId } }`;

function ingest(url: string, text: string) {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query: INGEST, variables: { input: { text, language: "en" } } }),
  });
}

describe.each(["SIGTERM", "SIGINT"] as const)("%s", (signal) => {
  it("while idle: exit 0, no LOCK, the store opens again", async () => {
    const dir = await tempDir();
    const server = await startServer(dir);
    expect(existsSync(join(dir, "LOCK"))).toBe(true);
    server.child.kill(signal);
    const done = await server.exited;
    expect(done.code, done.stderr).toBe(0);
    expect(done.stderr).toContain(`${signal}, stopping`);
    expect(existsSync(join(dir, "LOCK"))).toBe(false);
    const stats = await run(["stats"], { DIPLOGRAPH_DATA_DIR: dir });
    expect(stats.code).toBe(0);
  }, 60_000);

  it("during a long ingest: the ingest is aborted, exit 0 at once, no LOCK, what was acknowledged stays", async () => {
    const dir = await tempDir();
    // An article far over the default size: extraction runs at about 1 MB/s, and it must still be running
    // when the signal comes 1.5 s in.
    const server = await startServer(dir, {
      DIPLOGRAPH_TOKEN: TOKEN,
      DIPLOGRAPH_TIMEOUT_MS: "120000",
      DIPLOGRAPH_MAX_ARTICLE_BYTES: "12000000",
    });
    const small = await ingest(server.url, wireArticle(1, 2_000));
    expect(small.status).toBe(200);
    // A long article keeps the extraction worker busy for many seconds.
    const long = ingest(server.url, wireArticle(2, 10_000_000)).then(
      async (res) => {
        const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
        return body.errors?.[0]?.extensions?.code ?? "acknowledged";
      },
      () => "connection closed",
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const asked = Date.now();
    server.child.kill(signal);
    const done = await server.exited;
    expect(done.code, done.stderr).toBe(0);
    expect(Date.now() - asked).toBeLessThan(10_000);
    // Refused as retriable (or cut off): never acknowledged.
    expect(["STORE_UNAVAILABLE", "connection closed"]).toContain(await long);
    expect(existsSync(join(dir, "LOCK"))).toBe(false);
    const store = await createMemoryStore({ dataDir: dir });
    try {
      expect((await store.counts()).articles).toBe(1);
    } finally {
      await store.close();
    }
  }, 90_000);
});

describe("a stale LOCK", () => {
  it("naming our own pid (a restarted container) is taken over", async () => {
    const dir = await tempDir();
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "LOCK"), `${process.pid}\n`);
    const store = await createMemoryStore({ dataDir: dir });
    await store.close();
    expect(existsSync(join(dir, "LOCK"))).toBe(false);
  });
  it("naming our own pid while this process holds the store is still refused", async () => {
    const dir = await tempDir();
    const store = await createMemoryStore({ dataDir: dir });
    try {
      await expect(createMemoryStore({ dataDir: dir })).rejects.toMatchObject({ code: "CONFLICT" });
    } finally {
      await store.close();
    }
  });
});

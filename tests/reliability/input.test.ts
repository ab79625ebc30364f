// Strict input at every door: the same limits, metadata rules and text sniffing for article files (the CLI)
// and the API's ingestArticle; each refusal a typed error naming the file or field, or the limit.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedFolders } from "../../src/commands/seed.ts";
import { createApiIngest } from "../../src/commands/serve.ts";
import { readArticleFile } from "../../src/ingest/article-files.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { TOKEN, codeOf, dataOf, startApi, type Running } from "../api/client.ts";
import { tempDir } from "./processes.ts";
import { random, wireParagraph } from "./wire.ts";

const TEXT = wireParagraph(random(7), "Talvek Sulran");
/** A few bytes of an executable: NULs, control characters, bytes that are not UTF-8. */
const BINARY = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0xff, 0xfe, 0x10, 0x41, 0x42]);

const BAD_META: [string, Record<string, unknown>, RegExp][] = [
  ["a month 13", { publishedAt: "2023-13-45" }, /publishedAt: "2023-13-45" is not a calendar date/],
  ["30 February", { publishedAt: "2023-02-30" }, /publishedAt: "2023-02-30" is not a calendar date/],
  ["no such country", { sourceCountry: "XX" }, /sourceCountry: "XX" is not an ISO 3166/],
  ["an unknown language", { language: "de" }, /language: must be one of ar, en, fa/],
];

describe("article files (the CLI's door)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  const write = async (name: string, text: string | Buffer, meta?: Record<string, unknown>) => {
    const path = join(dir, `${name}.txt`);
    await writeFile(path, text);
    if (meta) await writeFile(join(dir, `${name}.json`), JSON.stringify(meta));
    return path;
  };

  it.each(BAD_META)("refuses %s, naming the .json file and the field", async (name, meta, message) => {
    const path = await write(name.replace(/\s/g, "-"), TEXT, { language: "en", ...meta });
    const error = await readArticleFile(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(String((error as Error).message)).toContain(path.replace(/\.txt$/, ".json"));
    expect(String((error as Error).message)).toMatch(message);
  });
  it("refuses a binary file (it once became an English article)", async () => {
    const path = await write("binary", BINARY);
    await expect(readArticleFile(path)).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
  });
  it("refuses text that is mostly not letters", async () => {
    const path = await write("figures", "1234 5678 ,,,, ;;;; 99.5 % -- 42 ".repeat(50));
    await expect(readArticleFile(path)).rejects.toThrow(/mostly not letters/);
  });
  it("refuses a file over the article limit before reading it, naming the limit", async () => {
    const path = await write("long", TEXT.repeat(20));
    await expect(readArticleFile(path, 1024)).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      limit: "DIPLOGRAPH_MAX_ARTICLE_BYTES",
    });
  });
  it("reports the detected language", async () => {
    const path = await write("plain", TEXT);
    expect((await readArticleFile(path)).detectedLanguage).toBe("en");
  });
  it("a seed over a folder with bad files reports each with its path and field, and ingests the rest", async () => {
    const folder = join(dir, "mixed");
    await mkdir(folder);
    await writeFile(join(folder, "a-good.txt"), TEXT);
    await writeFile(join(folder, "b-bad-date.txt"), TEXT);
    await writeFile(join(folder, "b-bad-date.json"), JSON.stringify({ publishedAt: "2023-02-30" }));
    await writeFile(join(folder, "c-binary.txt"), BINARY);
    await writeFile(join(folder, "d-good.txt"), wireParagraph(random(8)));
    const store = await createMemoryStore();
    try {
      const report = await seedFolders(store, [folder], () => undefined);
      expect(report.ingested).toBe(2);
      expect(report.failed.map((f) => f.path)).toEqual([
        join(folder, "b-bad-date.txt"),
        join(folder, "c-binary.txt"),
      ]);
      expect(report.failed[0]?.reason).toMatch(/b-bad-date\.json: publishedAt/);
      expect((await store.counts()).articles).toBe(2);
    } finally {
      await store.close();
    }
  });
});

describe("ingestArticle (the API's door)", () => {
  let store: GraphStore;
  let api: Running;
  beforeAll(async () => {
    store = await createMemoryStore();
    api = await startApi({
      store,
      ingest: createApiIngest(store),
      options: { token: TOKEN, limits: { maxArticleBytes: 4096 } },
    });
  });
  afterAll(async () => {
    await api.stop();
    await store.close();
  });
  const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId article { language } } }`;
  const ingest = (input: Record<string, unknown>) =>
    api.gql(INGEST, { input: { language: "en", ...input } }, { token: TOKEN });

  it.each(BAD_META)("refuses %s, naming the field; nothing is stored", async (_, meta, message) => {
    const res = await ingest({ text: TEXT, ...meta });
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    expect(res.body.errors?.[0]?.message).toMatch(message);
    expect((await store.counts()).articles).toBe(0);
  });
  it("refuses binary text", async () => {
    const res = await ingest({ text: BINARY.toString("latin1") });
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    expect(res.body.errors?.[0]?.message).toMatch(/binary data/);
  });
  it("refuses an article over the limit, naming the limit", async () => {
    const res = await ingest({ text: TEXT.repeat(30) });
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    expect(res.body.errors?.[0]?.extensions?.["limit"]).toBe("DIPLOGRAPH_MAX_ARTICLE_BYTES");
    expect(res.body.errors?.[0]?.message).toMatch(/limit is 4096/);
  });
  it("takes a good article and reports its language", async () => {
    const res = await ingest({ text: TEXT, publishedAt: "2024-02-29", sourceCountry: "JO" });
    expect(dataOf(res)).toMatchObject({ ingestArticle: { article: { language: "en" } } });
  });
});

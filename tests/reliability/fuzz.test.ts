// Fuzz: generated articles (garbage, binary, wire copy, bad metadata) and GraphQL documents (random, mangled,
// valid shapes with random arguments) through the API. Only typed errors come back, never an internal one,
// and a refused write leaves the store as it was. FUZZ_RUNS sets the number of each (default 5,000 + 5,000).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiServer, type ApiServer } from "../../src/api/server.ts";
import { createApiIngest } from "../../src/commands/serve.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { ids, seed } from "../api/fixtures.ts";
import { wireParagraph, random } from "./wire.ts";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 5_000);
const TOKEN = "fuzz-token-0123456789abcdef";
/** Codes a caller may get for bad input; anything else (INTERNAL_SERVER_ERROR above all) is a bug. */
const TYPED = new Set([
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "QUERY_TOO_DEEP",
  "QUERY_TOO_COSTLY",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
]);

let store: GraphStore;
let server: ApiServer;
beforeAll(async () => {
  store = await createMemoryStore();
  await seed(store);
  server = createApiServer({
    store,
    ingest: createApiIngest(store),
    options: { token: TOKEN, playground: false, onError: () => undefined },
  });
  await server.apollo.start();
});
afterAll(async () => {
  await server.apollo.stop();
  await store.close();
});

async function execute(query: string, variables: Record<string, unknown> = {}) {
  const response = await server.apollo.executeOperation(
    { query, variables },
    { contextValue: server.contextFor(`Bearer ${TOKEN}`) },
  );
  if (response.body.kind !== "single") throw new Error("incremental response");
  return response.body.singleResult;
}

function codes(result: Awaited<ReturnType<typeof execute>>): string[] {
  return (result.errors ?? []).map((e) => {
    const code = e.extensions?.["code"];
    return typeof code === "string" ? code : "none";
  });
}

const snapshot = async () => JSON.stringify(await store.counts());

/** Text an article may arrive as: garbage in any script, bytes of a binary file, wire copy, or a mix. */
const articleText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
  fc.integer({ min: 1, max: 1_000_000 }).map((seed) => wireParagraph(random(seed))),
  fc
    .tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.string({ maxLength: 40 }))
    .map(([seed, junk]) => `${junk}${wireParagraph(random(seed))}${junk}`),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const articleInput = fc.record(
  {
    text: articleText,
    language: fc.oneof(fc.constantFrom("en", "ar", "fa", "de", "", "EN"), fc.string({ maxLength: 4 })),
    publishedAt: maybe(
      fc.oneof(
        fc.constantFrom("2024-02-29", "2023-02-29", "2023-13-45", "0000-01-01", "2023-1-1"),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        fc.string({ maxLength: 12 }),
      ),
    ),
    sourceCountry: maybe(
      fc.oneof(fc.constantFrom("IR", "XX", "ir", "GB", "UK"), fc.string({ maxLength: 3 })),
    ),
    title: maybe(fc.string({ maxLength: 50 })),
    id: maybe(fc.string({ maxLength: 30 })),
  },
  { requiredKeys: ["text", "language"] },
);

/** A real day, by a rule of its own: a UTC date that prints back as the same string. */
function realDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < "0001-01-01") return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Inputs an honest API must refuse whatever else they hold: control bytes, impossible dates. */
function mustRefuse(input: { text: string; publishedAt?: string | undefined }): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  const binary = /[\u0000-\u0008\u000e-\u001f]/.test(input.text);
  const badDate = input.publishedAt !== undefined && !realDay(input.publishedAt);
  return binary || badDate;
}

describe("fuzz", () => {
  it(`${RUNS} generated articles through ingestArticle: typed errors only, refused writes change nothing`, async () => {
    const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId unchanged } }`;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(articleInput, async (input) => {
        const before = await snapshot();
        const result = await execute(INGEST, { input });
        const found = codes(result);
        for (const code of found) expect(TYPED, JSON.stringify(result.errors)).toContain(code);
        if (mustRefuse(input)) expect(found, JSON.stringify(input).slice(0, 300)).toContain("BAD_USER_INPUT");
        if (found.length > 0) {
          refused++;
          expect(await snapshot()).toBe(before);
        }
      }),
      { numRuns: RUNS, seed: 13 },
    );
    expect(refused).toBeGreaterThan(RUNS / 10);
    expect(refused).toBeLessThan(RUNS);
  }, 600_000);

  it(`${RUNS} generated GraphQL documents: typed errors only, the store unchanged`, async () => {
    const id = fc.oneof(fc.constantFrom(...Object.values(ids)), fc.string({ maxLength: 20 }));
    const int = fc.oneof(fc.integer({ min: -5, max: 300 }), fc.constantFrom(0, 2 ** 31 - 1, -(2 ** 31)));
    const code = fc.oneof(fc.constantFrom("IR", "AZ", "XX", "ir", ""), fc.string({ maxLength: 3 }));
    const q = JSON.stringify;
    const shaped = fc.oneof(
      fc
        .tuple(fc.string({ maxLength: 20 }), int)
        .map(([t, n]) => `{ search(text: ${q(t)}, first: ${n}) { id name } }`),
      fc.tuple(id, id).map(([a, b]) => `{ meetingsBetween(a: ${q(a)}, b: ${q(b)}) { id date } }`),
      fc
        .tuple(code, code)
        .map(([a, b]) => `{ bilateral(a: ${q(a)}, b: ${q(b)}) { events { id } officials { eventCount } } }`),
      fc
        .tuple(id, int)
        .map(([p, n]) => `{ person(id: ${q(p)}) { name events(first: ${n}) { totalCount nodes { id } } } }`),
      fc
        .tuple(id, id, int)
        .map(([a, b, n]) => `{ path(from: ${q(a)}, to: ${q(b)}, maxHops: ${n}) { length } }`),
      fc
        .tuple(id, int, int)
        .map(([e, d, l]) => `{ neighborhood(id: ${q(e)}, depth: ${d}, limit: ${l}) { nodes { id } } }`),
      fc
        .tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), int)
        .map(
          ([from, to, n]) =>
            `{ events(first: ${n}, filter: { from: ${q(from)}, to: ${q(to)} }) { totalCount } }`,
        ),
      fc
        .tuple(fc.string({ maxLength: 40 }))
        .map(([c]) => `{ events(first: 5, after: ${q(c)}) { totalCount } }`),
      id.map((a) => `mutation { retractArticle(id: ${q(a)}) { articleId } }`),
    );
    const mangled = fc
      .tuple(shaped, fc.nat(), fc.nat(), fc.string({ maxLength: 5 }))
      .map(([doc, at, cut, insert]) => {
        const i = at % (doc.length + 1);
        return doc.slice(0, i) + insert + doc.slice(i + (cut % 4));
      });
    const documents = fc.oneof(
      shaped,
      mangled,
      fc.string({ maxLength: 200 }),
      fc.string({ unit: "binary", maxLength: 100 }),
    );
    await fc.assert(
      fc.asyncProperty(documents, async (doc) => {
        const before = await snapshot();
        const result = await execute(doc);
        const found = codes(result);
        for (const code of found) expect(TYPED, `${doc}\n${JSON.stringify(result.errors)}`).toContain(code);
        // Reads never change the graph; a refused retractArticle neither (a generated one may name a real article).
        if (found.length > 0 || !doc.trimStart().startsWith("mutation"))
          expect(await snapshot()).toBe(before);
      }),
      { numRuns: RUNS, seed: 13 },
    );
  }, 600_000);
});

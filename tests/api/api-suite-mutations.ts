// The API suite's mutations: refused without the token (and nothing changes), then ingest and retract with it.
import { describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { TOKEN, codeOf, dataOf, type Running } from "./client.ts";
import { ids } from "./fixtures.ts";

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { articleId unchanged article { id language } entities { id name } events { id type } } }`;
const RETRACT = `mutation($id: ID!) { retractArticle(id: $id) { articleId removedEntityIds removedEventIds keptIds } }`;
const input = { text: "Alpha Person|IR\nBeta Person|AZ", language: "en", id: "article:ingest-test" };

export function describeMutations(get: () => { api: Running; store: GraphStore }): void {
  describe("mutations", () => {
    const snapshot = async (store: GraphStore) => ({
      counts: await store.counts(),
      articles: await store.listArticles(),
    });

    it.each([
      ["no token", undefined],
      ["a wrong token", "not-the-token-0123456789"],
      ["an empty bearer", ""],
    ])("refuse ingestArticle with %s: UNAUTHENTICATED, nothing changed", async (_, token) => {
      const { api, store } = get();
      const before = await snapshot(store);
      const res = await api.gql(INGEST, { input }, token === undefined ? {} : { token });
      expect(res.status).toBe(401);
      expect(codeOf(res)).toBe("UNAUTHENTICATED");
      expect(res.body.data ?? null).toBeNull();
      expect(await snapshot(store)).toEqual(before);
    });

    it("refuse retractArticle without the token: UNAUTHENTICATED, the article stays", async () => {
      const { api, store } = get();
      const before = await snapshot(store);
      const res = await api.gql(RETRACT, { id: ids.articleTehran }, { token: "wrong-token-0123456789abc" });
      expect(codeOf(res)).toBe("UNAUTHENTICATED");
      expect(await snapshot(store)).toEqual(before);
    });

    it("ingestArticle with the token stores the article and returns what it added", async () => {
      const { api } = get();
      const data = dataOf(await api.gql(INGEST, { input }, { token: TOKEN }));
      expect(data["ingestArticle"]).toMatchObject({
        articleId: "article:ingest-test",
        unchanged: false,
        article: { id: "article:ingest-test", language: "en" },
        events: [{ type: "Meeting" }],
      });
      const found = dataOf(await api.gql(`{ search(text: "Alpha Person") { name } }`));
      expect(found["search"]).toEqual([{ name: "Alpha Person" }]);
      const again = dataOf(await api.gql(INGEST, { input }, { token: TOKEN }));
      expect(again["ingestArticle"]).toMatchObject({ unchanged: true, entities: [], events: [] });
    });

    it.each([
      ["an empty text", { ...input, text: " " }],
      ["a bad source country", { ...input, sourceCountry: "Persia" }],
      ["a bad date", { ...input, publishedAt: "July 2020" }],
    ])("ingestArticle refuses %s with BAD_USER_INPUT", async (_, bad) => {
      const { api } = get();
      expect(codeOf(await api.gql(INGEST, { input: bad }, { token: TOKEN }))).toBe("BAD_USER_INPUT");
    });

    it("retractArticle with the token removes what only that article said", async () => {
      const { api, store } = get();
      const data = dataOf(await api.gql(RETRACT, { id: "article:ingest-test" }, { token: TOKEN }));
      expect(data["retractArticle"]).toMatchObject({ articleId: "article:ingest-test" });
      expect((await store.getArticle("article:ingest-test")) ?? null).toBeNull();
      expect(dataOf(await api.gql(`{ search(text: "Alpha Person") { name } }`))["search"]).toEqual([]);
    });

    it("retractArticle answers NOT_FOUND for an unknown article", async () => {
      const { api } = get();
      expect(codeOf(await api.gql(RETRACT, { id: "article:never" }, { token: TOKEN }))).toBe("NOT_FOUND");
    });
  });
}

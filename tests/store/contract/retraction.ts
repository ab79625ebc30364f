// Contract: retracting an article: what only it supported disappears, shared facts keep the rest of their
// evidence, an unknown article is NotFound, and a retraction that would strand another article's facts is refused.
import { expect, it } from "vitest";
import { ARTICLES, IDS, patchA, patchB, patchC, patchD } from "../fixtures.ts";
import { expectCode, readBack, sortIds, type Harness } from "./harness.ts";

export function retractionSection(h: Harness): void {
  it("removes what only the article supported and reports it", async () => {
    const store = await h.loadedFresh();
    const result = await store.retractArticle(ARTICLES.b);
    expect(result.articleId).toBe(ARTICLES.b);
    expect(sortIds(result.removed.entities)).toEqual(sortIds([IDS.ulubekov, IDS.azCouncil]));
    expect(result.removed.events).toEqual([IDS.meetUlubekov]);
    expect(result.removed.occupancies).toEqual([IDS.occUlubekov]);
    expect(result.removed.relations).toEqual([IDS.relAz]);
    expect(sortIds(result.kept)).toEqual(
      sortIds([
        IDS.shamirani,
        IDS.alakbarov,
        IDS.azerbaijan,
        IDS.baku,
        IDS.visit,
        IDS.meetAlakbarov,
        IDS.occShamirani,
      ]),
    );
    expect(await store.getEntity(IDS.ulubekov)).toBeNull();
    expect(await store.getEvent(IDS.meetUlubekov)).toBeNull();
    expect(await store.relationsOf(IDS.shamirani)).toEqual([]);
    expect(await store.getArticle(ARTICLES.b)).toBeNull();
  });

  it("keeps shared facts with the evidence of the articles that remain", async () => {
    const store = await h.loadedFresh();
    await store.retractArticle(ARTICLES.b);
    const shamirani = await store.getEntity(IDS.shamirani);
    expect(shamirani?.aliases).toEqual(["Shamirani"]);
    expect(shamirani?.evidence.every((e) => e.articleId === ARTICLES.a)).toBe(true);
    const visit = await store.getEvent(IDS.visit);
    expect(visit?.topics).toEqual(["security"]);
    expect(visit?.evidence.map((e) => e.articleId)).toEqual([ARTICLES.a]);
    expect((await store.occupanciesOf(IDS.shamirani))[0]?.observed).toEqual(["2022-07-16"]);
    const counts = await store.counts();
    expect(counts.articles).toBe(2);
    expect(counts.entities.Person).toBe(4);
  });

  it("leaves the graph that the remaining articles alone would give; applying it again restores the rest", async () => {
    const store = await h.loadedFresh();
    const full = await readBack(store);
    await store.retractArticle(ARTICLES.a);
    const without = await h.loadedFresh([patchB(), patchC()]);
    expect(await readBack(store)).toEqual(await readBack(without));
    await store.applyPatch(patchA());
    expect(await readBack(store)).toEqual(full);
  });

  it("retracting every article empties the graph", async () => {
    const store = await h.loadedFresh();
    for (const id of [ARTICLES.c, ARTICLES.a, ARTICLES.b]) await store.retractArticle(id);
    const empty = await h.fresh();
    expect(await readBack(store)).toEqual(await readBack(empty));
  });

  it.each([
    ["an unknown article", "article:never-seen"],
    ["an article already retracted", ARTICLES.c],
  ])("refuses to retract %s with NOT_FOUND", async (_what, articleId) => {
    const store = await h.loadedFresh();
    if (articleId === ARTICLES.c) await store.retractArticle(ARTICLES.c);
    const before = await readBack(store);
    await expectCode(store.retractArticle(articleId), "NOT_FOUND");
    expect(await readBack(store)).toEqual(before);
  });

  it("refuses (CONFLICT) a retraction or new version that would strand another article's facts", async () => {
    const store = await h.loadedFresh([patchA(), patchB(), patchC(), patchD()]);
    const before = await readBack(store);
    await expectCode(store.retractArticle(ARTICLES.b), "CONFLICT");
    await expectCode(store.applyPatch(patchB({ withoutUlubekov: true })), "CONFLICT");
    expect(await readBack(store)).toEqual(before);
    await store.retractArticle(ARTICLES.d);
    await store.retractArticle(ARTICLES.b);
    expect(await store.getEntity(IDS.ulubekov)).toBeNull();
  });
}

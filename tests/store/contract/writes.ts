// Contract: applying patches: reads back what was written, merges across articles, is idempotent,
// lets a new version of an article replace the old, and gives one graph whatever the order of arrival.
import { describe, expect, it } from "vitest";
import { ARTICLES, IDS, fixturePatches, patchA, patchB, patchC } from "../fixtures.ts";
import { readBack, sortIds, type Harness } from "./harness.ts";

export function writesSection(h: Harness): void {
  it("applies a patch and reads its article, entities and events back", async () => {
    const store = await h.fresh();
    const patch = patchA();
    const result = await store.applyPatch(patch);
    expect(result.articleId).toBe(ARTICLES.a);
    expect(result.unchanged).toBe(false);
    expect(sortIds(result.created.entities)).toEqual(sortIds(patch.entities.map((e) => e.id)));
    expect(sortIds(result.created.events)).toEqual(sortIds(patch.events.map((e) => e.id)));
    expect(result.created.occupancies).toEqual([IDS.occShamirani]);
    expect(result.created.relations).toEqual([]);
    expect(await store.getArticle(ARTICLES.a)).toEqual(patch.article);
    expect(await store.listArticles()).toEqual([patch.article]);
    expect(await store.getEntity(IDS.alakbarov)).toEqual(patch.entities.find((e) => e.id === IDS.alakbarov));
    expect(await store.getEvent(IDS.meetTehran)).toEqual(patch.events.find((e) => e.id === IDS.meetTehran));
  });

  it("keeps its own copy: the caller changing the patch it applied changes nothing stored", async () => {
    const store = await h.fresh();
    const patch = patchA();
    const pristine = structuredClone(patch);
    await store.applyPatch(patch);
    const event = patch.events.find((e) => e.id === IDS.meetTehran);
    const entity = patch.entities.find((e) => e.id === IDS.alakbarov);
    if (event === undefined || entity === undefined) throw new Error("fixture lacks its event or entity");
    event.participants.pop();
    event.topics.push("changed");
    const evidence = event.evidence[0];
    if (evidence !== undefined) evidence.text = "changed";
    entity.name = "changed";
    entity.aliases.push("changed");
    patch.article.title = "changed";
    expect(await store.getEvent(IDS.meetTehran)).toEqual(
      pristine.events.find((e) => e.id === IDS.meetTehran),
    );
    expect(await store.getEntity(IDS.alakbarov)).toEqual(
      pristine.entities.find((e) => e.id === IDS.alakbarov),
    );
    expect(await store.getArticle(ARTICLES.a)).toEqual(pristine.article);
  });

  it("reports as created only the ids that did not exist before", async () => {
    const store = await h.loadedFresh([patchA()]);
    const result = await store.applyPatch(patchB());
    expect(sortIds(result.created.entities)).toEqual(sortIds([IDS.ulubekov, IDS.azCouncil]));
    expect(result.created.events).toEqual([IDS.meetUlubekov]);
    expect(result.created.occupancies).toEqual([IDS.occUlubekov]);
    expect(result.created.relations).toEqual([IDS.relAz]);
  });

  it("merges one entity told by two articles: first article's name, every other spelling an alias, both evidences", async () => {
    const store = await h.loadedFresh([patchA(), patchB()]);
    const shamirani = await store.getEntity(IDS.shamirani);
    expect(shamirani).toMatchObject({
      name: "Ali Shamirani",
      aliases: ["Shamirani", "شميراني", "علي شميراني"],
      country: "IR",
      titles: ["Secretary of the Supreme National Security Council", "أمين المجلس الأعلى للأمن القومي"],
    });
    expect(sortIds([...new Set(shamirani?.evidence.map((e) => e.articleId))])).toEqual([
      ARTICLES.a,
      ARTICLES.b,
    ]);
  });

  it("merges one event told by two articles: the most precise date, topics and evidence of both", async () => {
    const store = await h.loadedFresh([patchB(), patchA()]);
    const visit = await store.getEvent(IDS.visit);
    expect(visit).toMatchObject({
      date: { value: "2022-07-16", precision: "day" },
      mode: "in_person",
      topics: ["security", "economy"],
      participants: [{ entityId: IDS.shamirani, role: "visitor" }],
      location: IDS.baku,
    });
    expect(visit?.evidence.map((e) => e.articleId)).toEqual([ARTICLES.a, ARTICLES.b]);
    const occupancy = (await store.occupanciesOf(IDS.shamirani))[0];
    expect(occupancy).toMatchObject({
      title: "Secretary of the Supreme National Security Council",
      organizationId: IDS.snsc,
      observed: ["2022-07-16", "2022-07-17"],
    });
  });

  it("is idempotent: the same patch twice changes nothing and says so", async () => {
    const store = await h.loadedFresh();
    const before = await readBack(store);
    const again = await store.applyPatch(patchB());
    expect(again).toEqual({
      articleId: ARTICLES.b,
      created: { entities: [], events: [], occupancies: [], relations: [] },
      unchanged: true,
    });
    expect(await readBack(store)).toEqual(before);
  });

  it("gives the same graph whatever order the articles arrive in", async () => {
    const inOrder = await h.loadedFresh([patchA(), patchB(), patchC()]);
    const reversed = await h.loadedFresh([patchC(), patchB(), patchA()]);
    expect(await readBack(reversed)).toEqual(await readBack(inOrder));
  });

  it("gives the same graph when patches are applied concurrently", async () => {
    const sequential = await h.loadedFresh();
    const concurrent = await h.fresh();
    await Promise.all(fixturePatches().map((p) => concurrent.applyPatch(p)));
    expect(await readBack(concurrent)).toEqual(await readBack(sequential));
  });

  it("lets a new version of an article replace the old one: what it no longer says loses its support", async () => {
    const store = await h.loadedFresh();
    const result = await store.applyPatch(patchA({ version: 2 }));
    expect(result.unchanged).toBe(false);
    expect((await store.getArticle(ARTICLES.a))?.title).toBe("Shamirani in Baku (corrected)");
    // Only version 1 told of these.
    expect(await store.getEvent(IDS.agreement)).toBeNull();
    expect(await store.getEvent(IDS.meetTehran)).toBeNull();
    expect(await store.getEntity(IDS.iran)).toBeNull();
    // Azerbaijan stays, now told by article B alone.
    const azerbaijan = await store.getEntity(IDS.azerbaijan);
    expect(azerbaijan?.name).toBe("أذربيجان");
    expect(azerbaijan?.evidence.every((e) => e.articleId === ARTICLES.b)).toBe(true);
    // Amir-Heydarian and Tehran stay through article C, with only its evidence.
    expect((await store.getEntity(IDS.amir))?.evidence.map((e) => e.articleId)).toEqual([ARTICLES.c]);
    expect((await store.getEntity(IDS.tehran))?.name).toBe("Téhéran");
    // The graph is what applying version 2 alone with the others would give.
    const direct = await h.loadedFresh([patchA({ version: 2 }), patchB(), patchC()]);
    expect(await readBack(store)).toEqual(await readBack(direct));
  });

  it("stores every article's metadata and lists articles by id", async () => {
    const store = await h.loadedFresh([patchC(), patchA(), patchB()]);
    expect((await store.listArticles()).map((a) => a.id)).toEqual([ARTICLES.a, ARTICLES.b, ARTICLES.c]);
    expect(await store.getArticle("article:unknown")).toBeNull();
  });

  it("names its kind, and close resolves (twice too)", async () => {
    const store = await h.loadedFresh([patchA()]);
    expect(["memory", "neo4j"]).toContain(store.kind);
    await store.close();
    await store.close();
  });

  describe("returned values", () => {
    it("getEntities and getEvents answer in the order asked, null where unknown", async () => {
      const store = await h.loadedFresh();
      const entities = await store.getEntities([IDS.lazutkin, "person:nobody", IDS.baku]);
      expect(entities.map((e) => e?.id ?? null)).toEqual([IDS.lazutkin, null, IDS.baku]);
      const events = await store.getEvents(["event:none", IDS.call]);
      expect(events.map((e) => e?.id ?? null)).toEqual([null, IDS.call]);
      expect(await store.getEntity("person:nobody")).toBeNull();
      expect(await store.getEvent("event:none")).toBeNull();
      expect(await store.getEntities([])).toEqual([]);
    });
  });
}

// resolvePatch on hand-made cross-script articles: one node per person, one event per meeting, candidates when unsure.
import { describe, expect, it } from "vitest";
import { ConflictError } from "../../src/domain/errors.ts";
import type { DiplomaticEvent, Entity, GraphPatch, Relation } from "../../src/domain/types.ts";
import { eventId } from "../../src/domain/ids.ts";
import { resolvePatch } from "../../src/resolve/index.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { ArticleDraft, bakuMeeting } from "./patches.fixtures.ts";

async function ingest(store: GraphStore, ...patches: GraphPatch[]): Promise<boolean[]> {
  const unchanged: boolean[] = [];
  for (const p of patches) unchanged.push((await store.applyPatch(await resolvePatch(p, store))).unchanged);
  return unchanged;
}

const persons = async (store: GraphStore): Promise<Entity[]> => store.findEntities({ type: "Person" });
const events = async (store: GraphStore): Promise<DiplomaticEvent[]> => (await store.findEvents({})).items;
const articlesOf = (item: { evidence: readonly { articleId: string }[] }): string[] =>
  [...new Set(item.evidence.map((e) => e.articleId))].sort();

async function candidates(store: GraphStore): Promise<Relation[]> {
  const all = (await Promise.all((await persons(store)).map((p) => store.relationsOf(p.id)))).flat();
  return [...new Map(all.filter((r) => r.type === "MERGE_CANDIDATE").map((r) => [r.id, r])).values()];
}

describe("resolve: one meeting told in Arabic and in English", () => {
  it.each([
    ["Arabic first", (b: ReturnType<typeof bakuMeeting>) => [b.ar, b.en]],
    ["English first", (b: ReturnType<typeof bakuMeeting>) => [b.en, b.ar]],
  ])(
    "%s: each person one node, each meeting one event with both articles' evidence",
    async (_order, order) => {
      const store = await createMemoryStore();
      await ingest(store, ...order(bakuMeeting()));
      const people = await persons(store);
      expect(people.map((p) => articlesOf(p))).toEqual([
        ["baku.ar", "baku.en"],
        ["baku.ar", "baku.en"],
        ["baku.ar", "baku.en"],
      ]);
      const alakbarov = people.find((p) => p.name === "Ilham Alakbarov" || p.name === "إلهام علكبروف");
      expect([alakbarov?.name, ...(alakbarov?.aliases ?? [])].sort()).toEqual([
        "Ilham Alakbarov",
        "إلهام علكبروف",
      ]);
      const meetings = await events(store);
      expect(meetings.map((e) => articlesOf(e))).toEqual([
        ["baku.ar", "baku.en"],
        ["baku.ar", "baku.en"],
      ]);
      expect(await store.findEntities({ type: "Place" })).toHaveLength(1);
      expect(await candidates(store)).toEqual([]);
    },
  );

  it("changes nothing when the articles come again", async () => {
    const store = await createMemoryStore();
    const { ar, en } = bakuMeeting();
    await ingest(store, ar, en);
    expect(await ingest(store, ar, en, ar)).toEqual([true, true, true]);
  });

  it("keys a rewritten event by its new participants, as the extractor would have", async () => {
    const store = await createMemoryStore();
    const { ar, en } = bakuMeeting();
    await ingest(store, ar);
    const resolved = await resolvePatch(en, store);
    for (const e of resolved.events.filter((x) => x.date !== null))
      expect(e.id).toBe(eventId(e, en.article.id));
    expect(resolved.events.map((e) => e.id)).toEqual(ar.events.map((e) => e.id));
  });

  it("gives the same patch for the same article and graph", async () => {
    const store = await createMemoryStore();
    const { ar, en } = bakuMeeting();
    await ingest(store, ar);
    expect(await resolvePatch(en, store)).toEqual(await resolvePatch(en, store));
  });

  it("leaves an article nobody else mentions as extracted", async () => {
    const store = await createMemoryStore();
    const { ar } = bakuMeeting();
    expect(await resolvePatch(ar, store)).toEqual(ar);
  });
});

describe("resolve: people who share a surname, and weak evidence", () => {
  it("keeps Heydar and Ilham Alakbarov apart, without asking", async () => {
    const store = await createMemoryStore();
    const heydar = new ArticleDraft("heydar.en");
    heydar.person("Heydar Alakbarov", "AZ", ["national leader"]);
    await ingest(store, bakuMeeting().ar, heydar.patch());
    expect((await persons(store)).map((p) => p.name).sort()).toEqual([
      "Heydar Alakbarov",
      "إلهام علكبروف",
      "جيهون بشيروف",
      "علي شميراني",
    ]);
    expect(await candidates(store)).toEqual([]);
  });

  it("asks an analyst about a bare surname with no country, and merges nothing", async () => {
    const store = await createMemoryStore();
    const bare = new ArticleDraft("bare.en");
    const alakbarov = bare.person("Alakbarov");
    await ingest(store, bakuMeeting().ar, bare.patch());
    const ilham = (await persons(store)).find((p) => p.name === "إلهام علكبروف");
    expect((await persons(store)).some((p) => p.id === alakbarov)).toBe(true);
    expect((await candidates(store)).map((r) => [r.source, r.target].sort())).toEqual([
      [alakbarov, ilham?.id].sort(),
    ]);
    expect(await ingest(store, bare.patch())).toEqual([true]);
  });

  it("holds the candidate's article until the article that asked is retracted", async () => {
    const store = await createMemoryStore();
    const bare = new ArticleDraft("bare.en");
    bare.person("Alakbarov");
    await ingest(store, bakuMeeting().ar, bare.patch());
    await expect(store.retractArticle("baku.ar")).rejects.toThrow(ConflictError);
    await store.retractArticle("bare.en");
    await store.retractArticle("baku.ar");
    expect(await persons(store)).toEqual([]);
  });

  it("merges a bare surname when the country and the office agree", async () => {
    const store = await createMemoryStore();
    const bare = new ArticleDraft("bare.en");
    bare.person("Bashirov", "AZ", ["Azerbaijani Foreign Minister"]);
    await ingest(store, bakuMeeting().ar, bare.patch());
    const bashirov = (await persons(store)).filter((p) => articlesOf(p).includes("bare.en"));
    expect(bashirov.map((p) => [p.name, ...p.aliases].sort())).toEqual([["Bashirov", "جيهون بشيروف"]]);
  });

  it("merges a bare surname seen with the same people as the graph's", async () => {
    const store = await createMemoryStore();
    const bare = new ArticleDraft("bare.en");
    const bashirov = bare.person("Bashirov", "AZ");
    const shamirani = bare.person("Ali Shamirani", "IR");
    bare.meeting(bashirov, shamirani, "2022-07-04");
    await ingest(store, bakuMeeting().ar, bare.patch());
    expect(await persons(store)).toHaveLength(3);
    expect((await events(store)).filter((e) => articlesOf(e).length === 2)).toHaveLength(1);
  });

  it("asks rather than merges one full name in two countries", async () => {
    const store = await createMemoryStore();
    const other = new ArticleDraft("other.en");
    other.person("Ali Shamirani", "AZ");
    await ingest(store, bakuMeeting().ar, other.patch());
    expect(await persons(store)).toHaveLength(4);
    expect(await candidates(store)).toHaveLength(1);
  });

  it("asks when two graph persons fit equally well", async () => {
    const store = await createMemoryStore();
    const ir = new ArticleDraft("ir.en");
    ir.person("Mohammad Hosseini", "IR");
    const iq = new ArticleDraft("iq.en");
    iq.person("Mohammad Hosseini", "IQ");
    const bare = new ArticleDraft("bare.en");
    const id = bare.person("محمد حسيني");
    await ingest(store, ir.patch(), iq.patch(), bare.patch());
    expect(await persons(store)).toHaveLength(3);
    expect((await candidates(store)).filter((r) => r.source === id || r.target === id)).toHaveLength(2);
  });
});

describe("resolve: within one article and over time", () => {
  it("joins two spellings of one full name in an article, and its events follow", async () => {
    const store = await createMemoryStore();
    const a = new ArticleDraft("badrani.ar");
    const full = a.person("سالم بن حمد البدراني", "OM");
    const short = a.person("سالم البدراني");
    const alakbarov = a.person("إلهام علكبروف", "AZ");
    a.meeting(full, alakbarov, "2024-04-23");
    a.meeting(short, alakbarov, "2024-04-23");
    const resolved = await resolvePatch(a.patch(), store);
    expect(resolved.entities.filter((e) => e.type === "Person")).toHaveLength(2);
    expect(resolved.events).toHaveLength(1);
    expect(resolved.events[0]?.evidence).toHaveLength(2);
    expect((await store.applyPatch(resolved)).created.entities).toContain(full);
    expect(short).not.toBe(full);
  });

  it("lets an undated commentary join the one event it can be, and no other", async () => {
    const store = await createMemoryStore();
    const commentary = new ArticleDraft("commentary.ar", null);
    const s = commentary.person("علي شميراني", "IR");
    const a = commentary.person("إلهام علكبروف", "AZ");
    commentary.meeting(s, a, null);
    await ingest(store, bakuMeeting().en, commentary.patch());
    const shared = (await events(store)).filter((e) => articlesOf(e).includes("commentary.ar"));
    expect(shared.map((e) => articlesOf(e))).toEqual([["baku.en", "commentary.ar"]]);

    const twice = await createMemoryStore();
    const later = new ArticleDraft("later.en", "2023-01-10");
    later.meeting(later.person("Ilham Alakbarov", "AZ"), later.person("Ali Shamirani", "IR"), "2023-01-10");
    await ingest(twice, bakuMeeting().en, later.patch(), commentary.patch());
    const alone = (await events(twice)).filter((e) => articlesOf(e).includes("commentary.ar"));
    expect(alone.map((e) => articlesOf(e))).toEqual([["commentary.ar"]]);
  });

  it("sees persons written past the resolver (another process, a direct patch) once its index is due a check", async () => {
    const store = await createMemoryStore();
    const { ar, en } = bakuMeeting();
    await ingest(store, new ArticleDraft("empty.en").patch());
    await store.applyPatch(ar);
    await store.applyPatch(await resolvePatch(en, store, { freshnessMs: 0 }));
    expect(await persons(store)).toHaveLength(3);
  });

  it("trusts its index for freshnessMs, and a resolved patch never applied does not spoil it", async () => {
    const store = await createMemoryStore();
    const { ar, en } = bakuMeeting();
    const dryRun = await resolvePatch(ar, store, { freshnessMs: 0 });
    expect(dryRun.entities.filter((e) => e.type === "Person")).toHaveLength(3);
    await ingest(store, ar);
    const other = new ArticleDraft("other.en");
    other.person("Ilham Alekberov", "AZ", ["President"]);
    await store.applyPatch(other.patch());
    const arabic = ar.entities.find((e) => e.name === "إلهام علكبروف")?.id;
    const solo = new ArticleDraft("solo.en");
    solo.person("Ilham Alakbarov", "AZ", ["President"]);
    // Within the hour the direct write is not seen: the English Alakbarov has one candidate, the Arabic node.
    const trusted = await resolvePatch(solo.patch(), store, { freshnessMs: 3_600_000 });
    expect(trusted.entities.find((e) => e.name === "Ilham Alakbarov")?.id).toBe(arabic);
    // Checked, it is: two nodes fit equally (nobody else in the article to tell them apart), so an analyst is asked.
    const checked = await resolvePatch(solo.patch(), store, { freshnessMs: 0 });
    expect(checked.entities.find((e) => e.name === "Ilham Alakbarov")?.id).not.toBe(arabic);
    expect(checked.relations.filter((r) => r.type === "MERGE_CANDIDATE")).toHaveLength(2);
    // With the people it met, the English report tells them apart: it joins the node those people met.
    const withCompany = await resolvePatch(en, store, { freshnessMs: 0 });
    expect(withCompany.entities.find((e) => e.name === "Ilham Alakbarov")?.id).toBe(arabic);
  });

  it("forgets nothing it should and keeps nothing it should not after a retraction", async () => {
    const store = await createMemoryStore();
    const { ar, en } = bakuMeeting();
    await ingest(store, ar, en);
    await store.retractArticle("baku.en");
    await store.retractArticle("baku.ar");
    await ingest(store, en);
    expect((await persons(store)).map((p) => articlesOf(p))).toEqual([["baku.en"], ["baku.en"], ["baku.en"]]);
  });
});

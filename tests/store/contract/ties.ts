// Contract: a person's occupancies, an entity's relations, and the counts of everything.
import { describe, expect, it } from "vitest";
import { IDS } from "../fixtures.ts";
import type { Harness } from "./harness.ts";

export function tiesSection(h: Harness): void {
  describe("occupanciesOf and relationsOf", () => {
    const store = h.shared();
    it.each([
      ["a person told of by two articles", IDS.shamirani, [IDS.occShamirani]],
      ["a person with one", IDS.lazutkin, [IDS.occLazutkin]],
      ["a person with none", IDS.alakbarov, []],
      ["an organisation is not a person", IDS.snsc, []],
      ["an unknown id", "person:nobody", []],
    ])("occupancies of %s", async (_what, id, ids) => {
      expect((await store().occupanciesOf(id)).map((o) => o.id)).toEqual(ids);
    });

    it("an occupancy keeps its span and country", async () => {
      expect((await store().occupanciesOf(IDS.lazutkin))[0]).toMatchObject({
        personId: IDS.lazutkin,
        title: "ministre des Affaires étrangères",
        organizationId: IDS.ruMfa,
        country: "RU",
        observed: ["2022-08-02"],
        start: "2004-03-09",
        end: null,
      });
    });

    it.each([
      ["the source", IDS.amir, [IDS.relFm]],
      ["the target", IDS.lazutkin, [IDS.relFm]],
      ["a country", IDS.russia, [IDS.relMoscow]],
      ["an entity with none", IDS.alakbarov, []],
      ["an unknown id", "person:nobody", []],
    ])("relations of %s", async (_what, id, ids) => {
      expect((await store().relationsOf(id)).map((r) => r.id)).toEqual(ids);
    });

    it("a relation keeps its type, ends and evidence", async () => {
      expect((await store().relationsOf(IDS.ulubekov))[0]).toMatchObject({
        id: IDS.relAz,
        type: "COUNTERPART_OF",
        source: IDS.shamirani,
        target: IDS.ulubekov,
        evidence: [{ sentence: 2 }],
      });
    });
  });

  describe("counts", () => {
    const store = h.shared();
    it("counts entities and events by type, articles, occupancies and relations", async () => {
      expect(await store().counts()).toEqual({
        entities: { Person: 5, Country: 3, Organization: 4, Place: 4 },
        events: { Visit: 2, Meeting: 3, Call: 1, Statement: 1, Agreement: 1 },
        articles: 3,
        occupancies: 4,
        relations: 3,
      });
    });
  });

  it("an empty store counts zero of everything", async () => {
    const store = await h.fresh();
    expect(await store.counts()).toEqual({
      entities: { Person: 0, Country: 0, Organization: 0, Place: 0 },
      events: { Visit: 0, Meeting: 0, Call: 0, Statement: 0, Agreement: 0 },
      articles: 0,
      occupancies: 0,
      relations: 0,
    });
    expect(await store.listArticles()).toEqual([]);
    expect((await store.findEvents({})).totalCount).toBe(0);
  });
}

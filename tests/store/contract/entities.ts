// Contract: finding entities by type, country and name, the name folded across scripts and spellings.
import { describe, expect, it } from "vitest";
import type { EntityQuery } from "../../../src/store/graph-store.ts";
import { IDS } from "../fixtures.ts";
import type { Harness } from "./harness.ts";

const PERSONS = [IDS.amir, IDS.alakbarov, IDS.lazutkin, IDS.shamirani, IDS.ulubekov].sort();

const CASES: [string, EntityQuery, string[]][] = [
  ["every person, by id", { type: "Person" }, PERSONS],
  ["persons, limit and offset", { type: "Person", limit: 2, offset: 1 }, PERSONS.slice(1, 3)],
  ["an offset past the end", { type: "Person", offset: 10 }, []],
  ["countries", { type: "Country" }, [IDS.azerbaijan, IDS.iran, IDS.russia]],
  [
    "everything of Iran",
    { country: "IR" },
    [IDS.iran, IDS.irMfa, IDS.snsc, IDS.amir, IDS.shamirani, IDS.tabriz, IDS.tehran].sort(),
  ],
  ["places of Russia", { type: "Place", country: "RU" }, [IDS.moscow]],
  ["a Latin name, any case", { name: "SHAMIRANI" }, [IDS.shamirani]],
  ["a name part", { name: "heyda" }, [IDS.amir]],
  ["Latin with its diacritics", { name: "sergueï" }, [IDS.lazutkin]],
  ["Latin without the diacritics of the data", { name: "serguei laz" }, [IDS.lazutkin]],
  ["an alias from another article", { name: "teheran" }, [IDS.tehran]],
  ["Arabic as written", { name: "شميراني" }, [IDS.shamirani]],
  ["Arabic with harakat", { name: "شَمِيرانِي" }, [IDS.shamirani]],
  ["Arabic with tatweel", { name: "شمـــيراني" }, [IDS.shamirani]],
  ["Persian ya and kaf", { name: "علی شمیرانی" }, [IDS.shamirani]],
  ["bare alef for alef with hamza below", { name: "الهام" }, [IDS.alakbarov]],
  ["bare alef for alef with hamza above", { type: "Country", name: "اذربيجان" }, [IDS.azerbaijan]],
  ["a name inside a longer one", { name: "اذربيجان" }, [IDS.azerbaijan, IDS.azCouncil]],
  ["alef maqsura for ya", { name: "على شميراني" }, [IDS.shamirani]],
  ["ha for ta marbuta", { name: "امانه مجلس الامن" }, [IDS.azCouncil]],
  ["type and name", { type: "Organization", name: "affaires" }, [IDS.irMfa, IDS.ruMfa]],
  ["a name that matches nothing", { name: "Nourbakhsh" }, []],
  ["a country with nothing in it", { country: "FR" }, []],
];

export function entitiesSection(h: Harness): void {
  describe("findEntities", () => {
    const store = h.shared();
    it.each(CASES)("%s", async (_what, query, ids) => {
      expect((await store().findEntities(query)).map((e) => e.id)).toEqual(ids);
    });
    it("default limit is 50 and results are whole entities", async () => {
      const all = await store().findEntities({});
      expect(all).toHaveLength(16);
      expect(all.find((e) => e.id === IDS.lazutkin)).toEqual(await store().getEntity(IDS.lazutkin));
    });
  });
}

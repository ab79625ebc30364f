// The contributions of each item: a lone one is kept without its list (a tie's as its item alone), and every
// read gives back exactly what was set, whichever way it was kept.
import { describe, expect, it } from "vitest";
import type { Contribution } from "../../../src/domain/merge.ts";
import { ContributionMap } from "../../../src/store/memory/contribution-map.ts";

interface Tie {
  id: string;
  evidence: { articleId: string }[];
}

const tie = (id: string, articleId: string): Tie => ({ id, evidence: [{ articleId }] });
const told = (articleId: string, item: Tie): Contribution<Tie> => ({ articleId, item });

describe("memory store: contributions kept per item", () => {
  it("gives back a lone tie contribution equal to the one set, its item the same object", () => {
    const map = new ContributionMap<Tie>(true);
    const item = tie("event:1", "article:a");
    map.set("event:1", [told("article:a", item)]);
    const back = map.get("event:1");
    expect(back).toEqual([{ articleId: "article:a", item }]);
    expect(back?.[0]?.item).toBe(item);
  });

  it("keeps the article of a lone tie whose evidence names another one", () => {
    const map = new ContributionMap<Tie>(true);
    map.set("event:1", [told("article:b", tie("event:1", "article:a"))]);
    expect(map.get("event:1")?.[0]?.articleId).toBe("article:b");
  });

  it("gives back several contributions in the order set, and a lone entity contribution as the same object", () => {
    const ties = new ContributionMap<Tie>(true);
    const list = [
      told("article:a", tie("event:1", "article:a")),
      told("article:b", tie("event:1", "article:b")),
    ];
    ties.set("event:1", list);
    expect(ties.get("event:1")).toEqual(list);
    const entities = new ContributionMap<Tie>(false);
    const only = told("article:a", tie("person:1", "article:a"));
    entities.set("person:1", [only]);
    expect(entities.get("person:1")?.[0]).toBe(only);
  });

  it("answers has, delete, size and values like the map it replaces", () => {
    const map = new ContributionMap<Tie>(true);
    map.set("event:1", [told("article:a", tie("event:1", "article:a"))]);
    map.set("event:2", [
      told("article:a", tie("event:2", "article:a")),
      told("article:b", tie("event:2", "article:b")),
    ]);
    expect(map.size).toBe(2);
    expect([...map.values()].map((c) => c.length)).toEqual([1, 2]);
    expect(map.delete("event:1")).toBe(true);
    expect(map.has("event:1")).toBe(false);
    expect(map.get("event:1")).toBeUndefined();
    expect(map.size).toBe(1);
  });
});

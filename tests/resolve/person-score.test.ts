// The merge rule: which signals merge two person records, which only make them candidates, and which rule them out.
import { describe, expect, it } from "vitest";
import type { NameRelation } from "../../src/resolve/name-match.ts";
import { MERGE_AT, decide, scoreMatch, type MatchSignals } from "../../src/resolve/person-score.ts";

const signals = (
  relation: NameRelation,
  country: MatchSignals["country"],
  extra: Partial<Omit<MatchSignals, "name" | "country">> & { strength?: number } = {},
): MatchSignals => ({
  name: { relation, strength: extra.strength ?? 4 },
  country,
  office: extra.office ?? false,
  cooccur: extra.cooccur ?? false,
});

describe("resolve/person-score: scoreMatch", () => {
  it.each([
    ["exact name, same country", signals("exact", "agree"), true],
    ["exact name, one country unknown", signals("exact", "unknown"), true],
    ["full name, same country", signals("full", "agree"), true],
    ["distinctive full name, one country unknown", signals("full", "unknown", { strength: 7 }), true],
    ["short full name, one country unknown", signals("full", "unknown", { strength: 4 }), false],
    ["short full name, unknown country, same office", signals("full", "unknown", { office: true }), true],
    ["surname only, same country", signals("partial", "agree"), false],
    ["surname only, same country and office", signals("partial", "agree", { office: true }), true],
    ["surname only, same country, met the same people", signals("partial", "agree", { cooccur: true }), true],
    ["surname only, no country", signals("partial", "unknown"), false],
    ["full name, two countries", signals("exact", "conflict", { office: true, cooccur: true }), false],
  ])("%s: merged %s", (_what, s, merged) => {
    const score = scoreMatch(s);
    expect(score).not.toBeNull();
    expect((score ?? 0) >= MERGE_AT).toBe(merged);
  });

  it.each([
    ["different given names", signals("conflict", "agree", { office: true })],
    ["no name in common", signals("none", "agree")],
    ["a bare surname in another country", signals("partial", "conflict")],
  ])("rules out %s", (_what, s) => {
    expect(scoreMatch(s)).toBeNull();
  });
});

describe("resolve/person-score: decide", () => {
  it("merges into the single best candidate at the bar", () => {
    expect(
      decide([
        { id: "b", score: 3, sticky: false },
        { id: "a", score: 2, sticky: false },
      ]),
    ).toEqual({
      merge: "b",
      candidates: [],
    });
  });

  it("leaves a tie at the top to an analyst", () => {
    expect(
      decide([
        { id: "b", score: 4, sticky: false },
        { id: "a", score: 4, sticky: false },
      ]),
    ).toEqual({
      merge: null,
      candidates: ["a", "b"],
    });
  });

  it("keeps the best few weak matches as candidates, best first", () => {
    const weak = [1, 2, 1, 2, 1, 1, 2].map((score, i) => ({ id: `p${i}`, score, sticky: false }));
    expect(decide(weak)).toEqual({ merge: null, candidates: ["p1", "p3", "p6", "p0", "p2"] });
  });

  it("keeps an earlier choice over a better newcomer", () => {
    expect(
      decide([
        { id: "new", score: 5, sticky: false },
        { id: "old", score: 1, sticky: true },
      ]).merge,
    ).toBe("old");
  });

  it("keeps a person apart when nothing matches", () => {
    expect(decide([])).toEqual({ merge: null, candidates: [] });
  });
});

// The merge rules: each item is a pure function of its contributions, whatever order they come in.
import { describe, expect, it } from "vitest";
import {
  byArticle,
  extendEntity,
  extendEvent,
  extendOccupancy,
  mergeDates,
  mergeEntity,
  mergeEvent,
  mergeEvidence,
  mergeOccupancy,
  mergeRelation,
  withContribution,
  type Contribution,
} from "../../src/domain/merge.ts";
import type { DiplomaticEvent, Entity, EventDate, Evidence, Occupancy } from "../../src/domain/types.ts";

const ev = (articleId: string, sentence: number, start = 0, end = 5): Evidence => ({
  articleId,
  sentence,
  start,
  end,
  text: `${articleId}#${sentence}`,
  extractorVersion: "t",
});

function person(
  articleId: string,
  name: string,
  more: Partial<Extract<Entity, { type: "Person" }>> = {},
): Contribution<Entity> {
  return {
    articleId,
    item: {
      id: "person:x",
      type: "Person",
      name,
      aliases: [],
      country: null,
      titles: [],
      evidence: [ev(articleId, 0)],
      ...more,
    },
  };
}

function meeting(articleId: string, more: Partial<DiplomaticEvent> = {}): Contribution<DiplomaticEvent> {
  return {
    articleId,
    item: {
      id: "event:x",
      type: "Meeting",
      status: "held",
      participants: [],
      location: null,
      date: null,
      mode: null,
      duration: null,
      topics: [],
      evidence: [ev(articleId, 1)],
      ...more,
    },
  };
}

function occ(articleId: string, more: Partial<Occupancy> = {}): Contribution<Occupancy> {
  return {
    articleId,
    item: {
      id: "occ:x",
      personId: "person:x",
      title: `title of ${articleId}`,
      organizationId: null,
      country: null,
      observed: [],
      start: null,
      end: null,
      evidence: [ev(articleId, 2)],
      ...more,
    },
  };
}

const permutations = <T>(xs: readonly T[]): T[][] =>
  xs.length <= 1
    ? [[...xs]]
    : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));

describe("mergeEntity", () => {
  const contribs = [
    person("b", "علي شميراني", { aliases: ["شميراني"], country: "IR", titles: ["أمين"] }),
    person("a", "Ali Shamirani", { aliases: ["Shamirani", "علي شميراني"], titles: ["Secretary"] }),
    person("c", "Ali Shamirani", {
      aliases: ["A. Shamirani"],
      country: "AZ",
      titles: ["Secretary", "Admiral"],
    }),
  ];

  it.each([
    ["name from the first article", "name", "Ali Shamirani"],
    [
      "every other spelling, sorted, without the name",
      "aliases",
      ["A. Shamirani", "Shamirani", "شميراني", "علي شميراني"],
    ],
    ["titles: union in article order", "titles", ["Secretary", "أمين", "Admiral"]],
    ["country: first non-null", "country", "IR"],
  ] as const)("%s", (_what, field, expected) => {
    expect(mergeEntity(contribs)).toHaveProperty(field, expected);
  });

  it("does not depend on the order of the contributions", () => {
    const expected = mergeEntity(contribs);
    for (const order of permutations(contribs)) expect(mergeEntity(order)).toEqual(expected);
  });

  it("takes type and kind from the first article", () => {
    const org = (articleId: string, kind: "ministry" | "council"): Contribution<Entity> => ({
      articleId,
      item: {
        id: "org:x",
        type: "Organization",
        name: "MFA",
        aliases: [],
        country: null,
        kind,
        evidence: [ev(articleId, 0)],
      },
    });
    expect(mergeEntity([org("z", "council"), org("m", "ministry")])).toMatchObject({
      type: "Organization",
      kind: "ministry",
    });
  });

  it("refuses an empty list", () => {
    expect(() => mergeEntity([])).toThrow(RangeError);
  });
});

describe("mergeEvidence", () => {
  it.each([
    ["keeps distinct spans", [[ev("a", 0, 0, 5)], [ev("a", 0, 6, 9)]], 2],
    ["drops the same span of the same article", [[ev("a", 0)], [ev("a", 0)]], 1],
    ["keeps the same span of two articles", [[ev("a", 0)], [ev("b", 0)]], 2],
    ["keeps two sentences", [[ev("a", 0), ev("a", 1)]], 2],
  ] as const)("%s", (_what, lists, count) => {
    expect(mergeEvidence(lists)).toHaveLength(count);
  });
});

describe("mergeDates", () => {
  const d = (value: string, precision: EventDate["precision"]): EventDate => ({ value, precision });
  it.each([
    ["none", [null, null], null],
    ["the only one", [null, d("2022-07-01", "month")], d("2022-07-01", "month")],
    ["day beats month", [d("2022-07-01", "month"), d("2022-07-16", "day")], d("2022-07-16", "day")],
    ["month beats year", [d("2022-01-01", "year"), d("2022-07-01", "month")], d("2022-07-01", "month")],
    [
      "year beats day without year",
      [d("0000-07-16", "day_no_year"), d("2022-01-01", "year")],
      d("2022-01-01", "year"),
    ],
    ["a tie goes to the first", [d("2022-07-16", "day"), d("2022-07-17", "day")], d("2022-07-16", "day")],
  ] as const)("%s", (_what, dates, expected) => {
    expect(mergeDates(dates)).toEqual(expected);
  });
});

describe("mergeEvent", () => {
  const contribs = [
    meeting("b", {
      status: "held",
      participants: [
        { entityId: "p:2", role: "host" },
        { entityId: "p:1", role: "counterpart" },
      ],
      date: { value: "2022-07-16", precision: "day" },
      topics: ["energy", "security"],
      duration: "PT2H",
    }),
    meeting("a", {
      status: "planned",
      participants: [{ entityId: "p:1", role: "counterpart" }],
      location: "place:baku",
      date: { value: "2022-07-01", precision: "month" },
      mode: "in_person",
      topics: ["security"],
    }),
    meeting("c", { status: "planned", location: "place:tehran", mode: "phone" }),
  ];

  it.each([
    ["held wins over planned", "status", "held"],
    [
      "participants: union by entity and role",
      "participants",
      [
        { entityId: "p:1", role: "counterpart" },
        { entityId: "p:2", role: "host" },
      ],
    ],
    ["location: first non-null", "location", "place:baku"],
    ["date: the most precise", "date", { value: "2022-07-16", precision: "day" }],
    ["mode: first non-null", "mode", "in_person"],
    ["duration: first non-null", "duration", "PT2H"],
    ["topics: union in article order", "topics", ["security", "energy"]],
    ["evidence of every article, in article order", "evidence", [ev("a", 1), ev("b", 1), ev("c", 1)]],
  ] as const)("%s", (_what, field, expected) => {
    expect(mergeEvent(contribs)).toHaveProperty(field, expected);
  });

  it("planned when no article says it was held", () => {
    expect(mergeEvent([meeting("a", { status: "planned" })]).status).toBe("planned");
  });

  it("does not depend on the order of the contributions", () => {
    const expected = mergeEvent(contribs);
    for (const order of permutations(contribs)) expect(mergeEvent(order)).toEqual(expected);
  });
});

describe("mergeOccupancy", () => {
  const contribs = [
    occ("b", {
      observed: ["2022-07-17", "2022-07-16"],
      start: "2019-09-01",
      end: "2023-05-22",
      country: "IR",
    }),
    occ("a", { observed: ["2022-07-16"], organizationId: "org:snsc", start: "2013-09-10" }),
    occ("c", { observed: ["2021-01-01"], end: "2023-05-21" }),
  ];
  it.each([
    ["title from the first article", "title", "title of a"],
    ["observed: union, sorted", "observed", ["2021-01-01", "2022-07-16", "2022-07-17"]],
    ["start: the earliest", "start", "2013-09-10"],
    ["end: the latest", "end", "2023-05-22"],
    ["organisation: first non-null", "organizationId", "org:snsc"],
    ["country: first non-null", "country", "IR"],
  ] as const)("%s", (_what, field, expected) => {
    expect(mergeOccupancy(contribs)).toHaveProperty(field, expected);
  });
});

describe("mergeRelation", () => {
  it("keeps the first article's ends and the evidence of all", () => {
    const rel = (articleId: string, source: string) => ({
      articleId,
      item: {
        id: "rel:x",
        type: "COUNTERPART_OF" as const,
        source,
        target: "p:9",
        evidence: [ev(articleId, 3)],
      },
    });
    expect(mergeRelation([rel("b", "p:2"), rel("a", "p:1")])).toEqual({
      id: "rel:x",
      type: "COUNTERPART_OF",
      source: "p:1",
      target: "p:9",
      evidence: [ev("a", 3), ev("b", 3)],
    });
  });
});

describe("withContribution", () => {
  const list = byArticle([person("c", "C"), person("a", "A")]);
  it.each([
    ["adds a new article in order", "b", "B", ["a", "b", "c"]],
    ["replaces an article's say", "a", "A2", ["a", "c"]],
    ["removes an article's say", "c", null, ["a"]],
    ["removing an absent article changes nothing", "z", null, ["a", "c"]],
  ] as const)("%s", (_what, articleId, name, articles) => {
    const next = withContribution(list, articleId, name === null ? null : person(articleId, name).item);
    expect(next.map((c) => c.articleId)).toEqual(articles);
    if (name !== null) expect(next.find((c) => c.articleId === articleId)?.item.name).toBe(name);
  });
});

describe("extend*: adding a contribution from an article that sorts last", () => {
  const entities = [
    person("a", "Ali Shamirani", { aliases: ["Shamirani"], titles: ["Secretary"] }),
    person("b", "علي شميراني", {
      aliases: ["شميراني", "Ali Shamirani"],
      country: "IR",
      titles: ["أمين", "Secretary"],
    }),
    person("c", "Shamirani", {
      country: "AZ",
      titles: ["Admiral"],
      evidence: [ev("c", 0), ev("c", 0), ev("c", 4)],
    }),
  ];
  const events = [
    meeting("a", {
      status: "planned",
      participants: [{ entityId: "p:1", role: "host" }],
      topics: ["energy"],
    }),
    meeting("b", {
      participants: [
        { entityId: "p:1", role: "host" },
        { entityId: "p:2", role: "counterpart" },
      ],
      date: { value: "2022-07-01", precision: "month" },
      location: "place:x",
    }),
    meeting("c", {
      date: { value: "2022-07-16", precision: "day" },
      mode: "phone",
      topics: ["security", "energy"],
    }),
  ];
  const occupancies = [
    occ("a", { observed: ["2022-02-01"], end: "2022-03-01" }),
    occ("b", { observed: ["2022-01-01", "2022-02-01"], start: "2020-01-01", organizationId: "org:x" }),
    occ("c", { start: "2019-01-01", end: "2023-01-01", country: "IR" }),
  ];

  it.each([1, 2])("entities: the fold of %i then one more equals merging all", (k) => {
    const next = entities[k];
    if (next === undefined) throw new Error("fixture");
    expect(extendEntity(mergeEntity(entities.slice(0, k)), next.item)).toEqual(
      mergeEntity(entities.slice(0, k + 1)),
    );
  });
  it.each([1, 2])("events: the fold of %i then one more equals merging all", (k) => {
    const next = events[k];
    if (next === undefined) throw new Error("fixture");
    expect(extendEvent(mergeEvent(events.slice(0, k)), next.item)).toEqual(
      mergeEvent(events.slice(0, k + 1)),
    );
  });
  it.each([1, 2])("occupancies: the fold of %i then one more equals merging all", (k) => {
    const next = occupancies[k];
    if (next === undefined) throw new Error("fixture");
    expect(extendOccupancy(mergeOccupancy(occupancies.slice(0, k)), next.item)).toEqual(
      mergeOccupancy(occupancies.slice(0, k + 1)),
    );
  });
});

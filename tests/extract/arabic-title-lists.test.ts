// Officials listed under one plural or dual head, each with a country or a portfolio and a name no list knows:
// every one is a person with the title the head gives them and the country their item names.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import type { Person } from "../../src/domain/types.ts";

function extract(text: string) {
  const patch = extractArticle(text, { language: "ar", id: "t" });
  const persons = patch.entities.filter((e): e is Person => e.type === "Person");
  const byId = new Map(patch.entities.map((e) => [e.id, e]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  const pairs = (type: string) =>
    patch.events
      .filter((e) => e.type === type)
      .map((e) => e.participants.map((p) => name(p.entityId)).sort())
      .sort();
  const relations = patch.relations.map((r) => [name(r.source), name(r.target)].sort()).sort();
  const who = persons.map((p) => [p.name, p.country ?? null, p.titles]);
  return { persons, pairs, relations, who };
}

describe("Arabic lists under a plural head", () => {
  it("ministers listed by country after 'وزراء خارجية'", () => {
    const { who } = extract(
      "وشارك في الاجتماع وزراء خارجية الأردن تافور كيشين، والسعودية غيديون كاربوف، وقطر أورفاث الغلزاري.",
    );
    expect(who).toEqual([
      ["تافور كيشين", "JO", ["وزير خارجية الأردن"]],
      ["غيديون كاربوف", "SA", ["وزير خارجية السعودية"]],
      ["أورفاث الغلزاري", "QA", ["وزير خارجية قطر"]],
    ]);
  });

  it("ministers listed by portfolio after 'وزراء', with or without و between the items", () => {
    const { who } = extract(
      "واستقبل الرئيس التونسي سامي دارلي وفدا يضم وزراء الخارجية تافور كيشين، الدفاع موريل أكوان، والتجارة غيديون كاربوف.",
    );
    expect(who.map(([name, , titles]) => [name, titles])).toEqual([
      ["سامي دارلي", ["الرئيس التونسي"]],
      ["تافور كيشين", ["وزير الخارجية"]],
      ["موريل أكوان", ["وزير الدفاع"]],
      ["غيديون كاربوف", ["وزير التجارة"]],
    ]);
  });

  it("counterparts listed by demonym: each met the host and is the host's counterpart", () => {
    const { pairs, relations, who } = extract(
      "وبحث وزير الخارجية المصري أورفاث الغلزاري مع نظرائه الأردني تافور كيشين، والسعودي غيديون كاربوف، والقطري موريل أكوان تطورات الأوضاع.",
    );
    expect(who.map(([name, country]) => [name, country])).toEqual([
      ["أورفاث الغلزاري", "EG"],
      ["تافور كيشين", "JO"],
      ["غيديون كاربوف", "SA"],
      ["موريل أكوان", "QA"],
    ]);
    const host = "أورفاث الغلزاري";
    const met = [["تافور كيشين"], ["غيديون كاربوف"], ["موريل أكوان"]].map(([other]) => [host, other!].sort());
    expect(pairs("Meeting")).toEqual(met.sort());
    expect(relations).toEqual(met.sort());
  });

  it("a dual head with the countries first and the names after them, in the same order", () => {
    const { who, pairs } = extract(
      "وعقد وزيرا خارجية مصر والسودان سامي دارلي وموريل أكوان جلسة مباحثات في القاهرة.",
    );
    expect(who).toEqual([
      ["سامي دارلي", "EG", ["وزير خارجية مصر"]],
      ["موريل أكوان", "SD", ["وزير خارجية السودان"]],
    ]);
    expect(pairs("Meeting")).toEqual([["سامي دارلي", "موريل أكوان"]]);
  });

  it.each([
    [
      "a plural inside a singular title",
      "واستقبل رئيس وزراء الأردن تافور كيشين الوفد.",
      [["تافور كيشين", "JO"]],
    ],
    ["a list of portfolios with no names", "واجتمع وزراء الخارجية والدفاع والتجارة في القاهرة.", []],
    ["a list of countries with no names", "واجتمع وزراء خارجية الأردن والسعودية وقطر في عمان.", []],
  ])("reads no list where there is none: %s", (_what, text, expected) => {
    expect(extract(text).who.map(([name, country]) => [name, country])).toEqual(expected);
  });
});

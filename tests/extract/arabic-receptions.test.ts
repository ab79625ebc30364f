// Who met whom when an Arabic visit is told through its reception, its delegation and its attendees:
// "وكان في استقباله بالمطار X" (the pronoun is the visitor, X received him), "على رأس وفد يضم … من بينهم A وB"
// (the members made the visit), "ويرافق X في الزيارة A وB" (so did A and B), "وجرى اللقاء بحضور A وB" (those
// named only attended). Invented names.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import type { GraphPatch } from "../../src/domain/types.ts";

function extract(text: string): GraphPatch {
  return extractArticle(text, { language: "ar", id: "t", sourceCountry: "DZ", publishedAt: "2025-03-02" });
}

/** Each meeting as the sorted names of its participants; each visit as "visitor>country". */
function read(patch: GraphPatch): { meetings: string[][]; visits: string[] } {
  const name = new Map(patch.entities.map((e) => [e.id, e.name]));
  const country = new Map(patch.entities.map((e) => [e.id, e.country ?? null]));
  const meetings = patch.events
    .filter((e) => e.type === "Meeting")
    .map((e) => e.participants.map((p) => name.get(p.entityId) ?? p.entityId).sort());
  const visits = patch.events
    .filter((e) => e.type === "Visit" && e.location)
    .flatMap((e) =>
      e.participants
        .filter((p) => p.role === "visitor")
        .map((p) => `${name.get(p.entityId)}>${country.get(e.location ?? "")}`),
    );
  return { meetings, visits };
}

const ARRIVAL =
  "وكان الوزير الأول الموريتاني، السيد المختار ولد سيدي، قد حل أمس بالجزائر العاصمة، على رأس وفد يضم عدة " +
  "وزراء، من بينهم وزير الخارجية، السيد محمد ولد أحمدو، ووزير المالية، السيد سالم ولد بابا، حيث كان في " +
  "استقباله بمطار العاصمة الدولي الوزير الأول، السيد رشيد بن عمارة.";

describe("Arabic receptions, delegations and attendees", () => {
  it("'كان في استقباله X': X met the visitor the pronoun stands for, not the delegation members named before", () => {
    const { meetings } = read(extract(ARRIVAL));
    expect(meetings).toContainEqual(["المختار ولد سيدي", "رشيد بن عمارة"].sort());
    expect(meetings.flat().filter((n) => n === "محمد ولد أحمدو" || n === "سالم ولد بابا")).toEqual([]);
  });

  it("the members a delegation is said to include made the visit with its head", () => {
    const { visits } = read(extract(ARRIVAL));
    expect(visits.sort()).toEqual(["المختار ولد سيدي>DZ", "محمد ولد أحمدو>DZ", "سالم ولد بابا>DZ"].sort());
  });

  it("a meeting told again by its attendees ('وجرى اللقاء بحضور A وB') pairs no attendee with another", () => {
    const { meetings } = read(
      extract(
        "استقبل رئيس الجمهورية، السيد عمر بن يوسف، اليوم بمقر الرئاسة، وزير الخارجية الموريتاني، السيد محمد " +
          "ولد أحمدو. وقد جرى اللقاء بحضور الوزير الأول، السيد رشيد بن عمارة، ووزير الدولة، السيد كمال " +
          "بلقاسم، ومدير الديوان، السيد نذير حمدي.",
      ),
    );
    expect(meetings).toEqual([["عمر بن يوسف", "محمد ولد أحمدو"].sort()]);
  });

  it("a meeting with attendees keeps the one met and drops every attendee of the list", () => {
    const { meetings } = read(
      extract(
        "التقى رئيس الجمهورية، السيد عمر بن يوسف، اليوم وزير الخارجية الموريتاني، السيد محمد ولد أحمدو، " +
          "بحضور الوزير الأول، السيد رشيد بن عمارة، ومدير الديوان، السيد نذير حمدي.",
      ),
    );
    expect(meetings).toEqual([["عمر بن يوسف", "محمد ولد أحمدو"].sort()]);
  });

  it("'ويرافق X في الزيارة A وB': those named after the one accompanied make the visit told before", () => {
    const { visits } = read(
      extract(
        "وصل الرئيس الموريتاني، السيد المختار ولد سيدي، اليوم إلى الجزائر العاصمة في زيارة رسمية. ويرافق الرئيس " +
          "في الزيارة وزير الخارجية، السيد محمد ولد أحمدو، ووزير المالية، السيد سالم ولد بابا.",
      ),
    );
    expect(visits.sort()).toEqual(["المختار ولد سيدي>DZ", "محمد ولد أحمدو>DZ", "سالم ولد بابا>DZ"].sort());
  });

  it("'ويرافقه وزير الخارجية X': with the pronoun on the verb, the first one named is a companion too", () => {
    const { visits } = read(
      extract(
        "وصل الرئيس الموريتاني، السيد المختار ولد سيدي، اليوم إلى الجزائر العاصمة في زيارة رسمية. ويرافقه وزير " +
          "الخارجية، السيد محمد ولد أحمدو، في هذه الزيارة.",
      ),
    );
    expect(visits.sort()).toEqual(["المختار ولد سيدي>DZ", "محمد ولد أحمدو>DZ"].sort());
  });

  it("a spouse told by 'قرينة الرئيس X، التي ترافقه في الزيارة' is a person of that country and makes the visit", () => {
    const patch = extract(
      "وصل الرئيس القبرصي، السيد نيكولاس أندرياس، اليوم إلى الجزائر العاصمة في زيارة رسمية. والتقت السيدة " +
        "الأولى، السيدة سلمى بن يوسف، السيدة ماريا أندرياس، قرينة الرئيس القبرصي، التي ترافقه في الزيارة.",
    );
    const { meetings, visits } = read(patch);
    expect(visits.sort()).toEqual(["ماريا أندرياس>DZ", "نيكولاس أندرياس>DZ"].sort());
    expect(meetings).toContainEqual(["سلمى بن يوسف", "ماريا أندرياس"].sort());
  });

  it("a banquet after a title ('وأقام الملك مأدبة غداء') is no person, nor are 'الملكة X' and 'الأميرة X' missed", () => {
    const patch = extract(
      "وأقام جلالة الملك مأدبة غداء تكريما للضيف. والتقت جلالة الملكة سلمى بن راشد رئيسة جمعية خيرية، " +
        "كما استقبلت سمو الأميرة هند بن راشد وفدا نسائيا.",
    );
    const names = patch.entities.filter((e) => e.type === "Person").map((e) => e.name);
    expect(names.some((n) => n.includes("مأدبة"))).toBe(false);
    expect(names).toEqual(expect.arrayContaining(["سلمى بن راشد", "هند بن راشد"]));
  });
});

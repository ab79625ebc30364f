// When two reports are one event: kind, people, dates and places.
import { describe, expect, it } from "vitest";
import type { DiplomaticEvent, EventDate } from "../../src/domain/types.ts";
import {
  coreParticipants,
  datesAgree,
  placesAgree,
  sameEvent,
  type Report,
} from "../../src/resolve/event-match.ts";

const day = (value: string): EventDate => ({ value, precision: "day" });
const report = (date: EventDate | null, ...published: string[]): Report => ({ date, published });

function event(over: Partial<DiplomaticEvent>): DiplomaticEvent {
  return {
    id: "event:x",
    type: "Meeting",
    status: "held",
    participants: [
      { entityId: "person:a", role: "participant" },
      { entityId: "person:b", role: "participant" },
    ],
    location: null,
    date: null,
    mode: null,
    duration: null,
    topics: [],
    evidence: [],
    ...over,
  };
}

const COUNTRY: Record<string, string> = { "place:baku": "AZ", "place:ganja": "AZ", "place:tehran": "IR" };
const countryOf = (id: string) => (id.startsWith("country:") ? id.slice(8) : (COUNTRY[id] ?? null));

describe("resolve/event-match: datesAgree", () => {
  it.each([
    ["the same day", "Meeting", report(day("2022-07-04")), report(day("2022-07-04")), "yes"],
    ["two days", "Meeting", report(day("2022-07-04")), report(day("2022-07-05")), "no"],
    [
      "a visit by arrival and by meeting",
      "Visit",
      report(day("2022-07-03")),
      report(day("2022-07-04")),
      "yes",
    ],
    ["a visit a week apart", "Visit", report(day("2022-07-03")), report(day("2022-07-10")), "no"],
    [
      "no day, article the day after",
      "Meeting",
      report(null, "2022-07-05"),
      report(day("2022-07-04")),
      "yes",
    ],
    ["no day, article a month after", "Meeting", report(null, "2022-08-05"), report(day("2022-07-04")), "no"],
    [
      "the month of the day",
      "Meeting",
      report({ value: "2022-07-01", precision: "month" }, "2022-07-05"),
      report(day("2022-07-04")),
      "yes",
    ],
    [
      "another month",
      "Meeting",
      report({ value: "2022-06-01", precision: "month" }, "2022-07-05"),
      report(day("2022-07-04")),
      "no",
    ],
    [
      "a day without year near the day",
      "Visit",
      report({ value: "0000-07-16", precision: "day_no_year" }),
      report(day("2022-07-14")),
      "yes",
    ],
    [
      "a day without year far from it",
      "Visit",
      report({ value: "0000-03-16", precision: "day_no_year" }),
      report(day("2022-07-14")),
      "no",
    ],
    [
      "a day without year near the article",
      "Visit",
      report({ value: "0000-07-16", precision: "day_no_year" }),
      report(null, "2022-07-15"),
      "yes",
    ],
    [
      "neither dated, articles two days apart",
      "Meeting",
      report(null, "2022-07-04"),
      report(null, "2022-07-06"),
      "yes",
    ],
    [
      "neither dated, articles far apart",
      "Meeting",
      report(null, "2022-07-04"),
      report(null, "2023-07-06"),
      "no",
    ],
    ["a report with no time at all", "Meeting", report(null), report(day("2022-07-04")), "unknown"],
  ] as const)("%s: %s", (_what, type, a, b, verdict) => {
    expect(datesAgree(type, a, b)).toBe(verdict);
    expect(datesAgree(type, b, a)).toBe(verdict);
  });
});

describe("resolve/event-match: placesAgree", () => {
  it.each([
    [null, "place:baku", true],
    ["place:baku", "place:baku", true],
    ["place:baku", "country:AZ", true],
    ["country:AZ", "place:tehran", false],
    ["place:baku", "place:ganja", false],
    ["country:AZ", "country:IR", false],
  ])("%s and %s: %s", (a, b, agree) => {
    expect(placesAgree(a, b, countryOf)).toBe(agree);
    expect(placesAgree(b, a, countryOf)).toBe(agree);
  });
});

describe("resolve/event-match: sameEvent", () => {
  const r = report(day("2022-07-04"));
  it("takes a visit's visitors as its people, not its hosts", () => {
    const visit = event({
      type: "Visit",
      participants: [
        { entityId: "person:v", role: "visitor" },
        { entityId: "person:h", role: "host" },
      ],
    });
    expect(coreParticipants(visit)).toEqual(["person:v"]);
    const bare = event({ type: "Visit", participants: [{ entityId: "person:v", role: "visitor" }] });
    expect(sameEvent(visit, r, bare, r, countryOf)).toBe("same");
  });

  it("tells other kinds, other people and other places apart", () => {
    expect(sameEvent(event({}), r, event({ type: "Call" }), r, countryOf)).toBe("different");
    const other = event({
      participants: [
        { entityId: "person:a", role: "participant" },
        { entityId: "person:c", role: "participant" },
      ],
    });
    expect(sameEvent(event({}), r, other, r, countryOf)).toBe("different");
    expect(
      sameEvent(event({ location: "place:baku" }), r, event({ location: "place:tehran" }), r, countryOf),
    ).toBe("different");
  });

  it("is unsure of a report nothing places in time", () => {
    expect(sameEvent(event({}), report(null), event({}), r, countryOf)).toBe("maybe");
  });
});

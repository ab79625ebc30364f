// Windows: checked once (dates real and in order, codes, types, status), normalised so equal windows share a key.
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/domain/errors.ts";
import { parseWindow, windowKey, type WindowInput } from "../../src/analytics/window.ts";

describe("analytics windows", () => {
  it.each<[string, WindowInput]>([
    ["inverted dates", { from: "2024-02-01", to: "2024-01-31" }],
    ["a day that does not exist", { from: "2024-02-30" }],
    ["not a date", { to: "last year" }],
    ["a bad country code", { countries: ["Iran"] }],
    ["an unknown event type", { types: ["Dinner"] }],
    ["an unknown status", { status: "cancelled" }],
  ])("refuses %s as bad input", (_, input) => {
    expect(() => parseWindow(input)).toThrow(InvalidInputError);
  });

  it("normalises codes, types and duplicates, so equal windows have one key", () => {
    const a = parseWindow({ from: "2024-01-01", countries: ["ir", "AZ", "IR"], types: ["Meeting", "Call"] });
    const b = parseWindow({
      from: "2024-01-01",
      countries: ["AZ", "IR"],
      types: ["Call", "Meeting", "Call"],
    });
    expect(a).toEqual({
      from: "2024-01-01",
      to: null,
      countries: ["AZ", "IR"],
      types: ["Call", "Meeting"],
      status: null,
    });
    expect(windowKey(a)).toBe(windowKey(b));
    expect(windowKey(a)).not.toBe(windowKey(parseWindow({ from: "2024-01-02" })));
    expect(parseWindow({ from: "2024-03-01", to: "2024-03-01", status: "held" }).status).toBe("held");
    expect(parseWindow(null)).toEqual({ from: null, to: null, countries: [], types: [], status: null });
  });
});

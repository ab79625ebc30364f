// The extraction driver: passes run in order over one state, and a trace says what each one added.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import {
  emptyState,
  runPasses,
  type Pass,
  type TaggerState,
  type TraceStep,
} from "../../src/extract/pipeline.ts";
import { ARABIC_PASSES } from "../../src/extract/lang/ar/index.ts";
import { ENGLISH_PASSES } from "../../src/extract/lang/en/index.ts";
import { PERSIAN_PASSES } from "../../src/extract/lang/fa/index.ts";

const CONTEXT = { articleId: "a", language: "en" as const, sourceCountry: null, publishedAt: null };

describe("extract: pipeline", () => {
  it("runs passes in order and traces only what each one changed", () => {
    const ran: string[] = [];
    const passes: Pass<TaggerState>[] = [
      { name: "first", run: () => ran.push("first") },
      {
        name: "dateline",
        run(state) {
          ran.push("dateline");
          state.dateline = {
            sentence: 0,
            from: 0,
            to: 1,
            start: 0,
            end: 4,
            code: "JO",
            kind: "place",
            surface: "Amman",
          };
        },
      },
      { name: "last", run: () => ran.push("last") },
    ];
    const steps: TraceStep[] = [];
    const out = runPasses(passes, emptyState("Amman", CONTEXT), (s) => steps.push(s));
    expect(ran).toEqual(["first", "dateline", "last"]);
    expect(steps.map((s) => [s.pass, s.lines])).toEqual([
      ["first", []],
      ["dateline", ["dateline Amman → JO"]],
      ["last", []],
    ]);
    expect(out.dateline?.code).toBe("JO");
  });

  it("names every pass of the packs, each once", () => {
    for (const passes of [ARABIC_PASSES, ENGLISH_PASSES, PERSIAN_PASSES]) {
      const names = passes.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
      expect(names[0]).toBe("sentences");
    }
  });

  it("traces a real extraction pass by pass, ending with what assemble made, and changes nothing by tracing", () => {
    const text =
      "AMMAN, March 3 — Jordan's Foreign Minister Omar Haddad met Azerbaijani Foreign Minister Nadia Karimova in Amman on Sunday.";
    const steps: TraceStep[] = [];
    const traced = extractArticle(
      text,
      { language: "en", publishedAt: "2024-03-05" },
      { tracer: (s) => steps.push(s) },
    );
    expect(steps.map((s) => s.pass)).toEqual([...ENGLISH_PASSES.map((p) => p.name), "assemble"]);
    const lines = steps.flatMap((s) => s.lines);
    expect(lines.some((l) => /person Omar Haddad/.test(l))).toBe(true);
    expect(
      steps
        .find((s) => s.pass === "events")
        ?.lines.some((l) => /^#0 Meeting: .*Haddad.* with .*Karimova/.test(l)),
    ).toBe(true);
    expect(traced).toEqual(extractArticle(text, { language: "en", publishedAt: "2024-03-05" }));
  });
});

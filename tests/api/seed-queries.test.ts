// Issue 6's bar on the real seed: the seed article ingested by the real pipeline, then the analyst's questions
// over HTTP (search across scripts, meetingsBetween, bilateral, path), each answer with its evidence sentences.
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedFolders } from "../../src/commands/seed.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { dataOf, startApi, type Running } from "./client.ts";

const SEED = fileURLToPath(new URL("../../seed/articles", import.meta.url));

describe("api: questions about the seed", () => {
  let store: GraphStore;
  let api: Running;
  const idOf = async (text: string): Promise<string> => {
    const data = dataOf(await api.gql(`query($t: String!) { search(text: $t) { id type } }`, { t: text }));
    const hits = data.search as { id: string; type: string }[];
    expect(
      hits.filter((h) => h.type === "Person"),
      `search ${text}`,
    ).toHaveLength(1);
    return hits[0]!.id;
  };

  beforeAll(async () => {
    store = await createMemoryStore();
    const report = await seedFolders(store, [SEED], () => {});
    expect(report.failed).toEqual([]);
    api = await startApi({ store });
  });
  afterAll(async () => {
    await api.stop();
    await store.close();
  });

  it("finds a person typed in another script", async () => {
    expect(await idOf("Shamkhani")).toBe(await idOf("شمخاني"));
    expect(await idOf("Aliyev")).toBe(await idOf("علييف"));
  });

  it("answers meetingsBetween with the meeting and the sentences that tell it", async () => {
    const data = dataOf(
      await api.gql(
        `query($a: ID!, $b: ID!) { meetingsBetween(a: $a, b: $b) { type duration evidence { sentence text } } }`,
        {
          a: await idOf("شمخاني"),
          b: await idOf("علييف"),
        },
      ),
    );
    const meetings = data.meetingsBetween as {
      type: string;
      duration: string | null;
      evidence: { text: string }[];
    }[];
    expect(meetings.filter((m) => m.type === "Meeting")).toHaveLength(1);
    expect(meetings[0]?.duration).toBe("PT2H");
    expect(meetings[0]?.evidence.length).toBeGreaterThanOrEqual(2);
    expect(meetings[0]?.evidence.some((e) => e.text.includes("اجتماع خاص لمدة ساعتين"))).toBe(true);
  });

  it("answers bilateral(IR, AZ) with the visit and the meetings", async () => {
    const data = dataOf(
      await api.gql(`{ bilateral(a: "IR", b: "AZ") { events { type evidence { text } } } }`),
    );
    const events = (data.bilateral as { events: { type: string; evidence: unknown[] }[] }).events;
    expect(events.filter((e) => e.type === "Visit")).toHaveLength(1);
    expect(events.filter((e) => e.type === "Meeting").length).toBeGreaterThanOrEqual(4);
    for (const e of events) expect(e.evidence.length).toBeGreaterThan(0);
  });

  it("answers path from Usubov to Aliyev through Shamkhani, each hop with evidence", async () => {
    const data = dataOf(
      await api.gql(
        `query($a: ID!, $b: ID!) { path(from: $a, to: $b) { length nodes { name } hops { evidence { text } } } }`,
        {
          a: await idOf("أوسوبوف"),
          b: await idOf("علييف"),
        },
      ),
    );
    const path = data.path as { length: number; nodes: { name: string }[]; hops: { evidence: unknown[] }[] };
    expect(path.length).toBe(2);
    expect(path.nodes[1]?.name).toContain("شمخاني");
    for (const hop of path.hops) expect(hop.evidence.length).toBeGreaterThan(0);
  });
});

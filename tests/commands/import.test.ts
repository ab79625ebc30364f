// `diplograph import`: the JSON export read back into an empty store gives the same export; bad files and
// non-empty stores are refused before anything is written.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportGraph } from "../../src/commands/export.ts";
import { importFile, importGraph } from "../../src/commands/import.ts";
import { parseExport, type GraphExport } from "../../src/commands/import-patches.ts";
import { ConflictError, InvalidInputError } from "../../src/domain/errors.ts";
import type { GraphStore } from "../../src/store/graph-store.ts";
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { fillStore } from "../analytics/analytics-suite.ts";

describe("import", () => {
  let source: GraphStore;
  let exported: GraphExport;
  let dir: string;
  beforeAll(async () => {
    source = await createMemoryStore();
    await fillStore(source);
    exported = parseExport(JSON.parse(JSON.stringify(await exportGraph(source))), "test");
    dir = await mkdtemp(join(tmpdir(), "diplograph-import-"));
  }, 120_000);
  afterAll(async () => {
    await source.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("reads the export back into an empty memory store, which exports the same graph", async () => {
    const file = join(dir, "graph.json");
    await writeFile(file, JSON.stringify(exported));
    const target = await createMemoryStore();
    try {
      const report = await importFile(target, file);
      expect(report.articles).toBe(exported.articles.length);
      expect(exported.relations.length + exported.occupancies.length).toBeGreaterThan(0);
      expect(await exportGraph(target)).toEqual(exported);
      expect(await target.counts()).toEqual(await source.counts());
    } finally {
      await target.close();
    }
  });

  it("refuses a store that already holds a graph, and changes nothing", async () => {
    const before = await source.counts();
    await expect(importGraph(source, exported)).rejects.toThrow(ConflictError);
    expect(await source.counts()).toEqual(before);
  });

  it.each([
    ["a file that is not JSON", "{ not json"],
    ["JSON that is no export", JSON.stringify({ entities: [] })],
  ])("refuses %s as bad input", async (_, text) => {
    const file = join(dir, "bad.json");
    await writeFile(file, text);
    const target = await createMemoryStore();
    try {
      await expect(importFile(target, file)).rejects.toThrow(InvalidInputError);
      expect((await target.counts()).articles).toBe(0);
    } finally {
      await target.close();
    }
  });

  it("refuses an export whose events refer to an entity it lacks, before writing", async () => {
    const event = exported.events[0];
    if (event === undefined) throw new Error("no event");
    const broken = {
      ...exported,
      entities: exported.entities.filter((e) => e.id !== event.participants[0]?.entityId),
    };
    const target = await createMemoryStore();
    try {
      await expect(importGraph(target, broken)).rejects.toThrow(InvalidInputError);
      expect((await target.counts()).articles).toBe(0);
    } finally {
      await target.close();
    }
  });
});

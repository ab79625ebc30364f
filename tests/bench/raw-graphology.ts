// The baseline the memory store is held to: the same nodes and edges (entities, ties, one edge per
// participant and location) inserted into a bare graphology graph, with nothing else kept. Run as its own
// process (`node --expose-gc --import tsx raw-graphology.ts SCALE`) so its resident memory is its own; prints JSON.
import { MultiUndirectedGraph } from "graphology";
import { pathToFileURL } from "node:url";
import { articlePatches, gazetteerPatch, optionsAtScale } from "./synthetic-graph.ts";

export interface RawFigures {
  seconds: number;
  /** Resident memory added by the graph (after a full GC), MB. */
  rssMB: number;
  heapMB: number;
  nodes: number;
  edges: number;
}

const MB = 1024 * 1024;

function settled(): { rss: number; heap: number } {
  globalThis.gc?.();
  globalThis.gc?.();
  const usage = process.memoryUsage();
  return { rss: usage.rss / MB, heap: usage.heapUsed / MB };
}

export function rawGraphology(scale: number): RawFigures {
  const options = optionsAtScale(scale);
  const before = settled();
  const started = performance.now();
  const graph = new MultiUndirectedGraph();
  const patches = (function* () {
    yield gazetteerPatch(options);
    yield* articlePatches(options);
  })();
  for (const patch of patches) {
    for (const entity of patch.entities) graph.mergeNode(entity.id, { kind: "entity" });
    for (const event of patch.events) {
      graph.addNode(event.id, { kind: "event" });
      for (const p of event.participants) graph.addEdge(p.entityId, event.id, { role: p.role });
      if (event.location !== null) graph.addEdge(event.location, event.id, { role: "location" });
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const after = settled();
  return {
    seconds,
    rssMB: after.rss - before.rss,
    heapMB: after.heap - before.heap,
    nodes: graph.order,
    edges: graph.size,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.stdout.write(`${JSON.stringify(rawGraphology(Number(process.argv[2] ?? "1")))}\n`);
}

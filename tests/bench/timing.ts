// Shared by the store benchmarks: loading the synthetic graph into a store, and timing a query over many inputs.
import type { GraphStore } from "../../src/store/graph-store.ts";
import { articlePatches, gazetteerPatch, type SyntheticOptions } from "./synthetic-graph.ts";

/** Applies the synthetic graph (gazetteer first, then every article) and returns the seconds it took. */
export async function loadSynthetic(store: GraphStore, options: SyntheticOptions): Promise<number> {
  const started = performance.now();
  await store.applyPatch(gazetteerPatch(options));
  for (const patch of articlePatches(options)) await store.applyPatch(patch);
  return (performance.now() - started) / 1000;
}

/** ms per call of `query` over the inputs after the first `warmup`, which run untimed. */
export async function timeCalls<T>(
  inputs: readonly T[],
  warmup: number,
  query: (input: T) => Promise<unknown>,
): Promise<number[]> {
  for (const input of inputs.slice(0, warmup)) await query(input);
  const samples: number[] = [];
  for (const input of inputs.slice(warmup)) {
    const started = performance.now();
    await query(input);
    samples.push(performance.now() - started);
  }
  return samples;
}

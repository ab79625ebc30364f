// The registry of benchmark sections, run in this order. To add one: a file in this folder exporting a
// BenchSection, and a line here.
import type { BenchSection } from "../section.ts";
import { memoryStoreSection } from "./memory-store.ts";

export const SECTIONS: readonly BenchSection[] = [memoryStoreSection];

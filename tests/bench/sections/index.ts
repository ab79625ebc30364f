// The registry of benchmark sections, run in this order. To add one: a file in this folder exporting a
// BenchSection, and a line here.
import type { BenchSection } from "../section.ts";
import { analyticsSection } from "./analytics.ts";
import { apiSection } from "./api.ts";
import { dashboardSection } from "./dashboard.ts";
import { extractArabicSection } from "./extract-arabic.ts";
import { extractEnglishSection } from "./extract-english.ts";
import { extractSizesSection } from "./extract-sizes.ts";
import { memoryStoreSection } from "./memory-store.ts";
import { neo4jStoreSection } from "./neo4j-store.ts";
import { resolutionSection } from "./resolution.ts";

export const SECTIONS: readonly BenchSection[] = [
  memoryStoreSection,
  neo4jStoreSection,
  extractArabicSection,
  extractEnglishSection,
  extractSizesSection,
  resolutionSection,
  apiSection,
  analyticsSection,
  dashboardSection,
];

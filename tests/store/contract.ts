// The GraphStore contract: one table-driven suite that every store (memory, Neo4j) must pass, through the
// interface only. A store calls describeStore(name, factory) from its own test file.
import { describe } from "vitest";
import { badInputSection } from "./contract/bad-input.ts";
import { entitiesSection } from "./contract/entities.ts";
import { eventsSection } from "./contract/events.ts";
import { makeHarness, type Harness, type StoreFactory } from "./contract/harness.ts";
import { retractionSection } from "./contract/retraction.ts";
import { tiesSection } from "./contract/ties.ts";
import { traversalSection } from "./contract/traversal.ts";
import { writesSection } from "./contract/writes.ts";

export type { StoreFactory } from "./contract/harness.ts";
export { readBack } from "./contract/harness.ts";

const SECTIONS = {
  writes: writesSection,
  retraction: retractionSection,
  entities: entitiesSection,
  events: eventsSection,
  ties: tiesSection,
  traversal: traversalSection,
  "bad input": badInputSection,
} as const satisfies Record<string, (h: Harness) => void>;

export type ContractSection = keyof typeof SECTIONS;

/** What a store may differ in. Every section runs unless skipped, and a skip always says why. */
export interface StoreCapabilities {
  /** Sections to skip, each with the reason printed in the test name (never silently). */
  skip?: Partial<Record<ContractSection, string>>;
  /** Per-test timeout in ms, for stores behind a network (default: vitest's). */
  timeoutMs?: number;
}

/**
 * Runs the contract against a store. `factory` makes a new, empty store each time it is called (tests that
 * write get their own; read-only tests share one per describe); its cleanup closes the store and removes
 * whatever the factory made.
 */
export function describeStore(
  name: string,
  factory: StoreFactory,
  capabilities: StoreCapabilities = {},
): void {
  const options = capabilities.timeoutMs === undefined ? {} : { timeout: capabilities.timeoutMs };
  describe(`GraphStore contract: ${name}`, options, () => {
    const harness = makeHarness(factory);
    for (const [section, define] of Object.entries(SECTIONS)) {
      const reason = capabilities.skip?.[section as ContractSection];
      if (reason === undefined) describe(section, () => define(harness));
      else describe.skip(`${section} (skipped: ${reason})`, () => define(harness));
    }
  });
}

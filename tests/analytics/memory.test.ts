// The analytics contract on the embedded memory store.
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { describeAnalytics } from "./analytics-suite.ts";

describeAnalytics("memory", () => createMemoryStore());

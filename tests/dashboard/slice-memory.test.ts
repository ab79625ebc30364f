// graphSlice on the memory store.
import { createMemoryStore } from "../../src/store/memory/index.ts";
import { describeSlice } from "./slice-suite.ts";

describeSlice("memory", () => createMemoryStore({ dataDir: null }));

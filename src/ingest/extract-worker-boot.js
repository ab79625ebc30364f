// Entry of an extraction worker thread. Workers do not inherit the TypeScript loader of the thread that
// starts them (tsx's CLI, vitest): register tsx here, as src/bin.js does, then load the worker's body.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");

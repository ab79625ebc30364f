// `npm run build:playground`: builds the playground bundle ahead of the first serve.
import { ensurePlayground } from "./build.ts";

const started = Date.now();
const dir = await ensurePlayground();
console.log(`playground built in ${dir} (${Date.now() - started} ms)`);

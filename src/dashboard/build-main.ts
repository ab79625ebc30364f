// `npm run build:dashboard`: builds the dashboard bundle ahead of the first serve (the Docker image does).
import { ensureDashboard } from "./build.ts";

const started = Date.now();
const dir = await ensureDashboard();
console.log(`dashboard built in ${dir} (${Date.now() - started} ms)`);

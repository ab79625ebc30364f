// The playground's HTML page and its assets, served from the local build (a CSP forbids anything external).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ExampleTab } from "./examples.ts";
import { PLAYGROUND_FILES } from "./build.ts";

export const PLAYGROUND_ASSETS = "/playground/assets/";

/** Only this server: scripts, styles, fetches. Inline styles are GraphiQL's own. */
export const PLAYGROUND_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

export function playgroundHtml(endpoint: string, tabs: ExampleTab[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>diplograph · GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${PLAYGROUND_ASSETS}graphiql.css">
<style>
html, body { height: 100%; margin: 0; }
#links { height: 1.75rem; line-height: 1.75rem; padding: 0 0.75rem; font: 14px system-ui, sans-serif; }
#graphiql { height: calc(100% - 1.75rem); }
</style>
<script id="playground-config" type="application/json">${scriptJson({ endpoint, tabs })}</script>
</head>
<body>
<nav id="links" aria-label="Other tools"><a href="/dashboard">Analyst dashboard: the graph, its timeline and its evidence</a></nav>
<div id="graphiql">Loading the playground…</div>
<script src="${PLAYGROUND_ASSETS}graphiql.js"></script>
</body>
</html>
`;
}

const TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
};

/** One built asset by file name, or null for anything not in the build (no path from the URL reaches the disk). */
export async function playgroundAsset(
  dir: string,
  name: string,
): Promise<{ body: Buffer; type: string } | null> {
  const file = PLAYGROUND_FILES.find((f) => f === name);
  if (file === undefined) return null;
  const type = TYPES[file.split(".").pop() ?? ""] ?? "application/octet-stream";
  return { body: await readFile(join(dir, file)), type };
}

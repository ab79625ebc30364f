// The dashboard's HTML page and its assets, served from the local build (a CSP forbids anything external).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DASHBOARD_FILES } from "./build.ts";

export const DASHBOARD_PATH = "/dashboard";
export const DASHBOARD_ASSETS = "/dashboard/assets/";

/** Only this server; the layout worker runs from a blob URL, and PNG export draws through blob and data URLs. */
export const DASHBOARD_CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const TYPES = ["Visit", "Meeting", "Call", "Statement", "Agreement"];

const checkbox = (type: string) =>
  `<label><input type="checkbox" id="type-${type}" name="types" value="${type}"> ${type}</label>`;

export function dashboardHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>diplograph · dashboard</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${DASHBOARD_ASSETS}dashboard.css">
</head>
<body>
<header>
  <h1>diplograph</h1>
  <div class="search" role="search">
    <label for="search">Search</label>
    <input id="search" type="search" role="combobox" aria-autocomplete="list" aria-expanded="false"
      aria-controls="search-hits" autocomplete="off" placeholder="A name in any script (press / to come here)">
    <ul id="search-hits" role="listbox" aria-label="Matching names" hidden></ul>
  </div>
  <nav aria-label="Other tools"><a href="/playground">GraphQL playground</a></nav>
</header>
<div id="banner" role="alert" hidden></div>
<main>
  <aside id="filters" aria-label="Filters">
    <form id="filter-form">
      <fieldset><legend>Dates</legend>
        <label for="from">From</label><input type="date" id="from" name="from">
        <label for="to">To</label><input type="date" id="to" name="to">
      </fieldset>
      <fieldset><legend>Countries</legend>
        <label for="countries">ISO codes, comma-separated</label>
        <input type="text" id="countries" name="countries" placeholder="IR, AZ" autocomplete="off">
      </fieldset>
      <fieldset><legend>Event types</legend>${TYPES.map(checkbox).join("")}</fieldset>
      <fieldset><legend>Status</legend>
        <label for="status" class="sr-only">Held or planned</label>
        <select id="status" name="status"><option value="">held and planned</option>
          <option value="held">held</option><option value="planned">planned</option></select>
      </fieldset>
      <fieldset><legend>Draw</legend>
        <label><input type="radio" name="view" id="view-events" value="events"> events as nodes</label>
        <label><input type="radio" name="view" id="view-people" value="people"> people met (weighted)</label>
      </fieldset>
      <fieldset><legend>Colour by</legend>
        <label><input type="radio" name="colour" id="colour-country" value="country"> country</label>
        <label><input type="radio" name="colour" id="colour-community" value="community"> community</label>
      </fieldset>
      <p id="filter-error" role="alert"></p>
      <button type="submit">Apply filters</button>
    </form>
  </aside>
  <section id="graph-area" aria-label="Graph">
    <div id="slice-status" role="status">Loading…</div>
    <div id="legend" aria-label="Colours"></div>
    <div id="graph" role="img" aria-label="The graph"></div>
    <div id="apart"></div>
    <div class="toolbar">
      <button type="button" id="export-png">Export PNG</button>
      <button type="button" id="export-gexf">Export GEXF</button>
    </div>
  </section>
  <aside id="panel" aria-label="Details">
    <div id="entity-panel"><h2>Pick someone</h2><p>Search for a name, or click a node.</p></div>
    <div id="event-panel"></div>
    <div id="ties-panel"></div>
  </aside>
</main>
<script src="${DASHBOARD_ASSETS}dashboard.js"></script>
</body>
</html>
`;
}

const MIME: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
};

/** One built asset by file name, or null for anything not in the build (no path from the URL reaches the disk). */
export async function dashboardAsset(
  dir: string,
  name: string,
): Promise<{ body: Buffer; type: string } | null> {
  const file = DASHBOARD_FILES.find((f) => f === name);
  if (file === undefined) return null;
  return {
    body: await readFile(join(dir, file)),
    type: MIME[file.split(".").pop() ?? ""] ?? "application/octet-stream",
  };
}

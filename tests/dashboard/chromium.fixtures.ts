// Chromium for the dashboard tests, launched as tests/api/browser.test.ts launches it (Debian's package through
// playwright-core), plus axe-core run in the page and a folder for screenshots (git-ignored .cache/).
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
export const chromiumPresent = existsSync(CHROMIUM);
if (!chromiumPresent) {
  const reason = `dashboard browser test: ${CHROMIUM} is missing (apt-get install -y chromium)`;
  if (process.env["CI"] === "true") throw new Error(`${reason}; CI must run it`);
  console.warn(`${reason}; skipped`);
}

/** Screenshots and downloads of the browser tests, kept after the run for people to look at. */
export const ARTIFACTS = fileURLToPath(new URL("../../.cache/test-artifacts/dashboard/", import.meta.url));
mkdirSync(ARTIFACTS, { recursive: true });
export const artifact = (name: string): string => join(ARTIFACTS, name);

/** Hosts a page of ours may reach: this machine only. */
export function leavesMachine(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (["data:", "blob:", "about:"].includes(protocol)) return false;
  return !["127.0.0.1", "localhost", "[::1]"].includes(hostname);
}

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown }[];
}

/** axe-core's violations of impact serious or critical, run in the page (evaluated, so the page's CSP allows it). */
export async function seriousViolations(
  page: Page,
): Promise<{ id: string; help: string; targets: unknown[] }[]> {
  await page.evaluate(AXE);
  const result: unknown = await page.evaluate(
    "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)",
  );
  const violations = Array.isArray(result) ? (result as AxeViolation[]) : [];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target) }));
}

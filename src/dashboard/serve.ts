// Serves /dashboard (the page) and /dashboard/assets/* (the local build) for the HTTP handler; nothing else.
import type { ServerResponse } from "node:http";
import { sendError } from "../api/http-util.ts";
import { ensureDashboard } from "./build.ts";
import { DASHBOARD_ASSETS, DASHBOARD_CSP, DASHBOARD_PATH, dashboardAsset, dashboardHtml } from "./page.ts";

/** Answers a GET for the dashboard and returns true, or returns false for any other path. */
export async function serveDashboard(pathname: string, res: ServerResponse): Promise<boolean> {
  if (pathname === DASHBOARD_PATH || pathname === `${DASHBOARD_PATH}/`) {
    await ensureDashboard(); // built before the page is sent, so its assets are there when the browser asks
    res.setHeader("content-security-policy", DASHBOARD_CSP);
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("cache-control", "no-cache");
    res.end(dashboardHtml());
    return true;
  }
  if (!pathname.startsWith(DASHBOARD_ASSETS)) return false;
  const asset = await dashboardAsset(await ensureDashboard(), pathname.slice(DASHBOARD_ASSETS.length));
  if (asset === null) {
    sendError(res, 404, "NOT_FOUND", "no such asset");
    return true;
  }
  res.setHeader("content-type", asset.type);
  res.setHeader("cache-control", "no-cache");
  res.end(asset.body);
  return true;
}

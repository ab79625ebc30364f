// The node:http handler: /graphql through Apollo (with the body cap and the timeout), /health, the playground and
// the dashboard.
import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from "@apollo/server";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiLimits } from "../config.ts";
import type { GraphStore } from "../store/graph-store.ts";
import type { ApiContext } from "./context.ts";
import { API_ERROR_CODES, UNEXPECTED } from "./errors.ts";
import { PayloadTooLarge, handleCors, readBody, sendError, sendJson, wantsHtml } from "./http-util.ts";
import { PLAYGROUND_ASSETS, PLAYGROUND_CSP, playgroundAsset } from "./playground/page.ts";
import { serveDashboard } from "../dashboard/serve.ts";

/**
 * Runs one GraphQL request over HTTP: Apollo's executeHTTPGraphQLRequest in the server; the bench's baseline puts
 * bare graphql-js here, so both are measured inside the same handler.
 */
export type GraphQLExecutor = (
  request: HTTPGraphQLRequest,
  context: () => Promise<ApiContext>,
) => Promise<HTTPGraphQLResponse>;

export interface HttpOptions {
  graphql: GraphQLExecutor;
  context: (authorization: string | undefined) => ApiContext;
  store: GraphStore;
  corsOrigins: readonly string[];
  limits: ApiLimits;
  /** The built playground's folder and its page (examples looked up anew each time), or null when it is off. */
  playground: null | { dir: () => Promise<string>; page: () => Promise<string> };
  onError: (error: unknown) => void;
}

export function createHttpHandler(o: HttpOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    route(o, req, res).catch((error: unknown) => {
      o.onError(error);
      sendError(res, 500, "INTERNAL_SERVER_ERROR", UNEXPECTED);
    });
  };
}

async function route(o: HttpOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (handleCors(req, res, o.corsOrigins)) return;
  const url = new URL(req.url ?? "/", "http://localhost");
  const method = req.method ?? "GET";
  if (url.pathname === "/health" && (method === "GET" || method === "HEAD")) return health(o, res);
  if (o.playground && method === "GET") {
    if (await serveDashboard(url.pathname, res)) return;
    if (url.pathname === "/playground" || (url.pathname === "/graphql" && wantsHtml(req) && !url.search)) {
      const html = await o.playground.page();
      res.setHeader("content-security-policy", PLAYGROUND_CSP);
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(html);
      return;
    }
    if (url.pathname.startsWith(PLAYGROUND_ASSETS)) {
      const asset = await playgroundAsset(
        await o.playground.dir(),
        url.pathname.slice(PLAYGROUND_ASSETS.length),
      );
      if (asset === null) return sendError(res, 404, "NOT_FOUND", "no such asset");
      res.setHeader("content-type", asset.type);
      res.setHeader("cache-control", "no-cache");
      res.end(asset.body);
      return;
    }
  }
  if (url.pathname !== "/graphql") return sendError(res, 404, "NOT_FOUND", "not found: try /graphql");
  if (method !== "GET" && method !== "POST") {
    res.setHeader("allow", "GET, POST, OPTIONS");
    return sendError(res, 405, API_ERROR_CODES.badRequest, "use GET or POST");
  }
  if (method === "GET" && !url.searchParams.has("query")) return howToAsk(res, url, o.playground !== null);
  return graphql(o, req, res, url);
}

/** A GET of /graphql without a query (curl, a link): how to ask, instead of Apollo's CSRF refusal. */
function howToAsk(res: ServerResponse, url: URL, playground: boolean): void {
  const example = `curl -X POST -H 'content-type: application/json' -d '{"query":"{ stats { persons } }"}' http://HOST${url.pathname}`;
  const browser = playground ? "; open this address in a browser for the playground" : "";
  sendError(
    res,
    400,
    API_ERROR_CODES.badRequest,
    `This is diplograph's GraphQL endpoint. POST a JSON body {"query": "…"} with content-type application/json, e.g. ${example}${browser}.`,
  );
}

async function health(o: HttpOptions, res: ServerResponse): Promise<void> {
  try {
    sendJson(res, 200, { status: "ok", store: o.store.kind, counts: await o.store.counts() });
  } catch (error) {
    o.onError(error);
    sendJson(res, 503, { status: "unavailable", store: o.store.kind });
  }
}

async function graphql(o: HttpOptions, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const max = o.limits.maxBodyBytes;
  if (url.search.length > max) return tooLarge(res);
  let text = "";
  try {
    if (req.method === "POST") text = await readBody(req, max);
  } catch (error) {
    if (error instanceof PayloadTooLarge) return tooLarge(res);
    throw error;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  let body: unknown = text;
  if (req.method === "POST" && (headers.get("content-type") ?? "").includes("json")) {
    try {
      body = JSON.parse(text);
    } catch {
      return sendError(res, 400, API_ERROR_CODES.badRequest, "the body is not valid JSON");
    }
  }
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), o.limits.timeoutMs);
  });
  const request = { method: req.method ?? "GET", headers, search: url.search, body };
  const running = o.graphql(request, async () => o.context(req.headers.authorization));
  const result = await Promise.race([running, timedOut]).finally(() => clearTimeout(timer));
  if (result === "timeout") {
    running.catch(o.onError); // finishes in the background; the store refuses its new calls
    return sendError(res, 503, API_ERROR_CODES.timeout, "The request ran out of time.");
  }
  for (const [key, value] of result.headers) res.setHeader(key, value);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === "complete") {
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

function tooLarge(res: ServerResponse): void {
  res.setHeader("connection", "close");
  sendError(res, 413, API_ERROR_CODES.payloadTooLarge, "The request is too large.");
}

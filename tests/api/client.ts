// Test helpers: start the real API server on a free port and talk to it over HTTP with fetch.
import { createApiServer, type ApiServerDeps } from "../../src/api/server.ts";

export const TOKEN = "test-token-0123456789abcdef";

export interface GqlResponse {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

export interface Running {
  url: string;
  origin: string;
  gql(query: string, variables?: Record<string, unknown>, options?: { token?: string }): Promise<GqlResponse>;
  stop(): Promise<void>;
}

export async function startApi(deps: ApiServerDeps): Promise<Running> {
  const server = createApiServer({
    ...deps,
    options: { playground: false, onError: () => {}, ...deps.options },
  });
  const { url } = await server.listen({ port: 0, host: "127.0.0.1" });
  const gql: Running["gql"] = async (query, variables, options = {}) => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (options.token !== undefined) headers["authorization"] = `Bearer ${options.token}`;
    const res = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
    const body: unknown = await res.json();
    return { status: res.status, body: body as GqlResponse["body"] };
  };
  return { url, origin: new URL(url).origin, gql, stop: () => server.stop() };
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function dataOf(res: GqlResponse): Record<string, unknown> {
  if (res.body.errors?.length || !res.body.data) {
    throw new Error(`expected data, got ${res.status}: ${JSON.stringify(res.body.errors)}`);
  }
  return res.body.data;
}

/** The first error's code. */
export function codeOf(res: GqlResponse): unknown {
  return res.body.errors?.[0]?.extensions?.["code"];
}

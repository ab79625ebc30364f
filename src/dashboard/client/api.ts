// The dashboard's only way to the server: the public GraphQL API, with the read token when the user gave one.
const TOKEN_KEY = "diplograph:token";

export type ApiFailure = "unreachable" | "unauthenticated" | "bad-input" | "not-found" | "failed";

/** A failed call, with what the page should tell the user and whether a retry can help. */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiFailure,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function savedToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function saveToken(token: string): void {
  if (token.trim() === "") sessionStorage.removeItem(TOKEN_KEY);
  else sessionStorage.setItem(TOKEN_KEY, token.trim());
}

interface GqlBody {
  data?: unknown;
  errors?: { message?: unknown; extensions?: { code?: unknown } }[];
}

function isBody(value: unknown): value is GqlBody {
  return typeof value === "object" && value !== null && ("data" in value || "errors" in value);
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  const token = savedToken();
  if (token !== null) headers["authorization"] = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers,
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError("unreachable", "The diplograph server does not answer.");
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError("unreachable", `The server answered ${response.status} without GraphQL.`);
  }
  if (!isBody(body)) throw new ApiError("failed", `The server answered ${response.status} without GraphQL.`);
  const first = body.errors?.[0];
  if (first !== undefined) {
    const code = first.extensions?.code;
    const message = typeof first.message === "string" ? first.message : "The request failed.";
    if (code === "UNAUTHENTICATED") throw new ApiError("unauthenticated", message);
    if (code === "BAD_USER_INPUT") throw new ApiError("bad-input", message.replace(/^api: /, ""));
    if (code === "NOT_FOUND") throw new ApiError("not-found", message.replace(/^api: /, ""));
    throw new ApiError(code === "STORE_UNAVAILABLE" ? "unreachable" : "failed", message);
  }
  // The operations are the page's own, checked against the schema by the server: the shape is the query's.
  return body.data as T;
}

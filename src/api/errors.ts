// How errors reach clients: expected ones (DiplographError and the API's own) keep their code; the rest are masked.
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { isDiplographError } from "../domain/errors.ts";

/** Codes the API itself gives, besides the domain's and Apollo's own (GRAPHQL_PARSE_FAILED, …). */
export const API_ERROR_CODES = {
  tooDeep: "QUERY_TOO_DEEP",
  tooCostly: "QUERY_TOO_COSTLY",
  timeout: "TIMEOUT",
  payloadTooLarge: "PAYLOAD_TOO_LARGE",
  badRequest: "BAD_REQUEST",
  ingestUnavailable: "INGEST_UNAVAILABLE",
} as const;

export const UNEXPECTED = "Unexpected error.";

export function apiError(message: string, code: string, status?: number): GraphQLError {
  const http = status === undefined ? {} : { http: { status } };
  return new GraphQLError(message, { extensions: { code, ...http } });
}

export function timeoutError(): GraphQLError {
  return apiError("The request ran out of time.", API_ERROR_CODES.timeout, 503);
}

export function unauthenticatedError(what: "mutations" | "reads"): GraphQLError {
  return apiError(`${what} need a valid bearer token`, "UNAUTHENTICATED", 401);
}

/**
 * The server has no write token configured: no caller can write. Still UNAUTHENTICATED (clients treat it as
 * an auth refusal), with a message that says a token would not help.
 */
export function mutationsOffError(): GraphQLError {
  return apiError(
    "mutations are off on this server: it has no DIPLOGRAPH_TOKEN configured (its operator can set one to allow ingestArticle and retractArticle)",
    "UNAUTHENTICATED",
    401,
  );
}

/** Modules name themselves at the front of their messages for logs ("store/memory: …"); clients get the rest. */
const INTERNAL_PREFIX = /^(?:(?:api|store\/\w+|extract|resolve|ingest|articles|config): )+/;

export function clientMessage(message: string): string {
  return message.replace(INTERNAL_PREFIX, "");
}

/** Apollo's formatError: domain errors by code, GraphQL errors as they are, anything else masked outside development. */
export function createFormatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isDiplographError(original)) {
      if (original.code === "STORE_UNAVAILABLE") {
        const message = development ? original.message : "The graph store is unavailable; retry later.";
        return { ...formatted, message, extensions: { code: original.code, retriable: true } };
      }
      const limit =
        "limit" in original && typeof original.limit === "string" ? { limit: original.limit } : {};
      return {
        ...formatted,
        message: development ? original.message : clientMessage(original.message),
        extensions: { code: original.code, ...limit },
      };
    }
    const code = formatted.extensions?.["code"];
    const internal =
      !(original instanceof GraphQLError) || code === "INTERNAL_SERVER_ERROR" || code === undefined;
    if (!internal || development) return formatted;
    return { message: UNEXPECTED, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}

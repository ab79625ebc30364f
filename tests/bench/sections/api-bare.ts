// The bench's baseline: the same schema, resolvers, context, limits and HTTP handler as the server, with bare
// graphql-js (parse and validate once per query text, then execute) where the server has Apollo.
import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from "@apollo/server";
import { createServer, type Server } from "node:http";
import {
  GraphQLError,
  buildSchema,
  execute,
  getOperationAST,
  isInterfaceType,
  isObjectType,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from "graphql";
import { createContext } from "../../../src/api/context.ts";
import { createFormatError } from "../../../src/api/errors.ts";
import { createHttpHandler, type GraphQLExecutor } from "../../../src/api/http.ts";
import { checkOperation } from "../../../src/api/plugins/operation-rules.ts";
import { resolvers } from "../../../src/api/resolvers/index.ts";
import { loadTypeDefs } from "../../../src/api/schema.ts";
import { DEFAULT_LIMITS } from "../../../src/api/server.ts";
import type { GraphStore } from "../../../src/store/graph-store.ts";

type FieldFn = (...args: never[]) => unknown;

/** graphql-js's buildSchema knows no resolvers: attach ours to the fields and the interface. */
export function executableSchema(): GraphQLSchema {
  const schema = buildSchema(loadTypeDefs());
  const table = resolvers as unknown as Record<string, Record<string, unknown>>;
  for (const [typeName, fields] of Object.entries(table)) {
    const type = schema.getType(typeName);
    if (isInterfaceType(type)) {
      const resolveType = fields["__resolveType"];
      if (typeof resolveType === "function") type.resolveType = resolveType as FieldFn as never;
      continue;
    }
    if (!isObjectType(type)) continue;
    const defs = type.getFields();
    for (const [fieldName, fn] of Object.entries(fields)) {
      const def = defs[fieldName];
      if (def && typeof fn === "function") def.resolve = fn as FieldFn as never;
    }
  }
  return schema;
}

interface Body {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** graphql-js behind our handler: what Apollo does for the server, minus its own machinery (hooks, hashing…). */
export function bareExecutor(schema: GraphQLSchema): GraphQLExecutor {
  const limits = DEFAULT_LIMITS;
  const formatError = createFormatError(false);
  // Parsed and validated once per query text (with the server's token limit and graphql-js's rules), as Apollo does.
  const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();
  const documentOf = (query: string): DocumentNode | readonly GraphQLError[] => {
    let known = documents.get(query);
    if (known === undefined) {
      try {
        const document = parse(query, { maxTokens: 5_000 });
        const errors = validate(schema, document);
        known = errors.length > 0 ? errors : document;
      } catch (error) {
        known = [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
      }
      documents.set(query, known);
    }
    return known;
  };
  const reply = (status: number, result: { errors?: readonly GraphQLError[]; data?: unknown }) => {
    const errors: GraphQLFormattedError[] | undefined = result.errors?.map((e) => formatError(e.toJSON(), e));
    const headers = new HeaderMap([["content-type", "application/json; charset=utf-8"]]);
    const string = JSON.stringify({ errors, data: result.data });
    return { status, headers, body: { kind: "complete", string } } satisfies HTTPGraphQLResponse;
  };
  return async (request: HTTPGraphQLRequest, context) => {
    const body: Body = isRecord(request.body) ? request.body : {};
    if (request.method !== "POST" || typeof body.query !== "string") {
      return reply(400, { errors: [new GraphQLError("the baseline serves POST with a JSON query only")] });
    }
    const document = documentOf(body.query);
    if (!("kind" in document)) return reply(400, { errors: document });
    const operationName = typeof body.operationName === "string" ? body.operationName : undefined;
    const operation = getOperationAST(document, operationName);
    if (!operation) return reply(400, { errors: [new GraphQLError("no such operation")] });
    const variables = isRecord(body.variables) ? body.variables : undefined;
    const contextValue = await context();
    try {
      checkOperation({ schema, document, operation, variables, auth: contextValue.auth }, limits);
    } catch (error) {
      return reply(400, {
        errors: [error instanceof GraphQLError ? error : new GraphQLError(String(error))],
      });
    }
    const result = await execute({
      schema,
      document,
      variableValues: variables,
      operationName,
      contextValue,
    });
    return reply(200, result);
  };
}

/** The baseline server: our node:http handler (body cap, timeout, routes) around bareExecutor. */
export async function startBareServer(store: GraphStore): Promise<{ url: string; server: Server }> {
  const limits = DEFAULT_LIMITS;
  const contextOptions = {
    store,
    ingest: null,
    token: null,
    readToken: null,
    timeoutMs: limits.timeoutMs,
    maxArticleBytes: limits.maxArticleBytes,
    maxCost: limits.maxCost,
  };
  const handler = createHttpHandler({
    graphql: bareExecutor(executableSchema()),
    context: (authorization) => createContext(contextOptions, authorization),
    store,
    corsOrigins: [],
    limits,
    playground: null,
    onError: (error) => console.error("bench/api bare:", error),
  });
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("bench/api: no address");
  return { url: `http://127.0.0.1:${address.port}/graphql`, server };
}

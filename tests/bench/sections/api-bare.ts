// The bench's baseline: the same schema and resolvers on bare graphql-js behind node:http (no Apollo, no plugins).
import { createServer, type Server } from "node:http";
import {
  buildSchema,
  execute,
  isInterfaceType,
  isObjectType,
  parse,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from "graphql";
import { createContext } from "../../../src/api/context.ts";
import { resolvers } from "../../../src/api/resolvers/index.ts";
import { loadTypeDefs } from "../../../src/api/schema.ts";
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

export async function startBareServer(store: GraphStore): Promise<{ url: string; server: Server }> {
  const schema = executableSchema();
  // Parsed and validated once per query text, as Apollo does: a fair baseline caches what Apollo caches.
  const documents = new Map<string, DocumentNode | ExecutionResult>();
  const documentOf = (query: string): DocumentNode | ExecutionResult => {
    let known = documents.get(query);
    if (known === undefined) {
      const document = parse(query);
      const errors = validate(schema, document);
      known = errors.length > 0 ? { errors } : document;
      documents.set(query, known);
    }
    return known;
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      const { query, variables } = body as { query: string; variables?: Record<string, unknown> };
      const contextValue = createContext(
        { store, ingest: null, token: null, readToken: null, timeoutMs: 10_000, maxCost: 20_000 },
        req.headers.authorization,
      );
      const document = documentOf(query);
      const run =
        "kind" in document
          ? Promise.resolve(execute({ schema, document, variableValues: variables ?? null, contextValue }))
          : Promise.resolve(document);
      void run.then((result) => {
        const text = JSON.stringify(result);
        res.writeHead(200, {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(text),
        });
        res.end(text);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("bench/api: no address");
  return { url: `http://127.0.0.1:${address.port}/graphql`, server };
}

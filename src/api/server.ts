// createApiServer: Apollo Server 5 over a GraphStore, served by a small node:http handler (no Express).
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { createServer, type Server } from "node:http";
import type { ApiLimits, Config } from "../config.ts";
import { DEFAULT_MAX_ARTICLE_BYTES, defaultMaxBodyBytes } from "../domain/limits.ts";
import type { GraphStore } from "../store/graph-store.ts";
import { createContext, type ApiContext, type Ingest } from "./context.ts";
import { createFormatError } from "./errors.ts";
import { createHttpHandler } from "./http.ts";
import { ensurePlayground } from "./playground/build.ts";
import { exampleTabs } from "./playground/examples.ts";
import { playgroundHtml } from "./playground/page.ts";
import { useOperationRules } from "./plugins/operation-rules.ts";
import { resolvers } from "./resolvers/index.ts";
import { loadTypeDefs } from "./schema.ts";

/** What the server takes from the configuration (a whole Config fits). */
export type ApiOptions = Pick<Config, "token" | "readToken" | "corsOrigins" | "mode" | "limits"> & {
  /** Serve GraphiQL at /playground and at GET /graphql for browsers. Default true. */
  playground: boolean;
  /** Where unexpected errors are reported. Default console.error. */
  onError: (error: unknown) => void;
};

export interface ApiServerDeps {
  store: GraphStore;
  /** The extraction pipeline behind ingestArticle; without it the mutation answers INGEST_UNAVAILABLE. */
  ingest?: Ingest;
  options?: Partial<Omit<ApiOptions, "limits">> & { limits?: Partial<ApiLimits> };
}

export interface ApiServer {
  readonly apollo: ApolloServer<ApiContext>;
  readonly httpServer: Server;
  /** Starts Apollo, builds the playground when missing, listens; the URL is the GraphQL endpoint's. */
  listen(options?: { port?: number; host?: string }): Promise<{ url: string; port: number }>;
  /** The context a request with this Authorization header gets (for executeOperation without HTTP). */
  contextFor(authorization: string | undefined): ApiContext;
  /** Drains requests in flight and closes; the store stays open (its owner closes it). */
  stop(): Promise<void>;
}

export const DEFAULT_LIMITS: ApiLimits = {
  maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES,
  maxBodyBytes: defaultMaxBodyBytes(DEFAULT_MAX_ARTICLE_BYTES),
  timeoutMs: 10_000,
  maxDepth: 10,
  maxCost: 20_000,
};

export function createApiServer(deps: ApiServerDeps): ApiServer {
  const o = deps.options ?? {};
  const limits: ApiLimits = { ...DEFAULT_LIMITS, ...o.limits };
  const development = o.mode === "development";
  const onError = o.onError ?? ((error: unknown) => console.error("api:", error));
  const httpServer = createServer();
  const apollo = new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError: createFormatError(development),
    includeStacktraceInErrorResponses: development,
    introspection: true,
    // Apollo's own SIGINT/SIGTERM handler stops it and exits before the owner can close the store (and release
    // its lock): the owner handles signals (src/commands/lifecycle.ts) and calls stop().
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: 5_000 },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints in this schema; left on, it would wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      // Federation traces are only for subgraphs; left implicit, its hook still runs on every request.
      ApolloServerPluginInlineTraceDisabled(),
      // Nothing is sent to Apollo's cloud, even when APOLLO_KEY happens to be set in the environment.
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      useOperationRules({ maxDepth: limits.maxDepth, maxCost: limits.maxCost }),
    ],
  });
  const contextOptions = {
    store: deps.store,
    ingest: deps.ingest ?? null,
    token: o.token ?? null,
    readToken: o.readToken ?? null,
    timeoutMs: limits.timeoutMs,
    maxArticleBytes: limits.maxArticleBytes,
    maxCost: limits.maxCost,
  };
  const playground = {
    dir: ensurePlayground,
    page: async () => playgroundHtml("/graphql", await exampleTabs(deps.store)),
  };
  httpServer.on(
    "request",
    createHttpHandler({
      graphql: (httpGraphQLRequest, context) =>
        apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context }),
      context: (authorization) => createContext(contextOptions, authorization),
      store: deps.store,
      corsOrigins: o.corsOrigins ?? [],
      limits,
      playground: o.playground === false ? null : playground,
      onError,
    }),
  );
  let started = false;
  return {
    apollo,
    httpServer,
    contextFor: (authorization) => createContext(contextOptions, authorization),
    async listen(options = {}) {
      await apollo.start();
      started = true;
      if (o.playground !== false) await ensurePlayground();
      await new Promise<void>((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(options.port ?? 4000, options.host ?? "127.0.0.1", () => {
          httpServer.off("error", reject);
          resolve();
        });
      });
      const address = httpServer.address();
      if (address === null || typeof address === "string")
        throw new Error("api: the server has no TCP address");
      const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
      return { url: `http://${host}:${address.port}/graphql`, port: address.port };
    },
    async stop() {
      if (started) await apollo.stop();
      started = false;
    },
  };
}

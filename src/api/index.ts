// The API's public surface, for the CLI and the tests.
export {
  createApiServer,
  DEFAULT_LIMITS,
  type ApiOptions,
  type ApiServer,
  type ApiServerDeps,
} from "./server.ts";
export type { ApiContext, Ingest } from "./context.ts";
export type { IngestInput } from "./models.ts";
export { loadTypeDefs } from "./schema.ts";
export { resolvers } from "./resolvers/index.ts";
export { ensurePlayground } from "./playground/build.ts";

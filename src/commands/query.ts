// `diplograph query`: runs one GraphQL operation against the configured store without HTTP (scripts, checks).
import { createApiServer } from "../api/server.ts";
import type { Config } from "../config.ts";
import { InvalidInputError } from "../domain/errors.ts";
import type { GraphStore } from "../store/graph-store.ts";
import { createApiIngest } from "./serve.ts";

export interface QueryOutput {
  /** The GraphQL response as JSON. */
  text: string;
  /** True when the response holds errors (the command then exits 1). */
  failed: boolean;
}

/** The --variables argument as an object, or a BAD_USER_INPUT error saying what is wrong with it. */
export function parseVariables(json: string | undefined): Record<string, unknown> {
  if (json === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new InvalidInputError(`query: --variables is not valid JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new InvalidInputError("query: --variables must be a JSON object");
  }
  return parsed as Record<string, unknown>;
}

export async function queryCommand(
  config: Config,
  store: GraphStore,
  query: string,
  variables: Record<string, unknown>,
): Promise<QueryOutput> {
  const server = createApiServer({
    store,
    ingest: createApiIngest(store),
    options: { ...config, playground: false },
  });
  await server.apollo.start();
  try {
    // The CLI is the operator on this machine: it acts with the configured token's rights.
    const response = await server.apollo.executeOperation(
      { query, variables },
      { contextValue: server.contextFor(config.token ? `Bearer ${config.token}` : undefined) },
    );
    const body =
      response.body.kind === "single"
        ? response.body.singleResult
        : { errors: [{ message: "incremental delivery is not supported here" }] };
    return { text: JSON.stringify(body, null, 2), failed: (body.errors?.length ?? 0) > 0 };
  } finally {
    await server.apollo.stop();
  }
}

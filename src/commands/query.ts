// `diplograph query`: runs one GraphQL operation against the configured store without HTTP (scripts, checks).
import { createContext } from "../api/context.ts";
import { createApiServer } from "../api/server.ts";
import type { Config } from "../config.ts";
import { InvalidInputError } from "../domain/errors.ts";
import { openStore } from "../store/open-store.ts";
import { ingestFromApi } from "./serve.ts";

export async function queryCommand(
  config: Config,
  query: string,
  variablesJson: string | undefined,
): Promise<string> {
  let variables: Record<string, unknown> = {};
  if (variablesJson) {
    const parsed: unknown = JSON.parse(variablesJson);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw new InvalidInputError("query: --variables must be a JSON object");
    }
    variables = parsed as Record<string, unknown>;
  }
  const store = await openStore(config.store);
  try {
    const server = createApiServer({
      store,
      ingest: ingestFromApi,
      options: { ...config, playground: false },
    });
    await server.apollo.start();
    const response = await server.apollo.executeOperation(
      { query, variables },
      // The CLI is the operator on this machine: it acts with the configured token's rights.
      {
        contextValue: createContext(
          {
            store,
            ingest: ingestFromApi,
            token: config.token,
            readToken: config.readToken,
            timeoutMs: config.limits.timeoutMs,
          },
          config.token ? `Bearer ${config.token}` : undefined,
        ),
      },
    );
    await server.apollo.stop();
    const body =
      response.body.kind === "single"
        ? response.body.singleResult
        : { errors: [{ message: "incremental delivery is not supported here" }] };
    return JSON.stringify(body, null, 2);
  } finally {
    await store.close();
  }
}

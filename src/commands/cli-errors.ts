// How the CLI reports a failure: one line, and an exit code the README documents (2 bad input, 1 failure).
import { isDiplographError, messageOf } from "../domain/errors.ts";
import { StoreLockedError } from "../store/memory/lock.ts";

export const EXIT = { ok: 0, failure: 1, badInput: 2, interrupted: 130 } as const;

export interface Failure {
  line: string;
  code: number;
}

function errnoCode(error: unknown): string | undefined {
  const code = error instanceof Error && "code" in error ? error.code : undefined;
  return typeof code === "string" ? code : undefined;
}

/** The one line (and the stack with --debug) for anything a command threw, and its exit code. */
export function describeFailure(error: unknown, options: { debug: boolean; serverUrl?: string }): Failure {
  const stack = options.debug && error instanceof Error && error.stack ? `\n${error.stack}` : "";
  if (error instanceof StoreLockedError) {
    const where = options.serverUrl ? ` (${options.serverUrl})` : "";
    return {
      line:
        `${error.message}. If that is a running \`diplograph serve\`, use its GraphQL API${where} instead, ` +
        `or stop it and run this command again.${stack}`,
      code: EXIT.failure,
    };
  }
  if (isDiplographError(error)) {
    return {
      line: `${error.message}${stack}`,
      code: error.code === "BAD_USER_INPUT" ? EXIT.badInput : EXIT.failure,
    };
  }
  const code = errnoCode(error);
  if (code?.startsWith("ERR_PARSE_ARGS_")) {
    return { line: `${messageOf(error)} (see diplograph --help)${stack}`, code: EXIT.badInput };
  }
  if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL") {
    const reason =
      code === "EADDRINUSE"
        ? "is already in use (another diplograph serve?): stop that process or set PORT to another port"
        : code === "EACCES"
          ? "may not be used by this user: set PORT to a port above 1023"
          : "is not an address of this machine: check HOST";
    const address = error instanceof Error && "port" in error ? `:${String(error.port)}` : "";
    return { line: `cannot listen on ${hostOf(error)}${address}: it ${reason}${stack}`, code: EXIT.failure };
  }
  return {
    line: `${messageOf(error)}${stack || " (run with --debug for the stack trace)"}`,
    code: EXIT.failure,
  };
}

function hostOf(error: unknown): string {
  return error instanceof Error && "address" in error ? String(error.address) : "the address";
}

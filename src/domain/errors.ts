// The error family of diplograph: every expected failure is one of these, with a code and whether to retry.

export type ErrorCode = "BAD_USER_INPUT" | "NOT_FOUND" | "STORE_UNAVAILABLE" | "CONFLICT" | "UNAUTHENTICATED";

export class DiplographError extends Error {
  readonly code: ErrorCode;
  readonly retriable: boolean;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; retriable?: boolean }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.retriable = options?.retriable ?? false;
  }
}

/** Input that breaks the contract: a malformed patch, an unknown country code, a bound out of range. */
export class InvalidInputError extends DiplographError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("BAD_USER_INPUT", message, options);
  }
}

/** A thing asked for by id that does not exist. */
export class NotFoundError extends DiplographError {
  constructor(message: string) {
    super("NOT_FOUND", message);
  }
}

/** The request is well formed but the graph's state forbids it (retracting an article others still lean on, a locked data directory). */
export class ConflictError extends DiplographError {
  constructor(message: string) {
    super("CONFLICT", message);
  }
}

/** The backing store cannot be reached or failed mid-call; the same call may succeed later. */
export class StoreUnavailableError extends DiplographError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("STORE_UNAVAILABLE", message, { ...options, retriable: true });
  }
}

/** The caller has no valid token for a guarded operation. */
export class UnauthenticatedError extends DiplographError {
  constructor(message = "a valid bearer token is required") {
    super("UNAUTHENTICATED", message);
  }
}

export function isDiplographError(error: unknown): error is DiplographError {
  return error instanceof DiplographError;
}

/** The message of anything thrown, for logs. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

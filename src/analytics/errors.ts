// The analytics' own refusal: a window holding more events than the cost limit lets one request project.
import { InvalidInputError } from "../domain/errors.ts";

export class WindowTooLargeError extends InvalidInputError {
  /** Events the window holds. */
  readonly events: number;
  /** The most events one window may hold (the API's cost limit, DIPLOGRAPH_MAX_COST). */
  readonly limit: number;
  constructor(events: number, limit: number) {
    super(
      `analytics: the window holds ${events} events, more than the cost limit of ${limit} events ` +
        `(DIPLOGRAPH_MAX_COST); narrow it with from/to, types or status`,
    );
    this.events = events;
    this.limit = limit;
  }
}

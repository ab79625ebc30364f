// The bounds every store checks the same way, so a bad bound is the same InvalidInputError everywhere.
import { isCalendarDate } from "../domain/article-meta.ts";
import { InvalidInputError } from "../domain/errors.ts";
import { ENTITY_TYPES, EVENT_STATUSES, EVENT_TYPES, type EntityType } from "../domain/types.ts";
import { LIMITS } from "./graph-store.ts";

/** An integer in [min, max], or the default when absent. */
export function boundedInt(
  value: number | undefined,
  fallback: number,
  min: number,
  max: number,
  where: string,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidInputError(`${where}: expected an integer from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

export function pageLimit(value: number | undefined, where: string): number {
  return boundedInt(value, LIMITS.defaultPage, 1, LIMITS.maxPage, `${where} limit`);
}

export function pageOffset(value: number | undefined, where: string): number {
  return boundedInt(value, 0, 0, Number.MAX_SAFE_INTEGER, `${where} offset`);
}

export function neighborhoodBounds(
  options: { depth?: number; limit?: number } | undefined,
  where: string,
): { depth: number; limit: number } {
  return {
    depth: boundedInt(options?.depth, LIMITS.defaultDepth, 1, LIMITS.maxDepth, `${where} depth`),
    limit: boundedInt(
      options?.limit,
      LIMITS.defaultNeighborhood,
      1,
      LIMITS.maxNeighborhood,
      `${where} limit`,
    ),
  };
}

export function maxHopsBound(options: { maxHops?: number } | undefined, where: string): number {
  return boundedInt(options?.maxHops, LIMITS.defaultHops, 1, LIMITS.maxHops, `${where} maxHops`);
}

/** An ISO 3166 alpha-2 code, upper-cased; anything else is bad input. */
export function countryCode(value: string, where: string): string {
  const code = value.toUpperCase();
  if (!/^[A-Z]{2}$/.test(code))
    throw new InvalidInputError(`${where}: "${value}" is not an ISO 3166 alpha-2 code`);
  return code;
}

export function isoDate(value: string, where: string): string {
  if (!isCalendarDate(value))
    throw new InvalidInputError(`${where}: "${value}" is not a calendar date as YYYY-MM-DD`);
  return value;
}

export function entityType(value: string, where: string): EntityType {
  const found = ENTITY_TYPES.find((t) => t === value);
  if (found === undefined) throw new InvalidInputError(`${where}: unknown entity type "${value}"`);
  return found;
}

export function checkEventType(value: string, where: string): void {
  if (!EVENT_TYPES.some((t) => t === value))
    throw new InvalidInputError(`${where}: unknown event type "${value}"`);
}

export function checkEventStatus(value: string, where: string): void {
  if (!EVENT_STATUSES.some((t) => t === value)) {
    throw new InvalidInputError(`${where}: unknown event status "${value}"`);
  }
}

// Argument checks shared by resolvers: page sizes, bounded integers, country codes, dates. Each throws BAD_USER_INPUT.
import countries from "i18n-iso-countries";
import { isCalendarDate } from "../domain/article-meta.ts";
import { InvalidInputError } from "../domain/errors.ts";
import { LIMITS } from "../store/graph-store.ts";

/** Page-size caps of the API (the store allows more; the API keeps responses small). */
export const API_LIMITS = {
  maxPage: 100,
  maxSearch: 100,
  maxHops: LIMITS.maxHops,
  maxDepth: LIMITS.maxDepth,
  maxNeighborhood: LIMITS.maxNeighborhood,
} as const;

/** An integer within [min, max]; `fallback` when the client passed null. */
export function intInRange(
  name: string,
  value: number | null | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InvalidInputError(`${name} must be an integer from ${min} to ${max}, got ${n}`);
  }
  return n;
}

export function pageSize(
  value: number | null | undefined,
  fallback = 50,
  max: number = API_LIMITS.maxPage,
): number {
  return intInRange("first", value, 1, max, fallback);
}

/** An ISO 3166 alpha-2 code, any case in, capitals out. */
export function countryCode(name: string, value: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || !countries.isValid(code)) {
    throw new InvalidInputError(`${name} must be an ISO 3166 alpha-2 country code, got "${value}"`);
  }
  return code;
}

export function optionalCountryCode(name: string, value: string | null | undefined): string | undefined {
  return value === null || value === undefined ? undefined : countryCode(name, value);
}

export function isoDate(name: string, value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!isCalendarDate(value)) {
    throw new InvalidInputError(`${name} must be a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

export function nonEmpty(name: string, value: string, max = 500): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) {
    throw new InvalidInputError(`${name} must have 1 to ${max} characters`);
  }
  return text;
}

// Values out of Neo4j records, narrowed from unknown: Integers and temporal values become numbers and ISO strings
// here, at the store's edge, so no driver type ever leaves the store.
import neo4j, { type Record as Neo4jRecord } from "neo4j-driver";

function fail(where: string, what: string, value: unknown): never {
  throw new Error(
    `${where}: expected ${what}, got ${typeof value === "string" ? `"${value}"` : typeof value}`,
  );
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}

/** A plain JavaScript value: Integer to number (refusing what a double cannot hold), temporal to ISO text, recursively. */
export function toPlain(value: unknown, where: string): unknown {
  if (neo4j.isInt(value)) {
    if (!value.inSafeRange()) fail(where, "an integer within 2^53", value.toString());
    return value.toNumber();
  }
  if (typeof value === "bigint") {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      fail(where, "an integer within 2^53", value.toString());
    }
    return Number(value);
  }
  // Their toString() is the ISO 8601 form.
  if (isTemporal(value)) return String(value);
  if (Array.isArray(value)) return value.map((v: unknown) => toPlain(v, where));
  return value;
}

/** One field of a record, converted. */
export function field(record: Neo4jRecord, key: string, where: string): unknown {
  const raw: unknown = record.get(key);
  return toPlain(raw, `${where}: field ${key}`);
}

export function stringField(record: Neo4jRecord, key: string, where: string): string {
  const value = field(record, key, where);
  return typeof value === "string" ? value : fail(`${where}: field ${key}`, "a string", value);
}

export function nullableStringField(record: Neo4jRecord, key: string, where: string): string | null {
  const value = field(record, key, where);
  return value === null || typeof value === "string"
    ? value
    : fail(`${where}: field ${key}`, "a string or null", value);
}

export function numberField(record: Neo4jRecord, key: string, where: string): number {
  const value = field(record, key, where);
  return typeof value === "number" ? value : fail(`${where}: field ${key}`, "a number", value);
}

export function stringListField(record: Neo4jRecord, key: string, where: string): string[] {
  const value = field(record, key, where);
  if (!Array.isArray(value)) return fail(`${where}: field ${key}`, "a list", value);
  return value.map((v: unknown) =>
    typeof v === "string" ? v : fail(`${where}: field ${key}`, "strings", v),
  );
}

export function listField(record: Neo4jRecord, key: string, where: string): unknown[] {
  const value = field(record, key, where);
  return Array.isArray(value) ? value : fail(`${where}: field ${key}`, "a list", value);
}

/** An integer parameter: JavaScript numbers travel as floats, which LIMIT, SKIP and list slices refuse. */
export function intParam(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(value);
}

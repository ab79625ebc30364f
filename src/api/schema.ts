// The API contract as SDL: every schema/*.graphql file, read once, in name order.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const SCHEMA_DIR = fileURLToPath(new URL("../../schema/", import.meta.url));

let cached: string | null = null;

export function loadTypeDefs(): string {
  cached ??= readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith(".graphql"))
    .sort()
    .map((f) => readFileSync(join(SCHEMA_DIR, f), "utf8"))
    .join("\n");
  return cached;
}

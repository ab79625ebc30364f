// Offices named by titles in any language (data/roles.json): "وزير الخارجية" and "Foreign Minister" name one office.
import { foldName } from "../domain/fold.ts";
import { loadResolveData, rolesSchema, type RolesData } from "./data.ts";

interface CompiledRole {
  id: string;
  patterns: readonly (readonly string[])[];
  unless: readonly string[];
}

export function compileRoles(data: RolesData): CompiledRole[] {
  return data.roles.map((r) => ({
    id: r.id,
    patterns: r.patterns.map((p) => p.map((s) => foldName(s))),
    unless: r.unless.map((s) => foldName(s)),
  }));
}

let roles: CompiledRole[] | null = null;
function defaultRoles(): CompiledRole[] {
  roles ??= compileRoles(loadResolveData("roles.json", rolesSchema));
  return roles;
}

/** The offices one title names, as role ids in table order; none for a title the table does not know. */
export function rolesOfTitle(title: string, compiled: readonly CompiledRole[] = defaultRoles()): string[] {
  // Spaces around the folded title let patterns such as "رئيس " end at a word boundary.
  const t = ` ${foldName(title)} `;
  return compiled
    .filter(
      (r) => r.patterns.some((p) => p.every((s) => t.includes(s))) && !r.unless.some((s) => t.includes(s)),
    )
    .map((r) => r.id);
}

/** The offices a person's titles name. */
export function rolesOf(titles: readonly string[], compiled?: readonly CompiledRole[]): Set<string> {
  return new Set(titles.flatMap((t) => rolesOfTitle(t, compiled)));
}

/** True when two persons' titles name a common office. */
export function rolesAgree(a: readonly string[], b: readonly string[]): boolean {
  const ra = rolesOf(a);
  for (const r of rolesOf(b)) if (ra.has(r)) return true;
  return false;
}

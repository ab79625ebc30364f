// An Arabic sentence or article read for a test: its persons, its events as "name + name" pairs, its visits.
import type { Person } from "../../src/domain/types.ts";
import { extractArticle } from "../../src/extract/index.ts";

export function extract(text: string, sourceCountry?: string, publishedAt?: string) {
  const patch = extractArticle(text, {
    language: "ar",
    id: "t",
    sourceCountry: sourceCountry ?? null,
    publishedAt: publishedAt ?? null,
  });
  const persons = patch.entities.filter((e): e is Person => e.type === "Person");
  const nameOf = new Map(persons.map((p) => [p.id, p.name]));
  const pairs = (type: string) =>
    patch.events
      .filter((e) => e.type === type)
      .map((e) =>
        e.participants
          .map((p) => nameOf.get(p.entityId) ?? p.entityId)
          .sort()
          .join(" + "),
      );
  const visits = patch.events
    .filter((e) => e.type === "Visit")
    .map((e) => `${nameOf.get(e.participants[0]?.entityId ?? "")} > ${e.location}`);
  // "name > CC": each visit by its visitor and the country of its place.
  const country = new Map(patch.entities.map((e) => [e.id, e.country]));
  const visitsTo = patch.events
    .filter((e) => e.type === "Visit")
    .map((e) => `${nameOf.get(e.participants[0]?.entityId ?? "")} > ${country.get(e.location ?? "")}`);
  return { patch, persons, pairs, visits, visitsTo, names: persons.map((p) => p.name).sort() };
}

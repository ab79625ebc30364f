// A Persian text read for a test (an Iranian outlet's report): its persons, its meetings as "name + name" pairs,
// its visits by visitor, destination country and status.
import type { Person } from "../../src/domain/types.ts";
import { extractArticle } from "../../src/extract/index.ts";

export function readPersian(text: string, publishedAt: string) {
  const patch = extractArticle(text, { language: "fa", id: "t", sourceCountry: "IR", publishedAt });
  const persons = patch.entities.filter((e): e is Person => e.type === "Person");
  const nameOf = new Map(patch.entities.map((e) => [e.id, e.name]));
  const meetings = patch.events
    .filter((e) => e.type === "Meeting")
    .map((e) =>
      e.participants
        .map((p) => nameOf.get(p.entityId) ?? "")
        .sort()
        .join(" + "),
    );
  const visits = patch.events
    .filter((e) => e.type === "Visit")
    .map((e) => ({
      visitor: e.participants.map((p) => nameOf.get(p.entityId)).join(),
      country: patch.entities.find((x) => x.id === e.location)?.country,
      status: e.status,
    }));
  return { patch, persons, meetings, visits };
}

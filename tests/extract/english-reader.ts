// Reads an English text through the whole extraction into a compact, comparable form for table-driven tests.
import { toContract } from "../../src/extract/contract.ts";
import { extractArticle, type ArticleMeta } from "../../src/extract/index.ts";

export interface Readable {
  persons: { name: string; aliases: string[]; country: string | null; titles: string[] }[];
  countries: string[];
  /** "Type: A + B" with names sorted, held events only; visits add "> destination". */
  events: string[];
  planned: string[];
  counterparts: string[];
  dates: Record<string, string | null>;
}

export function read(text: string, meta: ArticleMeta = {}): Readable {
  const c = toContract(extractArticle(text, { language: "en", ...meta }));
  const name = new Map(c.entities.map((e) => [e.id, e.name]));
  const country = new Map(c.entities.map((e) => [e.id, e.country]));
  const show = (e: (typeof c.events)[number]): string => {
    const who = [...e.participants, ...e.hosts].map((id) => name.get(id) ?? id).sort();
    const where = e.type === "Visit" && e.location ? ` > ${country.get(e.location) ?? "?"}` : "";
    return `${e.type}: ${who.join(" + ")}${where}`;
  };
  return {
    persons: c.entities
      .filter((e) => e.type === "Person")
      .map((e) => ({ name: e.name, aliases: e.aliases, country: e.country, titles: e.titles ?? [] })),
    countries: c.entities.filter((e) => e.type === "Country").map((e) => e.country ?? ""),
    events: c.events.map(show),
    planned: c.plannedEvents.map(show),
    counterparts: c.relations
      .filter((r) => r.type === "COUNTERPART_OF")
      .map((r) => [name.get(r.source), name.get(r.target)].sort().join(" ~ ")),
    dates: Object.fromEntries(c.events.map((e) => [show(e), e.date])),
  };
}

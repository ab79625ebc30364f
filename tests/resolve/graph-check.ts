// Checks a seeded graph against the golds: one node per real person, one event per real meeting, and why not.
import type { DiplomaticEvent, Entity, GraphPatch } from "../../src/domain/types.ts";
import { containsWord, eventsOf, type ArticleGold, type GoldEvent } from "./golds.fixtures.ts";

export interface CheckInput {
  /** Golds of the articles that were ingested, with their article ids. */
  golds: readonly (ArticleGold & { articleId: string })[];
  /** Each ingested article's own extraction, before resolution: it tells extraction faults from resolution ones. */
  extractions: ReadonlyMap<string, GraphPatch>;
  persons: readonly Entity[];
  /** The graph's places, for the country an event happened in. */
  places: readonly Entity[];
  events: readonly DiplomaticEvent[];
}

export interface Findings {
  /** Gold persons spread over several nodes: the resolver did not merge them. */
  splits: string[];
  /** Nodes holding several gold persons that no single article's extraction had already joined. */
  overMerged: string[];
  /** Nodes holding several gold persons because one article's extraction joined them. */
  extractionJoined: string[];
  /** Gold persons an article names that its extraction did not find (or found under no matching name). */
  missed: string[];
  /** Events several articles report: merged into one, or not. */
  eventsMerged: string[];
  eventsSplit: string[];
  /** Shared events some article's extraction did not yield (or yielded with people it did not find). */
  eventsNotExtracted: string[];
  /** Gold persons and their nodes, for the report. */
  personNodes: Map<string, string[]>;
}

const namesOf = (e: Entity): string[] => [e.name, ...e.aliases];

/** Gold persons in each gold's own order: the scorer takes the first that matches (Heydar before Ilham Alakbarov). */
export type MatchTable = readonly (readonly { key: string; match: readonly string[] }[])[];

/**
 * The gold person a name stands for, as the scorer would say in every gold at once: of the persons whose "match"
 * strings match, drop each one some gold lists after another that matches too; null unless one is left.
 */
export function keyOfName(name: string, table: MatchTable): string | null {
  const matching = new Set<string>();
  const beaten = new Set<string>();
  for (const persons of table) {
    let first: string | null = null;
    for (const p of persons) {
      if (!p.match.some((m) => containsWord(name, m))) continue;
      matching.add(p.key);
      if (first === null) first = p.key;
      else if (p.key !== first) beaten.add(p.key);
    }
  }
  const left = [...matching].filter((k) => !beaten.has(k));
  return left.length === 1 ? (left[0] ?? null) : null;
}

function keysOf(e: Entity, table: MatchTable): Set<string> {
  const keys = new Set<string>();
  for (const n of namesOf(e)) {
    const k = keyOfName(n, table);
    if (k !== null) keys.add(k);
  }
  return keys;
}

function matchTable(golds: readonly ArticleGold[]): MatchTable {
  return golds.map(({ gold }) => gold.persons);
}

const articlesOf = (item: { evidence: readonly { articleId: string }[] }): string[] => [
  ...new Set(item.evidence.map((e) => e.articleId)),
];

const describeNode = (e: Entity): string =>
  `${e.id} "${e.name}" [${e.country ?? "?"}] from ${articlesOf(e).join(", ")}`;

export function checkGraph(input: CheckInput): Findings {
  const all = matchTable(input.golds);
  const findings: Findings = {
    splits: [],
    overMerged: [],
    extractionJoined: [],
    missed: [],
    eventsMerged: [],
    eventsSplit: [],
    eventsNotExtracted: [],
    personNodes: new Map(),
  };

  // What each article's extraction joined on its own, and what it missed, by that article's gold.
  const joinedByExtraction = new Set<string>();
  for (const { gold, articleId } of input.golds) {
    const own = matchTable([{ file: "", gold }]);
    const found = new Set<string>();
    for (const e of input.extractions.get(articleId)?.entities ?? []) {
      if (e.type !== "Person") continue;
      const keys = [...keysOf(e, own)].sort();
      keys.forEach((k) => found.add(k));
      if (keys.length > 1) joinedByExtraction.add(keys.join("+"));
    }
    for (const p of gold.persons)
      if (!found.has(p.key)) findings.missed.push(`${articleId}: ${p.key} (${p.names[0] ?? p.match[0]})`);
  }

  const keyNodes = new Map<string, Entity[]>();
  const nodeKeys = new Map<string, Set<string>>();
  for (const node of input.persons) {
    const keys = keysOf(node, all);
    nodeKeys.set(node.id, keys);
    for (const k of keys) keyNodes.set(k, [...(keyNodes.get(k) ?? []), node]);
    if (keys.size < 2) continue;
    const sorted = [...keys].sort();
    const pairs = sorted.flatMap((a, i) => sorted.slice(i + 1).map((b) => `${a}+${b}`));
    const line = `${sorted.join(" + ")} in ${describeNode(node)} (names: ${namesOf(node).join(" / ")})`;
    if (pairs.every((p) => joinedByExtraction.has(p))) findings.extractionJoined.push(line);
    else findings.overMerged.push(line);
  }
  // A node holding two persons is reported above; it does not also count as a second node of either.
  for (const [key, nodes] of [...keyNodes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const own = nodes.filter((n) => nodeKeys.get(n.id)?.size === 1);
    findings.personNodes.set(
      key,
      own.map((n) => n.id),
    );
    if (own.length > 1)
      findings.splits.push(`${key}: ${own.length} nodes: ${own.map(describeNode).join("; ")}`);
  }

  // Events: a gold id reported by two articles or more must be one graph event with evidence from each.
  const reports = new Map<string, { articleId: string; event: GoldEvent }[]>();
  for (const entry of input.golds) {
    for (const event of eventsOf(entry, input.golds)) {
      reports.set(event.id, [...(reports.get(event.id) ?? []), { articleId: entry.articleId, event }]);
    }
  }
  const keysOfEvent = (e: DiplomaticEvent): Set<string> => {
    const ids = e.type === "Visit" ? e.participants.filter((p) => p.role === "visitor") : e.participants;
    return new Set(ids.flatMap((p) => [...(nodeKeys.get(p.entityId) ?? [])]));
  };
  const countryOfEntity = new Map(input.places.map((p) => [p.id, p.country]));
  const countryOfLocation = (id: string | null): string | null =>
    id === null ? null : id.startsWith("country:") ? id.slice(8) : (countryOfEntity.get(id) ?? null);
  for (const [id, list] of [...reports].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (list.length < 2) continue;
    const first = list[0];
    if (first === undefined) continue;
    const core = first.event.participants.filter((k) => list.every((r) => r.event.participants.includes(k)));
    // Where the golds say it happened (a place key of a gold, or a country code): a visit to Baku is not one to Yerevan.
    const where = list
      .map(({ event, articleId }) => {
        const loc = event.location ?? null;
        if (loc === null) return null;
        if (/^[A-Z]{2}$/.test(loc)) return loc;
        const gold = input.golds.find((g) => g.articleId === articleId)?.gold;
        return gold?.places.find((p) => p.key === loc)?.country ?? null;
      })
      .find((c) => c !== null);
    const perArticle = list.map(({ articleId }) => {
      const cast = input.events
        .filter((e) => e.type === first.event.type && articlesOf(e).includes(articleId))
        .filter((e) => {
          const keys = keysOfEvent(e);
          return core.every((k) => keys.has(k));
        });
      const placed = cast.filter((e) => {
        const country = countryOfLocation(e.location);
        return where == null || country === null || country === where;
      });
      const elsewhere = cast.map((e) => countryOfLocation(e.location)).filter((c) => c !== null);
      return { articleId, ids: placed.map((e) => e.id), elsewhere };
    });
    const missing = perArticle.filter((p) => p.ids.length === 0);
    const label = `${id} (${first.event.type} of ${core.join(", ")}${where == null ? "" : ` in ${where}`})`;
    if (missing.length > 0) {
      const why = (m: (typeof missing)[number]) =>
        m.elsewhere.length > 0 ? `${m.articleId} (only in ${m.elsewhere.join(", ")})` : m.articleId;
      findings.eventsNotExtracted.push(`${label}: nothing from ${missing.map(why).join(", ")}`);
      continue;
    }
    const shared = perArticle[0]?.ids.filter((x) => perArticle.every((p) => p.ids.includes(x))) ?? [];
    if (shared.length > 0)
      findings.eventsMerged.push(`${label}: ${shared[0]} from ${list.map((r) => r.articleId).join(", ")}`);
    else
      findings.eventsSplit.push(
        `${label}: ${perArticle.map((p) => `${p.articleId} -> ${p.ids.join(" | ")}`).join("; ")}`,
      );
  }
  return findings;
}

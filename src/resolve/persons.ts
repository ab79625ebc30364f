// Resolves an article's persons against the graph: which are people the graph knows, and which only might be.
import type { Entity, Evidence, GraphPatch, Person } from "../domain/types.ts";
import type { GraphStore } from "../store/graph-store.ts";
import { compareNameSets } from "./name-match.ts";
import { parseName, type ParsedName } from "./name-parse.ts";
import { recordedCandidates } from "./candidates.ts";
import type { GraphIndex } from "./graph-index.ts";
import {
  MAX_CANDIDATES,
  countrySignal,
  decide,
  scoreMatch,
  type Decision,
  type ScoredCandidate,
} from "./person-score.ts";
import { rolesAgree } from "./roles.ts";

/** A person as the resolver sees it, from a patch or from the graph. */
export interface PersonRecord {
  id: string;
  names: string[];
  parsed: ParsedName[];
  country: string | null;
  titles: string[];
  evidence: Evidence[];
}

/** The persons of one article that are one person (the extractor kept them apart, their names say otherwise). */
export interface PersonGroup extends PersonRecord {
  /** Patch ids of the members, in patch order; `id` is the first. */
  members: string[];
}

export interface MergeCandidate {
  /** The article's person, by its id after resolution. */
  personId: string;
  /** The graph's person that may be the same. */
  candidateId: string;
  /** Where the article names its person. */
  evidence: Evidence;
}

export interface PersonResolution {
  /** Every person id of the patch -> its id in the graph (its own when new). */
  idMap: Map<string, string>;
  candidates: MergeCandidate[];
}

export function personRecord(p: Person | Entity): PersonRecord {
  const names = [p.name, ...p.aliases];
  return {
    id: p.id,
    names,
    parsed: names.map((n) => parseName(n)),
    country: p.country,
    titles: p.type === "Person" ? p.titles : [],
    evidence: p.evidence,
  };
}

const nameFits = (a: PersonRecord, b: PersonRecord): boolean => {
  const rel = compareNameSets(a.parsed, b.parsed).relation;
  return (rel === "exact" || rel === "full") && countrySignal(a.country, b.country) !== "conflict";
};

/**
 * Persons of one article whose full names agree (given names and surname, across spellings) and whose countries
 * do not differ are one person: "كريم بن فهد الراشد" and "كريم الراشد". A bare surname is left to the graph match.
 */
export function groupWithinArticle(records: readonly PersonRecord[]): PersonGroup[] {
  const groups: PersonGroup[] = [];
  for (const r of records) {
    const g = groups.find((x) => nameFits(x, r));
    if (g === undefined) {
      groups.push({ ...r, members: [r.id], names: [...r.names], parsed: [...r.parsed] });
      continue;
    }
    g.members.push(r.id);
    for (const [i, n] of r.names.entries()) {
      if (g.names.includes(n)) continue;
      g.names.push(n);
      const parsed = r.parsed[i];
      if (parsed !== undefined) g.parsed.push(parsed);
    }
    g.country ??= r.country;
    g.titles = [...new Set([...g.titles, ...r.titles])];
    g.evidence = [...g.evidence, ...r.evidence];
  }
  return groups;
}

const spanKey = (e: Evidence): string => `${e.articleId}\u0000${e.sentence}\u0000${e.start}\u0000${e.end}`;

interface GroupState {
  group: PersonGroup;
  /** Graph persons that may be this one. */
  stored: PersonRecord[];
  /** The group's own id (or a member's) is already in the graph: the store would merge by id anyway. */
  self: string | null;
  decision: Decision;
  scores: Map<string, ScoredCandidate>;
}

function score(
  g: PersonGroup,
  stored: readonly PersonRecord[],
  cooccur: ReadonlySet<string>,
): ScoredCandidate[] {
  const mine = new Set(g.evidence.map(spanKey));
  const out: ScoredCandidate[] = [];
  for (const s of stored) {
    const sticky = s.evidence.some((e) => mine.has(spanKey(e)));
    const value = scoreMatch({
      name: compareNameSets(g.parsed, s.parsed),
      country: countrySignal(g.country, s.country),
      office: rolesAgree(g.titles, s.titles),
      cooccur: cooccur.has(s.id),
    });
    if (value !== null || sticky) out.push({ id: s.id, score: value ?? 0, sticky });
  }
  return out;
}

/** Candidates tied in the graph (an event or a relation) to someone else the article names. */
async function cooccurring(
  store: GraphStore,
  candidates: readonly string[],
  others: readonly string[],
): Promise<Set<string>> {
  const out = new Set<string>();
  for (const c of candidates) {
    for (const o of others) {
      if (o === c) continue;
      const [events, relations] = await Promise.all([store.eventsBetween(c, o), store.relationsOf(c)]);
      const related = relations.some(
        (r) => r.type !== "MERGE_CANDIDATE" && (r.source === o || r.target === o),
      );
      if (events.length > 0 || related) {
        out.add(c);
        break;
      }
    }
  }
  return out;
}

export async function resolvePersons(
  patch: GraphPatch,
  store: GraphStore,
  index: GraphIndex,
): Promise<PersonResolution> {
  const records = patch.entities.filter((e): e is Person => e.type === "Person").map(personRecord);
  const groups = groupWithinArticle(records);

  const states: GroupState[] = [];
  for (const group of groups) {
    const ids = [...new Set([...group.members, ...index.candidates(group.parsed)])];
    const found = (await store.getEntities(ids)).filter(
      (e): e is Person => e !== null && e.type === "Person",
    );
    const self = group.members.find((m) => found.some((f) => f.id === m)) ?? null;
    const stored = found.filter((f) => !group.members.includes(f.id)).map(personRecord);
    const scores = new Map(score(group, stored, new Set()).map((c) => [c.id, c]));
    let decision: Decision = self !== null ? { merge: self, candidates: [] } : decide([...scores.values()]);
    // Resolved this way before (the article is being ingested again): the candidates it recorded then, no others.
    const again = decision.merge !== null && (self !== null || scores.get(decision.merge)?.sticky === true);
    if (again && decision.merge !== null)
      decision = {
        ...decision,
        candidates: await recordedCandidates(store, decision.merge, patch.article.id),
      };
    states.push({ group, stored, self, decision, scores });
  }

  // Second look for the undecided: co-occurrence with the people this article shares with the graph.
  const known = states.filter((s) => s.decision.merge !== null).map((s) => s.decision.merge as string);
  for (const s of states) {
    if (s.decision.merge !== null || s.decision.candidates.length === 0) continue;
    const co = await cooccurring(store, s.decision.candidates, known);
    if (co.size === 0) continue;
    const rescored = score(s.group, s.stored, co);
    s.scores = new Map(rescored.map((c) => [c.id, c]));
    s.decision = decide(rescored);
  }

  // Two people of one article never become one node of the graph: the best claim keeps it, the others ask.
  const rank = (s: GroupState): number =>
    s.self !== null
      ? Infinity
      : s.scores.get(s.decision.merge ?? "")?.sticky
        ? 1e9
        : (s.scores.get(s.decision.merge ?? "")?.score ?? 0);
  const claims = new Map<string, GroupState[]>();
  for (const s of states)
    if (s.decision.merge !== null) claims.set(s.decision.merge, [...(claims.get(s.decision.merge) ?? []), s]);
  for (const [target, claimants] of claims) {
    if (claimants.length < 2) continue;
    const sorted = [...claimants].sort((a, b) => rank(b) - rank(a));
    const [first, second] = sorted;
    const winner = first !== undefined && second !== undefined && rank(first) > rank(second) ? first : null;
    for (const s of claimants) if (s !== winner) s.decision = { merge: null, candidates: [target] };
  }

  const idMap = new Map<string, string>();
  const candidates: MergeCandidate[] = [];
  for (const s of states) {
    const finalId = s.decision.merge ?? s.group.id;
    for (const m of s.group.members) idMap.set(m, finalId);
    const evidence = s.group.evidence[0];
    if (evidence === undefined) continue;
    for (const c of s.decision.candidates.slice(0, MAX_CANDIDATES)) {
      if (c !== finalId) candidates.push({ personId: finalId, candidateId: c, evidence });
    }
    index.note(finalId, s.group.parsed, s.decision.merge === null);
  }
  return { idMap, candidates };
}

// The ties of one article besides events: "his counterpart" relations, and the posts people hold (occupancies
// observed on the article's date), each keyed by id so that a long article's repeated facts cost one look-up.
import { occupancyId, relationId } from "../../domain/ids.ts";
import type { Occupancy, Organization, Relation } from "../../domain/types.ts";
import type { ArticleContext } from "../article-context.ts";
import type { ArticleMentions, Span } from "../mentions.ts";
import type { PersonCluster } from "./clusters.ts";
import type { EvidenceMaker } from "./evidence.ts";
import { personIdOf } from "./people.ts";

/**
 * "his counterpart" ties. Counterparts serve two states: two people the article places in one country are no
 * counterparts, whatever a pronoun's reading said ("… لقاء جمعه بنظيره المجري" read as the Hungarian prime
 * minister's counterpart, the Hungarian foreign minister).
 */
export function counterpartRelations(
  mentions: ArticleMentions,
  idOf: (mentionId: number | null) => string | null,
  countryOf: (personId: string) => string | null,
  evidence: EvidenceMaker,
): Relation[] {
  const relations = new Map<string, Relation>();
  const personById = new Map(mentions.persons.map((p) => [p.id, p]));
  for (const cp of mentions.counterparts) {
    const a = idOf(cp.of);
    const b = idOf(cp.person);
    const mention = personById.get(cp.person);
    if (!a || !b || a === b || !mention) continue;
    const country = countryOf(a);
    if (country !== null && country === countryOf(b)) continue;
    const [source, target] = [a, b].sort() as [string, string];
    const id = relationId("COUNTERPART_OF", source, target);
    const existing = relations.get(id);
    const ev = evidence.forSpans([mention]);
    if (existing) existing.evidence.push(...ev);
    else relations.set(id, { id, type: "COUNTERPART_OF", source, target, evidence: ev });
  }
  return [...relations.values()];
}

export function occupancies(
  clusters: readonly PersonCluster[],
  orgWithin: (span: Span) => Organization | null,
  ctx: ArticleContext,
  evidence: EvidenceMaker,
): Occupancy[] {
  const byId = new Map<string, Occupancy>();
  for (const c of clusters) {
    const pid = personIdOf(c);
    for (const m of c.mentions) {
      for (const title of m.titles) {
        const id = occupancyId(pid, title);
        const ev = evidence.forSpans([m]);
        const existing = byId.get(id);
        if (existing) existing.evidence.push(...ev);
        else byId.set(id, occupancy(id, pid, title, orgWithin(m), c, ctx, ev));
      }
    }
  }
  return [...byId.values()];
}

function occupancy(
  id: string,
  personId: string,
  title: string,
  org: Organization | null,
  c: PersonCluster,
  ctx: ArticleContext,
  evidence: Occupancy["evidence"],
): Occupancy {
  return {
    id,
    personId,
    title,
    organizationId: org?.id ?? null,
    country: c.country,
    observed: ctx.publishedAt ? [ctx.publishedAt] : [],
    start: null,
    end: null,
    evidence,
  };
}

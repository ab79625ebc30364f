// The people of one article: named mentions merged into persons, role mentions ("the Azeri president") resolved
// to one of them or dropped (nothing unnamed becomes a person), and each person as a graph entity.
import { personId } from "../../domain/ids.ts";
import type { Person } from "../../domain/types.ts";
import type { ArticleContext } from "../article-context.ts";
import type { ArticleMentions, PersonMention } from "../mentions.ts";
import { addRoleMention, clusterNamed, resolveRole, type PersonCluster } from "./clusters.ts";
import type { EvidenceMaker } from "./evidence.ts";

export interface ArticlePeople {
  clusters: PersonCluster[];
  /** The person each mention (by mention id) stands for. */
  clusterOf: Map<number, PersonCluster>;
}

export function mergePeople(mentions: ArticleMentions, ctx: ArticleContext): ArticlePeople {
  const clusters = clusterNamed(mentions.persons);
  const clusterOf = new Map<number, PersonCluster>();
  for (const c of clusters) for (const m of c.mentions) clusterOf.set(m.id, c);
  const acting = new Set(mentions.events.flatMap((e) => [e.agent, ...e.others, ...e.hosts]));
  const visitors = new Set<PersonCluster>();
  for (const e of mentions.events) {
    const c = e.type === "Visit" && e.agent !== null ? clusterOf.get(e.agent) : undefined;
    if (c) visitors.add(c);
  }
  const active = new Set(clusters.filter((c) => c.mentions.some((m) => acting.has(m.id))));
  const ownerOf = new Map(mentions.counterparts.map((cp) => [cp.person, cp.of]));
  for (const m of mentions.persons) {
    if (m.name !== null) continue;
    const owner = ownerOf.get(m.id);
    const role = withOwnersPost(m, owner, clusterOf);
    // Whoever "his counterpart" stands for, it is not the one whose counterpart it is.
    const ownerCluster = owner === null || owner === undefined ? undefined : clusterOf.get(owner);
    const candidates = ownerCluster ? clusters.filter((c) => c !== ownerCluster) : clusters;
    const c = resolveRole(role, candidates, acting.has(m.id), visitors, ctx.sourceCountry, active);
    if (c) {
      addRoleMention(c, m);
      clusterOf.set(m.id, c);
    }
  }
  return { clusters, clusterOf };
}

/**
 * "نظيره الصومالي", "his Somali counterpart": a counterpart named by no post of its own holds the post of the one
 * whose counterpart it is (the foreign minister's counterpart is the other foreign minister), so it is resolved
 * as a role of that post.
 */
function withOwnersPost(
  role: PersonMention,
  owner: number | null | undefined,
  clusterOf: ReadonlyMap<number, PersonCluster>,
): PersonMention {
  if (!role.counterpart || role.titleStems.length > 0 || owner === null || owner === undefined) return role;
  const post = clusterOf.get(owner)?.mentions.find((m) => m.titleStems.length > 0);
  return post ? { ...role, titleStems: post.titleStems } : role;
}

/** A person's id: their country and their fullest name (read once countries are inferred). */
export function personIdOf(c: PersonCluster): string {
  return personId(c.country, longest(c.names).join(" "));
}

export function personEntities(clusters: readonly PersonCluster[], evidence: EvidenceMaker): Person[] {
  return clusters.map((c) => {
    const name = longest(c.names).join(" ");
    return {
      id: personIdOf(c),
      type: "Person",
      name,
      aliases: c.names.filter((n) => n !== name),
      country: c.country,
      titles: c.titles,
      evidence: evidence.forSpans(c.mentions),
    };
  });
}

/** The longest name (most words) of a person: "سامي الحداد" over "الحداد". */
function longest(names: readonly string[]): string[] {
  const best = [...names].sort(
    (a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length,
  )[0];
  return best ? best.split(/\s+/) : [];
}

// Turns one article's mentions into a GraphPatch: people merged, roles resolved, countries inferred, events merged, evidence kept.
import { countryId } from "../../domain/ids.ts";
import type { Article, GraphPatch } from "../../domain/types.ts";
import type { ArticleContext } from "../article-context.ts";
import type { ArticleMentions, EventMention } from "../mentions.ts";
import { inferCountries, resolveImpliedAgents, withDatelinePlace } from "./context.ts";
import { countryEntities } from "./countries.ts";
import { buildEvents } from "./events.ts";
import { EvidenceMaker } from "./evidence.ts";
import { mergePeople, personEntities, personIdOf } from "./people.ts";
import { placeEntities, orgEntities } from "./places.ts";
import { counterpartRelations, occupancies } from "./ties.ts";

export const EXTRACTOR_VERSION = "diplograph-extract/0.1.0";

export function assemble(mentions: ArticleMentions, ctx: ArticleContext, article: Article): GraphPatch {
  const evidence = new EvidenceMaker(mentions.sentences, ctx.articleId, EXTRACTOR_VERSION);
  const { clusters, clusterOf } = mergePeople(mentions, ctx);
  const events = resolveImpliedAgents(mentions.events);
  inferCountries(events, clusterOf, ctx.sourceCountry);
  // A visit to one's own country is no visit (a misread agent or destination): leave it out.
  const abroad = events.filter((e) => {
    const visitor = e.type === "Visit" && e.agent !== null ? clusterOf.get(e.agent) : undefined;
    return !visitor?.country || !e.location || e.location.code !== visitor.country;
  });
  // Where the article was filed when no dateline says: a mention of the outlet's own country, if it names it.
  const home =
    mentions.dateline ??
    mentions.geos.find((g) => g.code === ctx.sourceCountry && g.kind !== "demonym" && !g.weak) ??
    null;
  const dated = withDatelinePlace(abroad, mentions.dateline, clusterOf, home);
  const idOf = (mentionId: number | null): string | null => {
    const c = mentionId === null ? undefined : clusterOf.get(mentionId);
    return c ? personIdOf(c) : null;
  };

  // Uncued capitals stay out unless an event took one as its place.
  // The dated events: a dateline's place given to an event counts as taken too.
  const used = new Set(dated.flatMap((e) => (e.location ? [e.location] : [])));
  const geos = mentions.geos.filter((g) => !g.weak || used.has(g));
  const places = placeEntities(geos, evidence);
  const orgs = orgEntities(mentions.orgs, evidence);
  const locationId = (e: EventMention): string | null => {
    const g = e.location;
    if (!g) return null;
    return g.kind === "place" && g.place ? places.idFor(g) : countryId(g.code);
  };
  const persons = personEntities(clusters, evidence);
  const countryById = new Map(persons.map((p) => [p.id, p.country]));
  const countries = countryEntities(geos, clusters, evidence);
  return {
    article,
    entities: [...persons, ...countries, ...places.entities, ...orgs.entities],
    events: buildEvents(dated, { idOf, locationId, evidence, articleId: ctx.articleId }),
    occupancies: occupancies(clusters, orgs.within, ctx, evidence),
    relations: counterpartRelations(mentions, idOf, (id) => countryById.get(id) ?? null, evidence),
  };
}

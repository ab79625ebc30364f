// The extraction stage: an article's text and metadata in, a GraphPatch with evidence on everything out. Pure.
import { InvalidInputError } from "../domain/errors.ts";
import { articleIdFor, contentHash } from "../domain/ids.ts";
import type { Article, GraphPatch } from "../domain/types.ts";
import type { ArticleContext } from "./article-context.ts";
import { assemble } from "./assemble/index.ts";
import { detectLanguage, type Language } from "./language.ts";
import { tagArabic } from "./lang/ar/index.ts";
import { tagEnglish } from "./lang/en/index.ts";
import { tagPersian } from "./lang/fa/index.ts";
import type { ArticleMentions } from "./mentions.ts";
import type { Tracer } from "./pipeline.ts";

export { EXTRACTOR_VERSION } from "./assemble/index.ts";

export interface ArticleMeta {
  id?: string | null;
  language?: Language | null;
  title?: string | null;
  source?: string | null;
  sourceCountry?: string | null;
  url?: string | null;
  publishedAt?: string | null;
}

type Tagger = (text: string, ctx: ArticleContext, tracer?: Tracer) => ArticleMentions;

const TAGGERS: Partial<Record<Language, Tagger>> = { ar: tagArabic, en: tagEnglish, fa: tagPersian };

export function supportedLanguages(): Language[] {
  return Object.keys(TAGGERS) as Language[];
}

export interface ExtractOptions {
  /** Told what each pass added, in order (`diplograph extract --trace`); the last step is "assemble". */
  tracer?: Tracer;
}

export function extractArticle(
  text: string,
  meta: ArticleMeta = {},
  options: ExtractOptions = {},
): GraphPatch {
  if (typeof text !== "string" || text.trim().length === 0)
    throw new InvalidInputError("extract: the article text is empty");
  const language = meta.language ?? detectLanguage(text);
  if (!language)
    throw new InvalidInputError("extract: cannot tell the article's language; pass it explicitly");
  const tagger = TAGGERS[language];
  if (!tagger) {
    throw new InvalidInputError(
      `extract: language "${language}" is not supported (supported: ${supportedLanguages().join(", ")})`,
    );
  }
  if (meta.sourceCountry && !/^[A-Z]{2}$/.test(meta.sourceCountry)) {
    throw new InvalidInputError(
      `extract: source country "${meta.sourceCountry}" is not an ISO 3166 alpha-2 code`,
    );
  }
  if (meta.publishedAt && !/^\d{4}-\d{2}-\d{2}$/.test(meta.publishedAt)) {
    throw new InvalidInputError(`extract: published date "${meta.publishedAt}" is not YYYY-MM-DD`);
  }
  const article: Article = {
    id: meta.id ?? articleIdFor(text),
    language,
    title: meta.title ?? null,
    source: meta.source ?? null,
    sourceCountry: meta.sourceCountry ?? null,
    url: meta.url ?? null,
    publishedAt: meta.publishedAt ?? null,
    contentHash: contentHash(text),
  };
  const ctx: ArticleContext = {
    articleId: article.id,
    language,
    sourceCountry: article.sourceCountry,
    publishedAt: article.publishedAt,
  };
  const { tracer } = options;
  const { mentions, read } = outletsOwnStory(tagger, text, ctx, tracer);
  const started = performance.now();
  const patch = assemble(mentions, read, article);
  tracer?.({ pass: "assemble", ms: performance.now() - started, lines: describePatch(patch) });
  return patch;
}

/**
 * An official named by a bare title ("the foreign minister") is presumed to be of the outlet's country, which is
 * what a national agency means. An outlet that reports on other countries (a foreign-language service abroad, a
 * regional channel) never names its own: then there is no such presumption, and the article is read again
 * without it (rare, so the second reading costs nothing on the usual story).
 */
function outletsOwnStory(
  tagger: Tagger,
  text: string,
  ctx: ArticleContext,
  tracer?: Tracer,
): { mentions: ArticleMentions; read: ArticleContext } {
  const mentions = tagger(text, ctx, tracer);
  const { sourceCountry } = ctx;
  if (sourceCountry === null || mentions.geos.some((g) => g.code === sourceCountry))
    return { mentions, read: ctx };
  tracer?.({
    pass: "outlet abroad",
    ms: 0,
    lines: [`${sourceCountry} is never named: read again without it`],
  });
  const read = { ...ctx, sourceCountry: null };
  return { mentions: tagger(text, read, tracer), read };
}

/** What the assemble stage made of the mentions: one line per person and event. */
function describePatch(patch: GraphPatch): string[] {
  const name = new Map(patch.entities.map((e) => [e.id, e.name]));
  return [
    ...patch.entities.flatMap((e) => (e.type === "Person" ? [`person ${e.name} [${e.country ?? "?"}]`] : [])),
    ...patch.events.map(
      (e) =>
        `${e.type}${e.status === "planned" ? " (planned)" : ""}: ` +
        e.participants.map((p) => `${name.get(p.entityId) ?? p.entityId} (${p.role})`).join(", "),
    ),
  ];
}

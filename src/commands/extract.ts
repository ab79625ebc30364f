// `diplograph extract FILE`: runs the extraction on one article and prints the contract JSON or a summary.
import { InvalidInputError } from "../domain/errors.ts";
import { toContract } from "../extract/contract.ts";
import { extractArticle } from "../extract/index.ts";
import type { Tracer } from "../extract/pipeline.ts";
import { checkArticleMeta, KNOWN_LANGUAGES } from "../domain/article-meta.ts";
import { readArticleFile } from "../ingest/article-files.ts";
import type { GraphPatch } from "../domain/types.ts";

export interface ExtractOptions {
  lang?: string;
  sourceCountry?: string;
  published?: string;
  json: boolean;
  /** Where to write what each extraction pass added (`--trace`), one block per pass. */
  trace?: (line: string) => void;
  /** Largest article in bytes (DIPLOGRAPH_MAX_ARTICLE_BYTES). */
  maxArticleBytes?: number;
}

const LANGUAGES: readonly string[] = KNOWN_LANGUAGES;

export async function extractCommand(file: string, options: ExtractOptions): Promise<string> {
  if (options.lang !== undefined && !LANGUAGES.includes(options.lang)) {
    throw new InvalidInputError(
      `extract: --lang must be one of ${LANGUAGES.join(", ")}, not "${options.lang}"`,
    );
  }
  const article = await readArticleFile(file, options.maxArticleBytes);
  // The options are metadata too: checked by the same rules as a NAME.json file.
  const given = checkArticleMeta("extract", {
    ...(options.lang ? { language: options.lang } : {}),
    ...(options.sourceCountry ? { sourceCountry: options.sourceCountry.toUpperCase() } : {}),
    ...(options.published ? { publishedAt: options.published } : {}),
  });
  const { trace } = options;
  const tracer: Tracer | undefined = trace
    ? (step) => {
        trace(`== ${step.pass} (${step.ms.toFixed(1)} ms, ${step.lines.length} new)`);
        for (const line of step.lines) trace(`  ${line}`);
      }
    : undefined;
  const patch = extractArticle(article.text, { ...article.meta, ...given }, tracer ? { tracer } : {});
  return options.json ? JSON.stringify(toContract(patch), null, 2) : summarize(patch);
}

/** A readable account: who, with which titles, and what happened, each event with its sentence. */
export function summarize(patch: GraphPatch): string {
  const name = new Map(patch.entities.map((e) => [e.id, e.name]));
  const lines: string[] = [`article ${patch.article.id} (${patch.article.language})`];
  const persons = patch.entities.filter((e) => e.type === "Person");
  lines.push(`\npersons (${persons.length})`);
  for (const p of persons) {
    const titles = p.type === "Person" && p.titles.length ? ` — ${p.titles.join("; ")}` : "";
    lines.push(`  ${p.name} [${p.country ?? "?"}]${titles}`);
  }
  const others = patch.entities.filter((e) => e.type !== "Person");
  lines.push(`\ncountries, places, organisations (${others.length})`);
  for (const e of others) lines.push(`  ${e.type.padEnd(12)} ${e.name} [${e.country ?? "?"}]`);
  lines.push(`\nevents (${patch.events.length})`);
  for (const e of patch.events) {
    const who = e.participants.map((p) => `${name.get(p.entityId) ?? p.entityId} (${p.role})`).join(", ");
    const where = e.location ? ` in ${name.get(e.location) ?? e.location}` : "";
    const when = e.date ? ` on ${e.date.value} (${e.date.precision})` : "";
    lines.push(`  ${e.type}${e.status === "planned" ? " [planned]" : ""}: ${who}${where}${when}`);
    for (const ev of e.evidence) lines.push(`      #${ev.sentence} ${ev.text.slice(0, 160)}`);
  }
  lines.push(`\nrelations (${patch.relations.length})`);
  for (const r of patch.relations) lines.push(`  ${name.get(r.source)} ${r.type} ${name.get(r.target)}`);
  return lines.join("\n");
}

// Resolution cost as the graph grows: resolvePatch for the test corpus's articles against 10k and 100k known persons
// with plausible Latin and Arabic names (surnames that share keys, as real ones do), plus the one-off index build.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { contentHash } from "../../../src/domain/ids.ts";
import type { DiplomaticEvent, Entity, GraphPatch } from "../../../src/domain/types.ts";
import { extractArticle, supportedLanguages } from "../../../src/extract/index.ts";
import { readArticleFile } from "../../../src/ingest/article-files.ts";
import { resolvePatch } from "../../../src/resolve/index.ts";
import { graphIndexFor } from "../../../src/resolve/graph-index.ts";
import type { GraphStore } from "../../../src/store/graph-store.ts";
import { createMemoryStore } from "../../../src/store/memory/index.ts";
import { percentiles, type Report } from "../report.ts";
import type { BenchSection } from "../section.ts";
import { prng } from "../synthetic-graph.ts";

const SIZES = [10_000, 100_000];
/** Each corpus article is resolved this many times, as a new article each time (a fresh id): more samples. */
const ROUNDS = 5;
const PERSONS_PER_PATCH = 1000;

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const COUNTRIES = "IR AZ RU TR IQ SY LB SA AE QA OM EG AM US FR DE CN IN PK AF".split(" ");
const GIVEN_LATIN =
  "Ali Mohammad Hossein Reza Hassan Ahmad Mahmoud Mehdi Javad Saeed Abbas Karim Omar Khaled Faisal Sultan Yusuf Ibrahim Ismail Nasser Tariq Samir Rami Ilham Jeyhun Heydar Elmar Anar Sergei Vladimir Dmitry Andrei Mikhail Nikol Armen Ararat Recep Hakan Mevlut".split(
    " ",
  );
const GIVEN_ARABIC =
  "علي محمد حسين رضا حسن أحمد محمود مهدي جواد سعيد عباس كريم عمر خالد فيصل سلطان يوسف إبراهيم إسماعيل ناصر طارق سمير رامي".split(
    " ",
  );
const SYLLABLES_LATIN = "ba ra ma ka sha kha da za na ta la ya ha ja fa ga qa va ri mo zo du".split(" ");
const SYLLABLES_ARABIC = "با را ما كا شا خا دا زا نا تا لا يا ها جا فا غا قا ري مو زو دو".split(" ");
const ENDINGS_LATIN = ["ov", "yev", "i", "ian", "zadeh", "", "pour", "ski"];
const ENDINGS_ARABIC = ["وف", "ييف", "ي", "يان", "زاده", "", "بور"];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** A plausible name: a given name and a surname of two or three syllables and an ending, in one script. */
function syntheticName(random: () => number): string {
  const arabic = random() < 0.5;
  const syllables = arabic ? SYLLABLES_ARABIC : SYLLABLES_LATIN;
  const parts = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(random, syllables));
  const surname = parts.join("") + pick(random, arabic ? ENDINGS_ARABIC : ENDINGS_LATIN);
  const given = pick(random, arabic ? GIVEN_ARABIC : GIVEN_LATIN);
  const capital = surname.charAt(0).toUpperCase() + surname.slice(1);
  return `${given} ${capital}`;
}

function evidence(articleId: string, sentence: number) {
  return [{ articleId, sentence, start: 0, end: 10, text: "Synthetic.", extractorVersion: "bench" }];
}

/** Patches of PERSONS_PER_PATCH persons each, with one meeting per two persons among those known so far. */
export function* personPatches(count: number, seed: number): Generator<GraphPatch> {
  const random = prng(seed);
  for (let start = 0; start < count; start += PERSONS_PER_PATCH) {
    const articleId = `article:bench-persons-${start}`;
    const entities: Entity[] = [];
    const end = Math.min(count, start + PERSONS_PER_PATCH);
    for (let i = start; i < end; i++) {
      entities.push({
        id: `person:bench-${i}`,
        type: "Person",
        name: syntheticName(random),
        aliases: [],
        country: pick(random, COUNTRIES),
        titles: [],
        evidence: evidence(articleId, i - start),
      });
    }
    const events: DiplomaticEvent[] = [];
    for (let k = 0; k < (end - start) / 2; k++) {
      const a = start + Math.floor(random() * (end - start));
      const b = Math.floor(random() * end);
      if (a === b) continue;
      events.push({
        id: `event:bench-${start}-${k}`,
        type: "Meeting",
        status: "held",
        participants: [
          { entityId: `person:bench-${a}`, role: "participant" },
          { entityId: `person:bench-${b}`, role: "participant" },
        ],
        location: null,
        date: {
          value: `20${10 + Math.floor(random() * 14)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
          precision: "day",
        },
        mode: null,
        duration: null,
        topics: [],
        evidence: evidence(articleId, PERSONS_PER_PATCH + k),
      });
    }
    yield {
      article: {
        id: articleId,
        language: "en",
        title: null,
        source: "synthetic",
        sourceCountry: null,
        url: null,
        publishedAt: null,
        contentHash: contentHash(articleId),
      },
      entities,
      events,
      occupancies: [],
      relations: [],
    };
  }
}

/** The corpus articles (seed and test articles) in languages with an extractor, extracted once. */
export async function corpus(): Promise<GraphPatch[]> {
  const out: GraphPatch[] = [];
  for (const dir of ["seed/articles", "tests/fixtures/articles"]) {
    for (const file of (await readdir(join(ROOT, dir))).filter((f) => f.endsWith(".txt")).sort()) {
      const article = await readArticleFile(join(ROOT, dir, file));
      if (article.meta.language && !supportedLanguages().includes(article.meta.language)) continue;
      out.push(extractArticle(article.text, article.meta));
    }
  }
  return out;
}

/** The same article under another id, as another outlet's report of it would be. */
function renamed(patch: GraphPatch, round: number): GraphPatch {
  if (round === 0) return patch;
  const id = `${patch.article.id}.r${round}`;
  const move = <T extends { evidence: { articleId: string }[] }>(item: T): T => ({
    ...item,
    evidence: item.evidence.map((e) => ({ ...e, articleId: id })),
  });
  return {
    article: { ...patch.article, id },
    entities: patch.entities.map(move),
    events: patch.events.map(move),
    occupancies: patch.occupancies.map(move),
    relations: patch.relations.map(move),
  };
}

async function measure(size: number, articles: readonly GraphPatch[]) {
  const store: GraphStore = await createMemoryStore();
  for (const patch of personPatches(size, 20220716 + size)) await store.applyPatch(patch);
  const started = performance.now();
  const index = await graphIndexFor(store);
  const buildMs = performance.now() - started;
  const samples: number[] = [];
  let persons = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const article of articles) {
      const patch = renamed(article, round);
      const t = performance.now();
      const resolved = await resolvePatch(patch, store);
      samples.push(performance.now() - t);
      persons += patch.entities.filter((e) => e.type === "Person").length;
      await store.applyPatch(resolved);
    }
  }
  const known = (await store.counts()).entities.Person;
  await store.close();
  return { buildMs, built: index.built, samples, persons, known };
}

export const resolutionSection: BenchSection = {
  name: "resolution",
  description:
    "resolvePatch per article as the graph's persons grow (memory store), and the name index build",
  async run(report: Report, config) {
    const articles = await corpus();
    const rows = [];
    for (const full of SIZES) {
      const size = Math.max(1000, Math.round(full * config.scale));
      const m = await measure(size, articles);
      const p = percentiles(m.samples);
      report.figure(`resolution.${full}.medianMs`, p.median);
      report.figure(`resolution.${full}.p99Ms`, p.p99);
      report.figure(`resolution.${full}.indexBuildMs`, m.buildMs);
      rows.push([
        size,
        m.known,
        m.samples.length,
        m.persons / m.samples.length,
        p.median,
        p.p99,
        p.max,
        m.buildMs,
      ]);
    }
    report.table(
      `resolvePatch per article (ms): the ${articles.length} corpus articles, ${ROUNDS} rounds each under new ids`,
      ["known persons", "after", "articles", "persons/article", "median", "p99", "max", "index build ms"],
      rows,
    );
    report.note(
      "Each call looks persons up in the resolver's name index, fetches and scores candidates, checks " +
        "co-occurrence, and matches events through eventsBetween/findEvents. The tail (p99, max) is the index's " +
        "freshness check (counts(), at most once a second) and the first read of a country's places; the index " +
        "build pages every person through findEntities once per process (and again after a foreign write).",
    );
  },
};

// Reads the golds of the test corpus and of the seed with the corpus-wide person keys and event ids.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod/v4";
import { goldNorm } from "../../src/eval/score.ts";

export const PROJECT_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const SEED_DIR = join(PROJECT_ROOT, "seed/articles");
export const FIXTURE_ARTICLES = join(PROJECT_ROOT, "tests/fixtures/articles");
const FIXTURE_GOLDS = join(PROJECT_ROOT, "tests/fixtures/gold");
/** The seed's gold stands beside the seed article (NAME.gold.json), so `diplograph eval seed/articles` scores it. */
export const SEED_GOLD = join(SEED_DIR, "shamkhani-baku.ar.gold.json");

const goldPerson = z.object({
  key: z.string(),
  match: z.array(z.string()).min(1),
  names: z.array(z.string()),
});
const goldEvent = z.object({
  id: z.string(),
  type: z.string(),
  participants: z.array(z.string()),
  location: z.string().nullable().optional(),
  date: z.string().nullable().optional(),
});
const goldPlace = z.object({ key: z.string(), country: z.string() });
const goldVisit = z.object({
  visitor: z.string(),
  country: z.string(),
  place: z.string().optional(),
  invitedBy: z.string().optional(),
});
const goldSchema = z.object({
  article: z.string(),
  sameEventAs: z.string().optional(),
  persons: z.array(goldPerson),
  places: z.array(goldPlace).default([]),
  events: z.array(goldEvent).optional(),
  meetings: z.array(z.tuple([z.string(), z.string()])).default([]),
  visits: z.array(goldVisit).default([]),
});
export type Gold = z.infer<typeof goldSchema>;
export type GoldEvent = z.infer<typeof goldEvent>;

export interface ArticleGold {
  /** The article's file, relative to the project ("seed/articles/shamkhani-baku.ar.txt"). */
  file: string;
  gold: Gold;
}

function readGold(path: string): Gold {
  return goldSchema.parse(JSON.parse(readFileSync(path, "utf8")));
}

/** Every gold with its article file: the test corpus's and the seed's. */
export function loadGolds(): { golds: ArticleGold[] } {
  const golds: ArticleGold[] = readdirSync(FIXTURE_GOLDS)
    .filter((f) => f.endsWith(".gold.json"))
    .sort()
    .map((f) => {
      const gold = readGold(join(FIXTURE_GOLDS, f));
      return { file: join("tests/fixtures/articles", gold.article), gold };
    });
  const seed = readGold(SEED_GOLD);
  golds.push({ file: join("seed/articles", seed.article), gold: seed });
  return { golds };
}

/** The twin's slug of a gold ("bayramov-tehran.en") as the file stem it names ("bayramov-tehran.en.txt"). */
const stemOf = (file: string): string => file.replace(/^.*\//, "").replace(/\.txt$/, "");

/**
 * Events of a gold. A gold without an events list (the seed's) has its visits and meetings, linked to its twin's
 * events by type and people; a meeting with the one who invited a visitor is the visit itself, not another event.
 */
export function eventsOf(entry: ArticleGold, all: readonly ArticleGold[]): GoldEvent[] {
  if (entry.gold.events !== undefined) return entry.gold.events;
  const stem = stemOf(entry.file);
  const twin = all.find((g) => g.gold.sameEventAs === stem);
  const twinEvents = twin?.gold.events ?? [];
  const placeCountry = new Map((twin?.gold.places ?? []).map((p) => [p.key, p.country]));
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((x) => b.includes(x));
  const out: GoldEvent[] = [];
  for (const v of entry.gold.visits) {
    const match = twinEvents.find(
      (e) =>
        e.type === "Visit" &&
        same(e.participants, [v.visitor]) &&
        (e.location === v.country || placeCountry.get(e.location ?? "") === v.country),
    );
    out.push(
      match ?? { id: `${stem}:visit:${v.visitor}:${v.country}`, type: "Visit", participants: [v.visitor] },
    );
  }
  for (const pair of entry.gold.meetings) {
    const byInvitation = entry.gold.visits.some(
      (v) => v.invitedBy !== undefined && same(pair, [v.visitor, v.invitedBy]),
    );
    if (byInvitation) continue;
    const match = twinEvents.find((e) => e.type === "Meeting" && same(e.participants, pair));
    out.push(match ?? { id: `${stem}:meeting:${pair.join("+")}`, type: "Meeting", participants: [...pair] });
  }
  return out;
}

/** The scorer's normalisation, so a name matches a gold person as it does when scoring. */
export const norm = goldNorm;

export const containsWord = (text: string, word: string): boolean =>
  ` ${norm(text)} `.includes(` ${norm(word)} `);

// Finds the scored articles of a folder, in any of the three layouts users keep them in:
//   corpus:   texts/ID.txt, gold/ID.gold.json, meta.tsv (id, lang, published, source_country)
//   fixtures: articles/NAME.txt (+ NAME.json metadata), gold/NAME.gold.json
//   plain:    NAME.txt (+ NAME.json metadata), NAME.gold.json, all side by side
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { InvalidInputError } from "../domain/errors.ts";

export interface ScoredArticle {
  id: string;
  textPath: string;
  goldPath: string;
  /** Metadata from meta.tsv (corpus layout); the other layouts keep it in NAME.json, read with the text. */
  meta: { language?: string; publishedAt?: string; sourceCountry?: string } | null;
}

export interface CorpusListing {
  layout: "corpus" | "fixtures" | "plain";
  articles: ScoredArticle[];
  /** Texts that have no gold file beside them: listed so that a typo in a name is not silently ignored. */
  withoutGold: string[];
}

export function listScoredArticles(dir: string): CorpusListing {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new InvalidInputError(`eval: "${dir}" is not a folder`);
  if (existsSync(join(dir, "texts")) && existsSync(join(dir, "gold"))) return corpusLayout(dir);
  if (existsSync(join(dir, "articles")) && existsSync(join(dir, "gold")))
    return pairLayout("fixtures", join(dir, "articles"), join(dir, "gold"));
  return pairLayout("plain", dir, dir);
}

function textsIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
}

function pairLayout(layout: "fixtures" | "plain", textDir: string, goldDir: string): CorpusListing {
  const articles: ScoredArticle[] = [];
  const withoutGold: string[] = [];
  for (const file of textsIn(textDir)) {
    const id = basename(file, ".txt");
    const goldPath = join(goldDir, `${id}.gold.json`);
    if (!existsSync(goldPath)) withoutGold.push(join(textDir, file));
    else articles.push({ id, textPath: join(textDir, file), goldPath, meta: null });
  }
  return { layout, articles, withoutGold };
}

function corpusLayout(dir: string): CorpusListing {
  const meta = readMetaTsv(join(dir, "meta.tsv"));
  const articles: ScoredArticle[] = [];
  const withoutGold: string[] = [];
  for (const file of textsIn(join(dir, "texts"))) {
    const id = basename(file, ".txt");
    const textPath = join(dir, "texts", file);
    const goldPath = join(dir, "gold", `${id}.gold.json`);
    if (!existsSync(goldPath)) withoutGold.push(textPath);
    else articles.push({ id, textPath, goldPath, meta: meta.get(id) ?? {} });
  }
  return { layout: "corpus", articles, withoutGold };
}

/** meta.tsv: a header line naming the columns, then one article a line; empty cells mean "not known". */
export function readMetaTsv(path: string): Map<string, NonNullable<ScoredArticle["meta"]>> {
  const rows = new Map<string, NonNullable<ScoredArticle["meta"]>>();
  if (!existsSync(path)) return rows;
  const [header, ...lines] = readFileSync(path, "utf8").split(/\r?\n/);
  const columns = (header ?? "").split("\t").map((c) => c.trim());
  const column = (cells: string[], name: string) => {
    const value = cells[columns.indexOf(name)]?.trim();
    return value ? value : undefined;
  };
  for (const line of lines) {
    if (!line.trim()) continue;
    const cells = line.split("\t");
    const id = column(cells, "id");
    if (!id) throw new InvalidInputError(`eval: ${path}: a line has no id`);
    const language = column(cells, "lang") ?? column(cells, "language");
    const publishedAt = column(cells, "published") ?? column(cells, "publishedAt");
    const sourceCountry = column(cells, "source_country") ?? column(cells, "sourceCountry");
    rows.set(id, {
      ...(language ? { language } : {}),
      ...(publishedAt ? { publishedAt } : {}),
      ...(sourceCountry ? { sourceCountry: sourceCountry.toUpperCase() } : {}),
    });
  }
  return rows;
}

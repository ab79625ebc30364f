// Words live in data files, not in code: a scan of src/ for string, template and regex literals that hold
// Arabic-script letters, and for lists of English words inside the extractor. The letter tables of the one
// fold and of the scorer's gold rules are script rules, not words, and are the only literals allowed.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** Script rules, not words: the letter forms of the one fold, and the gold format's normalisation. */
const LETTER_TABLES = new Set(["src/domain/fold.ts", "src/eval/score.ts"]);
/** Folders that are data or made from data: the gazetteer generator and generated API types. */
const DATA_FOLDERS = ["src/extract/data/", "src/api/generated/"];

const ARABIC_LETTER = /(?=\p{Script=Arabic})\p{L}/u;
const ENGLISH_WORD = /^[a-z][a-z'-]+$/;

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (path.endsWith(".ts")) yield relative(ROOT, path);
  }
}

/** Where a file holds words in code: "line: literal" for each offending literal or list. */
export function wordLiterals(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node) =>
    `${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().slice(0, 60)}`;
  const visit = (node: ts.Node): void => {
    const literal =
      ts.isStringLiteralLike(node) || ts.isRegularExpressionLiteral(node) || ts.isTemplateLiteralToken(node);
    if (literal && ARABIC_LETTER.test(node.text) && !LETTER_TABLES.has(file)) found.push(at(node));
    // A list of two or more English words in the extractor ("visit", "visited" …) belongs in a lexicon.
    if (file.startsWith("src/extract/") && ts.isArrayLiteralExpression(node)) {
      const words = node.elements.filter((e) => ts.isStringLiteral(e) && ENGLISH_WORD.test(e.text));
      if (words.length >= 2) found.push(at(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const scanned = [...sources(join(ROOT, "src"))]
  .filter((f) => !DATA_FOLDERS.some((d) => f.startsWith(d)))
  .map((file) => ({ file, found: wordLiterals(file, readFileSync(join(ROOT, file), "utf8")) }));

/**
 * Files that still hold words in code, with how many literals: the debt left to move into the packs' data.
 * The count may only go down (and the file leave the list); a file not listed must stay clean.
 */
const KNOWN_DEBT: Record<string, number> = {};

describe("extract: no words in code", () => {
  it("finds a word literal where there is one (the scan itself works)", () => {
    expect(wordLiterals("src/x.ts", 'const a = "وزير";\nconst b = /زار/;')).toHaveLength(2);
    expect(wordLiterals("src/extract/x.ts", 'const a = ["visit", "visited"];')).toHaveLength(1);
    expect(wordLiterals("src/x.ts", '// وزير in a comment\nconst b = "\\u060c";')).toEqual([]);
  });

  it("keeps words out of every source file, beyond the debt listed", () => {
    const over = scanned
      .filter(({ file, found }) => found.length > (KNOWN_DEBT[file] ?? 0))
      .map(
        ({ file, found }) =>
          `${file} (${found.length}, allowed ${KNOWN_DEBT[file] ?? 0}):\n  ${found.join("\n  ")}`,
      );
    expect(over).toEqual([]);
  });

  it("lists no debt that has been paid", () => {
    const counts = Object.fromEntries(scanned.map(({ file, found }) => [file, found.length]));
    const paid = Object.entries(KNOWN_DEBT).filter(([file, n]) => (counts[file] ?? 0) < n);
    expect(paid).toEqual([]);
  });
});

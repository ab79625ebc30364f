// Cross-script consonant skeletons of one name word, table-driven (data/transliteration.json): كريمي and Karimi share a key.
import { foldName } from "../domain/fold.ts";
import { loadResolveData, transliterationSchema, type TransliterationData } from "./data.ts";

/** One letter or digraph: its alternative readings, each a sequence of class symbols. */
type Unit = readonly (readonly string[])[];

interface CompiledTable {
  units: ReadonlyMap<string, Unit>;
  /** Readings that replace a unit's at the end of a word. */
  atEnd: ReadonlyMap<string, Unit>;
  longest: number;
  beforeFolding: ReadonlyMap<string, string>;
  optionalAtEnd: ReadonlySet<string>;
  maxVariants: number;
}

function compileSpec(spec: string): Unit {
  return spec.split("|").map((alt) => [...alt]);
}

export function compileTable(data: TransliterationData): CompiledTable {
  const units = new Map<string, Unit>();
  for (const [letters, spec] of [...Object.entries(data.arabic), ...Object.entries(data.latin)]) {
    units.set(letters, compileSpec(spec));
  }
  return {
    units,
    atEnd: new Map(Object.entries(data.latinAtEnd).map(([letters, spec]) => [letters, compileSpec(spec)])),
    longest: Math.max(...[...units.keys()].map((k) => k.length)),
    beforeFolding: new Map(Object.entries(data.latinBeforeFolding)),
    optionalAtEnd: new Set(data.optionalAtEnd),
    maxVariants: data.maxVariants,
  };
}

let table: CompiledTable | null = null;
function defaultTable(): CompiledTable {
  table ??= compileTable(loadResolveData("transliteration.json", transliterationSchema));
  return table;
}

/**
 * Folds a name for keying: Turkic and Slavic Latin letters spelled out first (ş -> sh, which NFKD would reduce to s),
 * apostrophes and ain signs dropped, then the shared cross-script folding (case, marks, alef and ya forms).
 */
export function foldForKeys(text: string, compiled: CompiledTable = defaultTable()): string {
  let out = "";
  for (const ch of text.toLowerCase()) out += compiled.beforeFolding.get(ch) ?? ch;
  return foldName(out);
}

/** Splits a folded word into letter units, longest table entry first; letters the table lacks stand for themselves. */
function unitsOf(word: string, compiled: CompiledTable): Unit[] {
  const chars = [...word];
  const out: Unit[] = [];
  for (let i = 0; i < chars.length;) {
    let matched = false;
    for (let n = Math.min(compiled.longest, chars.length - i); n >= 1; n--) {
      const letters = chars.slice(i, i + n).join("");
      const atEnd = i + n === chars.length ? compiled.atEnd.get(letters) : undefined;
      const unit = atEnd ?? compiled.units.get(letters);
      if (unit === undefined) continue;
      out.push(unit);
      i += n;
      matched = true;
      break;
    }
    if (matched) continue;
    const ch = chars[i] ?? "";
    // Another script (Cyrillic, Greek): no cross-script reading, but the word still keys to itself.
    if (/\p{L}/u.test(ch)) out.push([[ch.toUpperCase()]]);
    i += 1;
  }
  return out;
}

/** Reads weak classes by position: vowels, w and y count only at the start; a soft h not at the end. */
function render(symbols: readonly string[]): { key: string; lastStrong: boolean } {
  let key = "";
  let lastStrong = false;
  symbols.forEach((s, i) => {
    const first = i === 0;
    const last = i === symbols.length - 1;
    let out = "";
    if (s === "a") out = first ? "A" : "";
    else if (s === "w") out = first ? "W" : "";
    else if (s === "y") out = first ? "Y" : "";
    else if (s === "h") out = last && !first ? "" : "H";
    else out = s;
    // Doubled letters and letters that fold to one class (دد, "mm", "ll" across a dropped vowel) count once.
    if (out !== "" && !key.endsWith(out)) key += out;
    if (last) lastStrong = out !== "" && s !== "h";
  });
  return { key, lastStrong };
}

/**
 * The keys of one word: every reading of its ambiguous letters (ض as z or d, th as s or t, v as f or w), at most
 * maxVariants, in table order. A final strong h (ح, kh) may be silent in the other script, so it gives a key without it.
 */
export function wordKeys(word: string, compiled: CompiledTable = defaultTable()): string[] {
  // Names share their words (given names, common surnames): an index build reads each word once, not per person.
  const memo = compiled === table ? memoOf : null;
  const known = memo?.get(word);
  if (known !== undefined) return [...known];
  const keys = computeKeys(word, compiled);
  if (memo !== null) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(word, keys);
  }
  return [...keys];
}

const MEMO_SIZE = 200_000;
const memoOf = new Map<string, readonly string[]>();

function computeKeys(word: string, compiled: CompiledTable): string[] {
  const units = unitsOf(word, compiled);
  let readings: string[][] = [[]];
  for (const unit of units) {
    const next: string[][] = [];
    for (const prefix of readings) {
      for (const alt of unit) {
        if (next.length >= compiled.maxVariants) break;
        next.push([...prefix, ...alt]);
      }
    }
    readings = next;
  }
  const keys: string[] = [];
  const add = (key: string) => {
    if (key !== "" && !keys.includes(key) && keys.length < compiled.maxVariants) keys.push(key);
  };
  for (const symbols of readings) {
    const { key, lastStrong } = render(symbols);
    add(key);
    const end = key.at(-1);
    if (lastStrong && key.length > 1 && end !== undefined && compiled.optionalAtEnd.has(end))
      add(key.slice(0, -1));
  }
  return keys;
}

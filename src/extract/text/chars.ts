// Character classes read from UTF-16 codes, so that a scan over a long text makes no string per character.

/** What the `\s` of a regular expression matches: ASCII and Unicode spaces, line separators, the BOM. */
export const isSpaceCode = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** The comma as Arabic and Persian write it and the Latin one: what separates the items of a list in every pack. */
export const COMMAS: ReadonlySet<string> = new Set(["\u060c", ","]);

/** The full stop and the semicolon as Arabic and Persian write it and the Latin ones: what ends a clause. */
export const CLAUSE_ENDS: ReadonlySet<string> = new Set([".", "\u061b", ";"]);

/** The zero-width non-joiner: Persian writes the words of one name with it or with a space ("دهلی‌نو"). */
export const ZWNJ = "\u200c";

/** Quotation marks, straight and curly, and the guillemets Arabic and Persian use. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "\u00ab", "\u00bb", "\u201c", "\u201d", "'"]);

// Folds a name to a search key, so the spellings of one name across scripts and keyboards compare equal.
// Generic script rules only (Unicode marks, Arabic letter variants, Persian keyboard letters): no lexicons.

/** Letters that survive NFKD but are written interchangeably; mapped to one form. */
const LETTER_MAP: ReadonlyMap<string, string> = new Map([
  // Arabic: alef wasla, alef maqsura, ta marbuta, and the hamza-less forms of letters left by NFKD.
  ["\u0671", "\u0627"], // ٱ -> ا
  ["\u0649", "\u064A"], // ى -> ي
  ["\u0629", "\u0647"], // ة -> ه
  // Persian and Urdu keyboard letters to their Arabic twins.
  ["\u06A9", "\u0643"], // ک -> ك
  ["\u06CC", "\u064A"], // ی -> ي
  ["\u06D5", "\u0647"], // ە (left of ۀ by NFKD) -> ه
  ["\u06C1", "\u0647"], // ہ -> ه
  ["\u06BE", "\u0647"], // ھ -> ه
  // Latin letters that NFKD does not decompose.
  ["\u0131", "i"], // ı
  ["\u0142", "l"], // ł
  ["\u00F8", "o"], // ø
  ["\u0111", "d"], // đ
  ["\u00F0", "d"], // ð
  ["\u00FE", "th"], // þ
  ["\u00E6", "ae"], // æ
  ["\u0153", "oe"], // œ
  ["\u00DF", "ss"], // ß
]);

// Combining marks (Latin accents, Arabic harakat, shadda, hamza above/below left by NFKD, superscript alef).
const MARKS = /\p{M}/gu;
// Tatweel stretches letters; zero-width and bidi controls are invisible; none of them change a name.
const INVISIBLE = /[\u0640\u200B-\u200F\u061C\u2066-\u2069\uFEFF]/g;
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const SPACES = /\s+/gu;

function asciiDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

/**
 * The search key of a name: lower case, without diacritics or tatweel, one form per alef, hamza carrier,
 * ya and ta marbuta, Persian letters as Arabic, Arabic-Indic digits as ASCII, single spaces.
 */
export function foldName(text: string): string {
  // Lower-case before NFKD and again after: İ decomposes to i + a dot that MARKS removes.
  const decomposed = text.toLowerCase().normalize("NFKD").replace(MARKS, "").replace(INVISIBLE, "");
  let out = "";
  for (const char of decomposed) {
    // Control characters (tabs aside, which SPACES turns into a space) never belong in a name.
    if (char < " " && char !== "\t" && char !== "\n") continue;
    out += LETTER_MAP.get(char) ?? char;
  }
  return out.replace(ARABIC_DIGITS, asciiDigit).toLowerCase().replace(SPACES, " ").trim();
}

/** True when the folded query is a substring of the folded text. */
export function foldedIncludes(text: string, query: string): boolean {
  return foldName(text).includes(foldName(query));
}

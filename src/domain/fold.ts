// The one fold of diplograph: how text is compared across scripts, keyboards and spellings. Extraction folds
// article text with it one character at a time (so offsets survive); stores and search fold names with it.
// Generic script rules only (Unicode marks, Arabic letter variants, Persian keyboard letters): no lexicons.

/** Letters written interchangeably, mapped to one form (after NFKD, which has already split off hamza and accents). */
const LETTER_MAP: ReadonlyMap<string, string> = new Map([
  // Arabic: alef forms, alef maqsura and Persian/Urdu ya, ta marbuta and heh forms, hamza carriers.
  ["\u0623", "\u0627"], // أ -> ا
  ["\u0625", "\u0627"], // إ -> ا
  ["\u0622", "\u0627"], // آ -> ا
  ["\u0671", "\u0627"], // ٱ -> ا
  ["\u0649", "\u064A"], // ى -> ي
  ["\u06CC", "\u064A"], // ی -> ي
  ["\u06D0", "\u064A"], // ې -> ي
  ["\u0626", "\u064A"], // ئ -> ي
  ["\u0629", "\u0647"], // ة -> ه
  ["\u06C0", "\u0647"], // ۀ -> ه
  ["\u06D5", "\u0647"], // ە -> ه
  ["\u06C1", "\u0647"], // ہ -> ه
  ["\u06BE", "\u0647"], // ھ -> ه
  ["\u0624", "\u0648"], // ؤ -> و
  // Persian and Urdu keyboard kafs (and gaf, which Arabic spells with kaf) to the Arabic kaf.
  ["\u06A9", "\u0643"], // ک -> ك
  ["\u06AA", "\u0643"], // ڪ -> ك
  ["\u06AF", "\u0643"], // گ -> ك
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

// Combining marks (Latin accents, Arabic harakat, shadda, hamza above/below, superscript alef).
const MARKS = /\p{M}/gu;
// Tatweel stretches letters; zero-width joiners and bidi controls are invisible; none of them change a word.
const INVISIBLE = /^[\u0640\u200B-\u200F\u061C\u2066-\u2069\uFEFF]$/;

function foldUncached(ch: string): string {
  if (INVISIBLE.test(ch)) return "";
  const direct = LETTER_MAP.get(ch);
  if (direct !== undefined) return direct;
  // Lower-case before NFKD and again after: İ decomposes to i + a dot that MARKS removes.
  const decomposed = ch.toLowerCase().normalize("NFKD").replace(MARKS, "");
  let out = "";
  for (const c of decomposed) {
    const code = c.codePointAt(0) ?? 0;
    if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
    else if (INVISIBLE.test(c)) continue;
    else out += LETTER_MAP.get(c) ?? c;
  }
  return out.toLowerCase();
}

// Folding runs on every character of every article: each character's form is worked out once.
const cache = new Map<string, string>();

/** The folded form of one character (one code point): "" for marks and invisible characters. */
export function foldChar(ch: string): string {
  if (ch.length === 1 && ch < "\x80") return ch >= "A" && ch <= "Z" ? ch.toLowerCase() : ch;
  let out = cache.get(ch);
  if (out === undefined) {
    out = foldUncached(ch);
    // Bounded: real text uses a few hundred characters; arbitrary input must not grow the cache for ever.
    if (cache.size < 65_536) cache.set(ch, out);
  }
  return out;
}

/** Folds every character of a text, keeping its spacing (extraction needs one folded unit per offset). */
export function foldText(text: string): string {
  // Most words of English news are ASCII, where the fold is only lower case.
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) < 0x80;
  if (ascii) return text.toLowerCase();
  let out = "";
  for (const ch of text) out += foldChar(ch);
  return out;
}

const SPACES = /\s+/gu;

/**
 * The search key of a name: lower case, without diacritics or tatweel, one form per alef, hamza carrier,
 * ya, kaf and ta marbuta, Persian letters as Arabic, Arabic-Indic digits as ASCII, single spaces.
 */
export function foldName(text: string): string {
  let out = "";
  for (const ch of text) {
    // Control characters (tabs and line breaks aside, which become a space) never belong in a name.
    if (ch < " " && ch !== "\t" && ch !== "\n") continue;
    out += foldChar(ch);
  }
  return out.replace(SPACES, " ").trim();
}

/** True when the folded query is a substring of the folded text. */
export function foldedIncludes(text: string, query: string): boolean {
  return foldName(text).includes(foldName(query));
}

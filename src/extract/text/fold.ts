// Folds text for matching (Arabic, Persian and Latin letter variants, diacritics, digits) one character at a time, so offsets survive.

// Harakat, Quranic marks, tatweel, and the zero-width joiners and direction marks of Persian and Arabic text.
const ARABIC_MARKS =
  /^(?:[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]|\u200C|\u200D|\u200E|\u200F)$/;

const LETTER_MAP: Record<string, string> = {
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ى: "ي",
  ی: "ي",
  ې: "ي",
  ئ: "ي",
  ة: "ه",
  ۀ: "ه",
  ە: "ه",
  ؤ: "و",
  ک: "ك",
  ڪ: "ك",
  گ: "ك",
  "٠": "0",
  "١": "1",
  "٢": "2",
  "٣": "3",
  "٤": "4",
  "٥": "5",
  "٦": "6",
  "٧": "7",
  "٨": "8",
  "٩": "9",
  "۰": "0",
  "۱": "1",
  "۲": "2",
  "۳": "3",
  "۴": "4",
  "۵": "5",
  "۶": "6",
  "۷": "7",
  "۸": "8",
  "۹": "9",
};

// Folding runs on every character of every article: each character's form is worked out once.
const folded = new Map<string, string>();

/** The folded form of one character: "" for marks that matching ignores. */
export function foldChar(ch: string): string {
  if (ch.length === 1 && ch < "\x80") return ch >= "A" && ch <= "Z" ? ch.toLowerCase() : ch;
  let out = folded.get(ch);
  if (out === undefined) {
    out = foldUncached(ch);
    // Bounded: the characters of real text are a few hundred; arbitrary input must not grow it for ever.
    if (folded.size < 65_536) folded.set(ch, out);
  }
  return out;
}

function foldUncached(ch: string): string {
  if (ARABIC_MARKS.test(ch)) return "";
  const mapped = LETTER_MAP[ch];
  if (mapped !== undefined) return mapped;
  if (ch.charCodeAt(0) < 0x80) return ch.toLowerCase();
  // Latin with diacritics: decompose and drop the combining marks (Türkiye -> turkiye).
  return ch
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** The folded form of a string, for comparing words and names. */
export function fold(text: string): string {
  let out = "";
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** Folded text plus, for each folded UTF-16 unit, the offset of the original character it came from. */
export interface FoldedText {
  text: string;
  /** offsets[i] is the original offset of folded unit i; offsets[text.length] is the original length. */
  offsets: number[];
}

export function foldWithOffsets(original: string): FoldedText {
  let text = "";
  const offsets: number[] = [];
  let at = 0;
  for (const ch of original) {
    const folded = foldChar(ch);
    for (let k = 0; k < folded.length; k++) offsets.push(at);
    text += folded;
    at += ch.length;
  }
  offsets.push(original.length);
  return { text, offsets };
}

// Is this article text at all? Refuses binary data and input that is mostly not letters before extraction sees it.
import { InvalidInputError } from "./errors.ts";

/** Below this share of letters among the non-space characters, input is not prose (tables of figures, dumps). */
export const MIN_LETTER_SHARE = 0.5;

/** Control characters no text file holds (tab, newlines and form feed allowed); U+FFFD marks undecodable bytes. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const BINARY = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/u;

/** Decodes file bytes as UTF-8, refusing what is not (a binary file, another encoding). */
export function decodeText(where: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (cause) {
    throw new InvalidInputError(`${where}: not UTF-8 text (a binary file or another encoding)`, { cause });
  }
}

/** Throws a BAD_USER_INPUT error naming `where` unless the text looks like prose. */
export function checkProse(where: string, text: string): void {
  const binary = BINARY.exec(text);
  if (binary) {
    const code = binary[0].codePointAt(0)?.toString(16).padStart(4, "0") ?? "?";
    throw new InvalidInputError(`${where}: binary data, not text (character U+${code.toUpperCase()})`);
  }
  const { letters, visible } = countLetters(text);
  if (visible === 0) throw new InvalidInputError(`${where}: the article text is empty`);
  const share = letters / visible;
  if (share < MIN_LETTER_SHARE) {
    throw new InvalidInputError(
      `${where}: mostly not letters (${Math.round(share * 100)} % of the characters), not an article`,
    );
  }
}

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;

/** Each BMP character's class once read (0 not yet, then SPACE_CLASS, LETTER_CLASS or OTHER_CLASS). */
const BMP_CLASS = new Uint8Array(0x10000);
const SPACE_CLASS = 1;
const LETTER_CLASS = 2;
const OTHER_CLASS = 3;

function classOf(char: string): number {
  if (SPACE.test(char)) return SPACE_CLASS;
  return LETTER.test(char) ? LETTER_CLASS : OTHER_CLASS;
}

/**
 * Letters and non-space characters: ASCII by ranges, other characters by a table filled as they are met (a
 * few hundred kinds in real text), so that a 5 MB article costs no string or regex test per character.
 */
function countLetters(text: string): { letters: number; visible: number } {
  let letters = 0;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) continue;
      visible++;
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
      continue;
    }
    let kind: number;
    if (c >= 0xd800 && c <= 0xdbff) {
      const point = text.codePointAt(i) ?? c;
      if (point > 0xffff) i++; // a surrogate pair is one character
      kind = classOf(String.fromCodePoint(point));
    } else {
      kind = BMP_CLASS[c] || (BMP_CLASS[c] = classOf(String.fromCharCode(c)));
    }
    if (kind === SPACE_CLASS) continue;
    visible++;
    if (kind === LETTER_CLASS) letters++;
  }
  return { letters, visible };
}

// Sort keys that make Neo4j order like the memory store: Cypher compares strings by code point, JavaScript (and
// compareStrings) by UTF-16 code unit; the two disagree between U+E000..U+FFFF and the astral planes.
import type { EventSortKey } from "../event-order.ts";

const HIGH_UNITS = /[\uD800-\uFFFF]/;

/**
 * A string whose code-point order is the code-unit order of `text`: units below U+D800 stay, the others
 * (surrogates and U+E000..U+FFFF) map in order onto U+10000..U+137FF, above every unit that stays.
 * ASCII ids come back unchanged.
 */
export function codeUnitKey(text: string): string {
  if (!HIGH_UNITS.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out += unit < 0xd800 ? text.charAt(i) : String.fromCodePoint(0x10000 + unit - 0xd800);
  }
  return out;
}

/**
 * One string that sorts events as compareEventKeys does: "0" and the date (always YYYY-MM-DD, fixed length)
 * for dated events, "1" for the rest, then the id. decodeCursor only accepts keys of that shape.
 */
export function eventOrderKey(key: EventSortKey): string {
  return `${key.dated ? `0${key.value}` : "1"}${codeUnitKey(key.id)}`;
}

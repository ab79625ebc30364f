// Rough stems of English title words, so that "ministers", "Minister" and "minister's" compare equal.

/** Lower-case, no possessive, no plural ending: "Ministers" -> "minister", "Affairs" -> "affair", "security" stays. */
export function titleStem(base: string): string {
  let w = base.toLowerCase().replace(/['’]s?$/u, "");
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) w = w.slice(0, -1);
  return w;
}

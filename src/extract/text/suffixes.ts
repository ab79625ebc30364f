// Readings of a word with a written-on suffix taken off: the generic half of clitic handling, for scripts whose
// clitics are suffixes (Persian "ها", "ی", "را", "ش", "شان"); each language lists its own suffixes as data.

/**
 * The word itself first, then the word without each listed suffix (folded, longest first) that leaves a stem of
 * at least `minStem` characters. No reading is dropped: "رئیسی" may be a surname or "رئیس" with a suffix, and
 * which one it is depends on what the caller looks up.
 */
export function suffixReadings(word: string, suffixes: readonly string[], minStem = 2): string[] {
  const out = [word];
  for (const suffix of suffixes) {
    if (word.length - suffix.length < minStem || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, word.length - suffix.length);
    if (!out.includes(stem)) out.push(stem);
  }
  return out;
}

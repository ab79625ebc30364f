// Finds the longest known phrase (a list of folded words) starting at a token: gazetteers and lexicons compile to this.

export interface PhraseMatch<T> {
  /** Number of tokens the phrase covers. */
  length: number;
  payloads: T[];
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, { words: string[]; payload: T }[]>();

  add(words: readonly string[], payload: T): void {
    const first = words[0];
    if (first === undefined || words.some((w) => w.length === 0)) return;
    const list = this.byFirst.get(first) ?? [];
    list.push({ words: [...words], payload });
    this.byFirst.set(first, list);
  }

  has(word: string): boolean {
    return this.byFirst.has(word);
  }

  /**
   * The longest phrase whose first word is one of `firstForms` (a token's clitic-stripped readings) and whose
   * other words equal the following tokens' folded forms.
   */
  match(firstForms: readonly string[], rest: readonly string[]): PhraseMatch<T> | null {
    let best: PhraseMatch<T> | null = null;
    for (const form of firstForms) {
      for (const entry of this.byFirst.get(form) ?? []) {
        const n = entry.words.length;
        if (n - 1 > rest.length) continue;
        let ok = true;
        for (let k = 1; k < n; k++) if (rest[k - 1] !== entry.words[k]) ok = false;
        if (!ok) continue;
        if (!best || n > best.length) best = { length: n, payloads: [entry.payload] };
        else if (n === best.length && !best.payloads.includes(entry.payload))
          best.payloads.push(entry.payload);
      }
      if (best) return best;
    }
    return best;
  }
}

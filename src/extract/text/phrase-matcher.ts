// Finds the longest known phrase (a list of folded words) starting at a token: gazetteers and lexicons compile to
// this. A trie of words, so a match costs one step per word of the phrase, however many phrases share a first word.

export interface PhraseMatch<T> {
  /** Number of tokens the phrase covers. */
  length: number;
  payloads: T[];
}

interface Node<T> {
  next: Map<string, Node<T>>;
  /** The payloads of the phrases that end here, in the order they were added. */
  payloads: T[];
}

const node = <T>(): Node<T> => ({ next: new Map(), payloads: [] });

export class PhraseMatcher<T> {
  private readonly root = node<T>();

  add(words: readonly string[], payload: T): void {
    if (words.length === 0 || words.some((w) => w.length === 0)) return;
    let at = this.root;
    for (const word of words) {
      let child = at.next.get(word);
      if (!child) {
        child = node<T>();
        at.next.set(word, child);
      }
      at = child;
    }
    if (!at.payloads.includes(payload)) at.payloads.push(payload);
  }

  has(word: string): boolean {
    return this.root.next.has(word);
  }

  /**
   * The longest phrase whose first word is one of `firstForms` (a token's clitic-stripped readings, tried in
   * order: the first form that starts any phrase decides) and whose other words equal the following tokens'
   * folded forms.
   */
  match(firstForms: readonly string[], rest: readonly string[]): PhraseMatch<T> | null {
    for (const form of firstForms) {
      let at = this.root.next.get(form);
      if (!at) continue;
      let best: PhraseMatch<T> | null = at.payloads.length ? { length: 1, payloads: [...at.payloads] } : null;
      for (let k = 0; k < rest.length; k++) {
        at = at.next.get(rest[k] ?? "");
        if (!at) break;
        if (at.payloads.length) best = { length: k + 2, payloads: [...at.payloads] };
      }
      if (best) return best;
    }
    return null;
  }
}

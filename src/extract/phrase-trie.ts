// A character trie over dictionary phrases. Built once at module load; a scan asks, at one
// position of the text, for every phrase that starts there. Thousands of place names and
// aliases then cost one walk per position instead of one comparison per phrase.

// Children are keyed by character code, not by one-character strings: reading `text[i]` allocates a
// new string for every CJK character, and the scan visits every position of every item.
interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  values: T[] | null;
}

export interface PhraseMatch<T> {
  /** End offset (exclusive) of the phrase in the scanned text. */
  end: number;
  values: readonly T[];
}

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: null };

  add(phrase: string, value: T): void {
    if (phrase.length === 0) return;
    let node = this.root;
    // Keyed by code point; a scan reads code units, so (as before) a phrase with a character
    // outside the BMP never matches.
    for (const ch of phrase) {
      const code = ch.codePointAt(0)!;
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), values: null };
        node.next.set(code, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /** True when some phrase begins with `ch`: a cheap test before a walk. */
  startsWith(ch: string): boolean {
    const code = ch.codePointAt(0);
    return code !== undefined && String.fromCodePoint(code) === ch && this.root.next.has(code);
  }

  /** True when some phrase begins at `text[pos]`, without reading the character as a string. */
  startsAt(text: string, pos: number): boolean {
    return pos < text.length && this.root.next.has(text.charCodeAt(pos));
  }

  /** Every phrase starting at `start`, shortest first. */
  matchesAt(text: string, start: number): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let node: TrieNode<T> | undefined = this.root;
    for (let i = start; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.values) out.push({ end: i + 1, values: node.values });
    }
    return out;
  }

  /** The longest phrase starting at `start` whose values pass `accept`, or null. */
  longestAt(text: string, start: number, accept: (value: T, end: number) => boolean = () => true): { end: number; value: T } | null {
    const matches = this.matchesAt(text, start);
    for (let k = matches.length - 1; k >= 0; k--) {
      const m = matches[k]!;
      for (const v of m.values) if (accept(v, m.end)) return { end: m.end, value: v };
    }
    return null;
  }
}

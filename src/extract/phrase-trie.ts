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

/** A 16-bit hash of two character codes; a collision only costs a walk of the trie. */
function pairHash(a: number, b: number): number {
  return ((a * 0x9e37) ^ b) & 0xffff;
}

const NO_MATCHES: readonly PhraseMatch<never>[] = Object.freeze([]);

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: null };
  // Most positions of a text start no phrase even though their character starts one (中 starts
  // 中山市, but 中国 is no place): the first two characters, hashed, reject them without a walk.
  // Byte tables over UTF-16 codes; a phrase outside the BMP never matches (see add), so only BMP
  // phrases are noted.
  private readonly firstChar = new Uint8Array(0x10000);
  private readonly oneChar = new Uint8Array(0x10000);
  private readonly pairs = new Uint8Array(0x10000);

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
    const first = phrase.codePointAt(0)!;
    if (first < 0x10000) this.firstChar[first] = 1;
    if (phrase.length === 1) this.oneChar[phrase.charCodeAt(0)] = 1;
    else this.pairs[pairHash(phrase.charCodeAt(0), phrase.charCodeAt(1))] = 1;
  }

  /** True when some phrase begins with `ch`: a cheap test before a walk. */
  startsWith(ch: string): boolean {
    const code = ch.codePointAt(0);
    return code !== undefined && String.fromCodePoint(code) === ch && this.root.next.has(code);
  }

  /** True when some phrase begins at `text[pos]`, without reading the character as a string. */
  startsAt(text: string, pos: number): boolean {
    return pos < text.length && this.firstChar[text.charCodeAt(pos)] === 1;
  }

  /** Whether a phrase may start at `pos`; false means certainly none does. */
  mayMatchAt(text: string, pos: number): boolean {
    const first = text.charCodeAt(pos);
    if (this.oneChar[first] === 1) return true;
    return pos + 1 < text.length && this.pairs[pairHash(first, text.charCodeAt(pos + 1))] === 1;
  }

  /** Every phrase starting at `start`, shortest first. */
  matchesAt(text: string, start: number): readonly PhraseMatch<T>[] {
    if (start >= text.length || !this.mayMatchAt(text, start)) return NO_MATCHES;
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

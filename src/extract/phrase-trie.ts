import { CodeSet } from './match-text.ts';
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

// The trie as scans read it: nodes numbered, each node's children as a sorted run of character
// codes in one typed array, and the root's children in a table indexed by code. Far fewer objects
// than a Map per node, so a walk touches little memory. Built on the first scan after a change.
interface Compiled<T> {
  /** Node of the root's child for each code, or -1. */
  rootChild: Int32Array;
  childStart: Int32Array;
  childCount: Int32Array;
  childKeys: Uint16Array;
  childNode: Int32Array;
  values: (readonly T[] | null)[];
}

function compile<T>(root: TrieNode<T>): Compiled<T> {
  // Breadth first, so that a node's children are numbered together. Children keyed outside the
  // BMP are left out: a scan reads code units, so they never matched.
  const nodes: TrieNode<T>[] = [root];
  const starts: number[] = [];
  const keys: number[] = [];
  const children: number[] = [];
  for (let n = 0; n < nodes.length; n++) {
    starts.push(keys.length);
    const sorted = [...nodes[n]!.next].filter(([code]) => code < 0x10000).sort((a, b) => a[0] - b[0]);
    for (const [code, child] of sorted) {
      keys.push(code);
      children.push(nodes.length);
      nodes.push(child);
    }
  }
  const childStart = Int32Array.from(starts);
  const childCount = Int32Array.from(nodes, (_, n) => (n + 1 < nodes.length ? starts[n + 1]! : keys.length) - starts[n]!);
  const rootChild = new Int32Array(0x10000).fill(-1);
  for (let k = 0; k < childCount[0]!; k++) rootChild[keys[k]!] = children[k]!;
  return {
    rootChild,
    childStart,
    childCount,
    childKeys: Uint16Array.from(keys),
    childNode: Int32Array.from(children),
    values: nodes.map((node) => node.values),
  };
}

/** The child of node `n` under `code`, or -1 (binary search over the sorted run). */
function childOf<T>(c: Compiled<T>, n: number, code: number): number {
  let lo = c.childStart[n]!;
  let hi = lo + c.childCount[n]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const key = c.childKeys[mid]!;
    if (key === code) return c.childNode[mid]!;
    if (key < code) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: null };
  // Most positions of a text start no phrase even though their character starts one (中 starts
  // 中山市, but 中国 is no place): the first two characters, hashed, reject them without a walk.
  // Sets of UTF-16 codes; a phrase outside the BMP never matches (see add), so only BMP phrases
  // are noted.
  private readonly firstChar = new CodeSet();
  private readonly oneChar = new CodeSet();
  private readonly pairs = new CodeSet();
  private compiled: Compiled<T> | null = null;

  add(phrase: string, value: T): void {
    if (phrase.length === 0) return;
    this.compiled = null;
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
    if (first < 0x10000) this.firstChar.add(first);
    if (phrase.length === 1) this.oneChar.add(phrase.charCodeAt(0));
    else this.pairs.add(pairHash(phrase.charCodeAt(0), phrase.charCodeAt(1)));
  }

  /** True when some phrase begins at `text[pos]`, without reading the character as a string. */
  startsAt(text: string, pos: number): boolean {
    return pos < text.length && this.firstChar.has(text.charCodeAt(pos));
  }

  /** Whether a phrase may start at `pos`; false means certainly none does. */
  mayMatchAt(text: string, pos: number): boolean {
    const first = text.charCodeAt(pos);
    if (this.oneChar.has(first)) return true;
    return pos + 1 < text.length && this.pairs.has(pairHash(first, text.charCodeAt(pos + 1)));
  }

  /** Every phrase starting at `start`, shortest first. */
  matchesAt(text: string, start: number): readonly PhraseMatch<T>[] {
    if (start >= text.length || !this.mayMatchAt(text, start)) return NO_MATCHES;
    const c = (this.compiled ??= compile(this.root));
    const out: PhraseMatch<T>[] = [];
    let n = c.rootChild[text.charCodeAt(start)]!;
    for (let i = start; n >= 0; ) {
      const values = c.values[n];
      if (values) out.push({ end: i + 1, values });
      if (++i >= text.length) break;
      n = childOf(c, n, text.charCodeAt(i));
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

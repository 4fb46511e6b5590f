// Finds long lists of literal words in one pass over the text, with exactly the results of regex
// alternations `word1|word2|…` (flag g) run one after the other. V8 tries a big alternation word by
// word at every position of the text; a trie keyed by character code only looks further where a
// word can start, and one walk serves every list at once (21 topics, 300 place names …).
//
// Regex semantics kept: each list is scanned on its own, left to right; at a position the first
// listed word that occurs there wins; the list's scan then resumes after that word.

export interface WordHit {
  index: number;
  /** The word as found (the text's own characters). */
  text: string;
}

export interface Term {
  /** Which list (alternation) the word belongs to. */
  list: number;
  word: string;
  /** ASCII letters match in either case (the regex wrote them as `[Aa]`). */
  ignoreCase?: boolean;
  /** Only as a Latin whole word: `(?<![A-Za-z0-9])word(?![A-Za-z])`. */
  latinEdges?: boolean;
}

interface Entry {
  term: Term;
  /** Position of the word in its list: the lower wins where several occur. */
  order: number;
  /** The trie compares ASCII letters folded; a word that keeps its case must be checked. */
  exactCase: boolean;
}

interface Node {
  next: Map<number, Node>;
  ends: Entry[];
}

/** A set of 16-bit codes. */
class BitSet {
  private readonly bits = new Uint32Array(0x800);

  has(code: number): boolean {
    return (this.bits[code >>> 5]! & (1 << (code & 31))) !== 0;
  }

  add(code: number): void {
    this.bits[code >>> 5]! |= 1 << (code & 31);
  }

  set(code: number, on: boolean): void {
    if (on) this.add(code);
    else this.bits[code >>> 5]! &= ~(1 << (code & 31));
  }
}

/** A 16-bit hash of two character codes; collisions only cost a walk of the trie. */
function pairHash(a: number, b: number): number {
  return ((a * 0x9e37) ^ b) & 0xffff;
}

/** [A-Za-z]; false for NaN (outside the text). */
function isLatinLetter(code: number): boolean {
  const c = fold(code);
  return c >= 0x61 && c <= 0x7a;
}

/** [A-Za-z0-9]; false for NaN (outside the text). */
function isLatinAlnum(code: number): boolean {
  return isLatinLetter(code) || (code >= 0x30 && code <= 0x39);
}

/** ASCII capitals to lower case; every other code unchanged. */
function fold(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

export class TermScanner {
  private readonly root: Node = { next: new Map(), ends: [] };
  // Bit sets over folded character codes (8 KB each, so they stay in the fastest cache): the first
  // characters of words; those whose words all need a Latin word edge before them; those that are
  // a word on their own. Most positions are rejected by the first, most others by `pairs`.
  private readonly starts = new BitSet();
  private readonly latinOnly = new BitSet();
  private readonly oneChar = new BitSet();
  /** pairHash of each word's first two characters (folded). */
  private readonly pairs = new BitSet();
  private readonly lists: number;
  /** Working arrays of scan, kept between calls (a scan runs to its end before the next starts). */
  private readonly state: ScanState;

  /**
   * `terms` in alternation order within each list. Words must be non-empty and free of surrogates,
   * so that, as in a regex with the `u` flag, no match can begin inside a surrogate pair.
   */
  constructor(terms: readonly Term[]) {
    const orders = new Map<number, number>();
    for (const term of terms) {
      if (term.word === '' || /[\uD800-\uDFFF]/.test(term.word)) {
        throw new Error(`TermScanner: unsupported word ${JSON.stringify(term.word)}`);
      }
      const order = orders.get(term.list) ?? 0;
      orders.set(term.list, order + 1);
      let node = this.root;
      for (let k = 0; k < term.word.length; k++) {
        const code = fold(term.word.charCodeAt(k));
        let child = node.next.get(code);
        if (!child) {
          child = { next: new Map(), ends: [] };
          node.next.set(code, child);
        }
        node = child;
      }
      node.ends.push({ term, order, exactCase: !term.ignoreCase && /[A-Za-z]/.test(term.word) });
      this.noteStart(term);
    }
    this.lists = terms.reduce((n, t) => Math.max(n, t.list + 1), 0);
    this.state = newState(this.lists);
  }

  private noteStart(term: Term): void {
    const first = fold(term.word.charCodeAt(0));
    const allLatin = Boolean(term.latinEdges) && (!this.starts.has(first) || this.latinOnly.has(first));
    this.starts.add(first);
    this.latinOnly.set(first, allLatin);
    if (term.word.length === 1) this.oneChar.add(first);
    else this.pairs.add(pairHash(first, fold(term.word.charCodeAt(1))));
  }

  /** Whether a word may start at `p`: the cheap tests before a walk of the trie. */
  private mayStartAt(text: string, p: number): boolean {
    const first = fold(text.charCodeAt(p));
    if (!this.starts.has(first)) return false;
    if (this.latinOnly.has(first) && p > 0 && isLatinAlnum(text.charCodeAt(p - 1))) return false;
    if (this.oneChar.has(first) || p + 1 >= text.length) return true;
    return this.pairs.has(pairHash(first, fold(text.charCodeAt(p + 1))));
  }

  /** For each list, every match in text order, without overlaps. */
  scan(text: string): WordHit[][] {
    const hits: WordHit[][] = Array.from({ length: this.lists }, () => []);
    const state = this.state;
    state.resume.fill(0);
    for (let p = 0; p < text.length; p++) {
      if (!this.mayStartAt(text, p)) continue;
      const winners = this.winnersAt(text, p, state);
      for (let w = 0; w < winners; w++) {
        const list = state.won[w]!;
        const end = state.bestEnd[list]!;
        hits[list]!.push({ index: p, text: text.slice(p, end) });
        state.resume[list] = end;
        state.bestEnd[list] = 0;
      }
    }
    return hits;
  }

  /**
   * Walks the trie from `p` and records, for each list whose scan has reached `p`, its first-listed
   * word occurring there (in `state.bestEnd`); returns how many lists won (listed in `state.won`).
   */
  private winnersAt(text: string, p: number, state: ScanState): number {
    const { resume, bestOrder, bestEnd, won } = state;
    let winners = 0;
    let node: Node | undefined = this.root;
    for (let i = p; i < text.length; i++) {
      node = node.next.get(fold(text.charCodeAt(i)));
      if (!node) break;
      for (let k = 0; k < node.ends.length; k++) {
        const { term, order, exactCase } = node.ends[k]!;
        const list = term.list;
        if (resume[list]! > p || (bestEnd[list] !== 0 && bestOrder[list]! < order)) continue;
        if (exactCase && !text.startsWith(term.word, p)) continue;
        if (term.latinEdges && !onLatinEdges(text, p, i + 1)) continue;
        if (bestEnd[list] === 0) won[winners++] = list;
        bestOrder[list] = order;
        bestEnd[list] = i + 1;
      }
    }
    return winners;
  }
}

interface ScanState {
  /** Per list, where its scan stands: it does not look at positions inside its last match. */
  resume: Int32Array;
  /** Per list, the winning word at the current position: its order and end (0: none yet). */
  bestOrder: Int32Array;
  bestEnd: Int32Array;
  /** The lists with a winner at the current position. */
  won: Int32Array;
}

function newState(lists: number): ScanState {
  return { resume: new Int32Array(lists), bestOrder: new Int32Array(lists), bestEnd: new Int32Array(lists), won: new Int32Array(lists) };
}

/** `(?<![A-Za-z0-9])` before `start` and `(?![A-Za-z])` at `end`. */
function onLatinEdges(text: string, start: number, end: number): boolean {
  return !isLatinAlnum(text.charCodeAt(start - 1)) && !isLatinLetter(text.charCodeAt(end));
}

/** One list of plain words, exact case: the hits of their alternation as a `gu` regex of literals. */
export class WordScanner {
  private readonly scanner: TermScanner;

  constructor(words: readonly string[]) {
    this.scanner = new TermScanner(words.map((word) => ({ list: 0, word })));
  }

  matchAll(text: string): WordHit[] {
    return this.scanner.scan(text)[0] ?? [];
  }
}

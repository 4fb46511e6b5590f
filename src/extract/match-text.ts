import tradSimpData from './data/trad-simp.json' with { type: 'json' };
import { Recent } from './recent.ts';
import type { Span } from './types.ts';

// Names in PDF text are often broken by stray spaces or a line break (国家互联网 信息办公室), and
// some publishers write traditional script or full-width letters. Matchers therefore run on a
// prepared copy of the text: white space between two Han characters removed, other white space
// runs collapsed to one space, traditional characters folded to simplified, full-width letters
// and digits to ASCII. Every prepared character remembers where it came from, so spans point at the original.

export interface PreparedText {
  /** The original text. */
  source: string;
  /** Compacted text, script as written: surface names are cut from here. */
  compact: string;
  /** `compact` folded character by character (same length): matchers read this. */
  folded: string;
  /** offsets[i] is the index in `source` of compact[i]; offsets[compact.length] is source.length. */
  offsets: Int32Array;
}

// One table over all UTF-16 code units: folding a character is a single array read.
const FOLD_TABLE: Uint16Array = buildFoldTable(tradSimpData.pairs);
// ignoreBOM: a decoder otherwise drops a leading U+FEFF, and the result would be one unit shorter
// than its offsets.
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

function buildFoldTable(pairs: string): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < table.length; c++) table[c] = c;
  // Full-width letters and digits only: Chinese punctuation (，（：) stays what the patterns expect.
  for (const [from, to] of [[0xff10, 0xff19], [0xff21, 0xff3a], [0xff41, 0xff5a]] as const) {
    for (let c = from; c <= to; c++) table[c] = c - 0xfee0;
  }
  table[0x2018] = 0x27;
  table[0x2019] = 0x27;
  for (let i = 0; i + 1 < pairs.length; i += 2) table[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
  return table;
}

export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * A set of UTF-16 codes as bits: 8 KB where a byte table takes 64 KB. Matchers ask it at nearly
 * every position of an item, between other matchers' work; small, it stays in the CPU cache.
 */
export class CodeSet {
  private readonly bits = new Int32Array(0x10000 >>> 5);

  add(code: number): void {
    this.bits[code >>> 5]! |= 1 << (code & 31);
  }

  /** False for NaN (a position outside the text), unless the set holds code 0. */
  has(code: number): boolean {
    return ((this.bits[code >>> 5]! >>> (code & 31)) & 1) === 1;
  }
}

/** The first code unit of each of `words`. */
export function firstCodeTable(words: Iterable<string>): CodeSet {
  const set = new CodeSet();
  for (const w of words) if (w !== '') set.add(w.charCodeAt(0));
  return set;
}

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && isHanCode(ch.charCodeAt(0));
}

/** [A-Za-z] by code; false for NaN (outside the text). */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** [0-9] by code; false for NaN. */
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isLatinOrDigit(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xa0;
}

/** One character folded for matching; always returns a single UTF-16 unit. */
export function foldChar(ch: string): string {
  return String.fromCharCode(FOLD_TABLE[ch.charCodeAt(0)]!);
}

export function foldString(s: string): string {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = FOLD_TABLE[s.charCodeAt(i)]!;
  return UTF16.decode(out);
}

// Working buffers of prepareText, grown as needed and reused: a typed array per call costs an
// allocation outside the heap each time, and only the finished strings and offsets are kept.
// Only buffers for texts up to KEPT_UNITS are kept: a huge text (a 50 MB document read as one
// item) gets buffers of its own, which are freed with it rather than held for the process's life.
const KEPT_UNITS = 1 << 20;
let compactBuffer = new Uint16Array(1024);
let foldedBuffer = new Uint16Array(1024);
let offsetBuffer = new Int32Array(1025);

export function prepareText(source: string): PreparedText {
  const n = source.length;
  if (compactBuffer.length < n && n <= KEPT_UNITS) {
    const size = Math.min(n * 2, KEPT_UNITS);
    compactBuffer = new Uint16Array(size);
    foldedBuffer = new Uint16Array(size);
    offsetBuffer = new Int32Array(size + 1);
  }
  const kept = compactBuffer.length >= n;
  const compact = kept ? compactBuffer : new Uint16Array(n);
  const folded = kept ? foldedBuffer : new Uint16Array(n);
  const offsets = kept ? offsetBuffer : new Int32Array(n + 1);
  let k = 0;
  let i = 0;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (!isSpaceCode(c)) {
      compact[k] = c;
      folded[k] = FOLD_TABLE[c]!;
      offsets[k++] = i++;
      continue;
    }
    let j = i;
    let newlines = 0;
    while (j < n && isSpaceCode(source.charCodeAt(j))) {
      if (source.charCodeAt(j) === 0x0a) newlines++;
      j++;
    }
    // A break between two Han characters inside one line (or across one line break) is layout
    // noise; a paragraph break or any space next to Latin text is a real separator.
    const joinHan = i > 0 && j < n && isHanCode(source.charCodeAt(i - 1)) && isHanCode(source.charCodeAt(j)) && newlines <= 1;
    if (!joinHan && k > 0 && j < n) {
      compact[k] = 0x20;
      folded[k] = 0x20;
      offsets[k++] = i;
    }
    i = j;
  }
  offsets[k] = n;
  return { source, compact: UTF16.decode(compact.subarray(0, k)), folded: UTF16.decode(folded.subarray(0, k)), offsets: offsets.slice(0, k + 1) };
}

// Several matchers (authorities, regions) read the same item: it is prepared once.
const recentPrepared = new Recent<PreparedText>(2);

/** prepareText, remembering the last few texts; the result is shared, so never change it. */
export function preparedText(source: string): PreparedText {
  return recentPrepared.get(source, null, () => prepareText(source));
}

/** The span in the original text of prepared characters [start, end). */
export function sourceSpan(text: PreparedText, start: number, end: number): Span {
  const s = text.offsets[start] ?? text.source.length;
  const last = text.offsets[end - 1];
  return { start: s, end: last === undefined ? s : last + 1 };
}

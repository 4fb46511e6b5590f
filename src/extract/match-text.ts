import tradSimpData from './data/trad-simp.json' with { type: 'json' };
import type { Span } from './types.ts';

// Names in PDF text are often broken by stray spaces or a line break (国家互联网 信息办公室), and
// some publishers write traditional script or full-width letters. Matchers therefore run on a
// prepared copy of the text: white space between two Han characters removed, other white space
// runs collapsed to one space, traditional characters folded to simplified, full-width ASCII to
// ASCII. Every prepared character remembers where it came from, so spans point at the original.

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

const TRAD_TO_SIMP: ReadonlyMap<string, string> = buildFoldMap(tradSimpData.pairs);

function buildFoldMap(pairs: string): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i]!, pairs[i + 1]!);
  return map;
}

export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export function isLatinOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9]/.test(ch);
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u3000' || ch === '\u00a0';
}

/** One character folded for matching; always returns a single UTF-16 unit. */
export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (ch === '\u2019' || ch === '\u2018') return "'";
  return TRAD_TO_SIMP.get(ch) ?? ch;
}

export function foldString(s: string): string {
  let out = '';
  for (const ch of s) out += ch.length === 1 ? foldChar(ch) : ch;
  return out;
}

export function prepareText(source: string): PreparedText {
  let compact = '';
  let folded = '';
  const offsets: number[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (!isSpace(ch)) {
      compact += ch;
      folded += foldChar(ch);
      offsets.push(i);
      i++;
      continue;
    }
    let j = i;
    let newlines = 0;
    while (j < source.length && isSpace(source[j]!)) {
      if (source[j] === '\n') newlines++;
      j++;
    }
    // A break between two Han characters inside one line (or across one line break) is layout
    // noise; a paragraph break or any space next to Latin text is a real separator.
    const joinHan = isHan(source[i - 1]) && isHan(source[j]) && newlines <= 1;
    if (!joinHan && compact.length > 0 && j < source.length) {
      compact += ' ';
      folded += ' ';
      offsets.push(i);
    }
    i = j;
  }
  offsets.push(source.length);
  return { source, compact, folded, offsets: Int32Array.from(offsets) };
}

/** The span in the original text of prepared characters [start, end). */
export function sourceSpan(text: PreparedText, start: number, end: number): Span {
  const s = text.offsets[start] ?? text.source.length;
  const last = text.offsets[end - 1];
  return { start: s, end: last === undefined ? s : last + 1 };
}

// Case-insensitive Unicode regexes (flags `iu`) at the speed of plain `i` ones.
//
// V8 runs a regex with both `i` and `u` an order of magnitude slower than with either alone: in
// Unicode mode it canonicalises each character by full Unicode case folding, which turns off its
// fast literal scans. Our cue lists (actions.json, category-cues.json …) are written in ASCII
// letters, CJK and punctuation, and for such patterns the two modes only disagree on text that
// holds
//   - a surrogate (an astral character such as an emoji): `.`, `[^…]` and `{1,15}` count it as one
//     character in Unicode mode and as two without;
//   - ſ (U+017F) or K (U+212A, Kelvin), which Unicode case folding maps to `s` and `k`, and which
//     `\w` and `\b` then count as word characters. No other character folds to an ASCII letter.
// So each pattern gets an `i`-only twin, used for every text free of those characters; any other
// text, and any pattern the argument does not cover, keeps the Unicode original.

import type { WordHit } from './word-scan.ts';

const UNICODE_SENSITIVE_TEXT = /[\uD800-\uDFFF\u017F\u212A]/;

/** True when `text` may match differently with and without the `u` flag. */
export function unicodeSensitive(text: string): boolean {
  return UNICODE_SENSITIVE_TEXT.test(text);
}

// Patterns the argument above covers: no astral characters or `\p{…}` / `\u{…}` escapes (which
// mean something else without `u`), and no cased letters outside ASCII (`ß`, `é` fold differently),
// whether written as such or as `\u00df` / `\xdf` escapes.
function twinIsSafe(source: string): boolean {
  const decoded = source.replace(/\\u([0-9A-Fa-f]{4})|\\x([0-9A-Fa-f]{2})/g, (_, u?: string, x?: string) =>
    String.fromCharCode(parseInt(u ?? x ?? '0', 16)),
  );
  if (/[\uD800-\uDFFF]/.test(decoded) || /\\[pPu]\{/.test(source)) return false;
  for (const ch of decoded) {
    if (ch.charCodeAt(0) > 0x7f && (ch.toLowerCase() !== ch || ch.toUpperCase() !== ch)) return false;
  }
  return true;
}

export class FoldRegExp {
  /** The regex as written, with `u`. */
  readonly unicode: RegExp;
  private readonly plain: RegExp;

  constructor(source: string, flags: string) {
    this.unicode = new RegExp(source, flags);
    const twin = flags.includes('u') && flags.includes('i') && twinIsSafe(source);
    this.plain = twin ? new RegExp(source, flags.replace('u', '')) : this.unicode;
  }

  /** The regex to run over `text`: the fast twin when it finds exactly what the original finds. */
  for(text: string): RegExp {
    return this.plain === this.unicode || unicodeSensitive(text) ? this.unicode : this.plain;
  }

  /** The regex to use when the caller already knows whether its text is Unicode-sensitive. */
  pick(sensitive: boolean): RegExp {
    return sensitive ? this.unicode : this.plain;
  }
}

/**
 * What `[...text.matchAll(re)]` finds, as index and matched text, without building an iterator and
 * a full match array per hit. `re` must have the `g` flag.
 */
export function matchHits(re: RegExp, text: string): WordHit[] {
  const hits: WordHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    hits.push({ index: m.index, text: m[0] });
    // An empty match would be found again; step over it as matchAll does (a whole code point in
    // Unicode mode).
    if (m[0] === '') re.lastIndex = m.index + (re.unicode && isSurrogatePair(text, m.index) ? 2 : 1);
  }
  re.lastIndex = 0;
  return hits;
}

function isSurrogatePair(text: string, i: number): boolean {
  const hi = text.charCodeAt(i);
  const lo = text.charCodeAt(i + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

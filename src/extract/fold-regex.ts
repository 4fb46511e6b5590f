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
// whether written as such or as `\u00df` / `\xdf` escapes — except a letter outside a character
// class that both modes match with exactly the same characters (ł and Ł: `złoty` in the currency
// words would otherwise keep the whole money pattern in the slow mode).
function twinIsSafe(source: string): boolean {
  if (/\\[pPu]\{/.test(source)) return false;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    let ch = source[i]!;
    if (ch === '\\') {
      const escape = /^(?:u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2}))/.exec(source.slice(i + 1, i + 6));
      // Other escapes (\d, \b, \[ …) name no cased letter outside ASCII.
      i += escape ? escape[0].length : 1;
      if (!escape) continue;
      ch = String.fromCharCode(parseInt(escape[1] ?? escape[2] ?? '0', 16));
    } else if (ch === '[' && !inClass) {
      inClass = true;
      continue;
    } else if (ch === ']' && inClass) {
      inClass = false;
      continue;
    }
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return false;
    if (code > 0x7f && (ch.toLowerCase() !== ch || ch.toUpperCase() !== ch) && (inClass || !sameCaseClass(ch))) return false;
  }
  return true;
}

const caseClasses = new Map<string, boolean>();

/** True when `ch` with `iu` and with `i` alone matches the same characters (surrogates aside: text holding one gets the original). */
export function sameCaseClass(ch: string): boolean {
  let same = caseClasses.get(ch);
  if (same === undefined) {
    const unicode = new RegExp(`^${ch}$`, 'iu');
    const plain = new RegExp(`^${ch}$`, 'i');
    same = true;
    for (let c = 0; c < 0x10000 && same; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      if (unicode.test(s) !== plain.test(s)) same = false;
    }
    caseClasses.set(ch, same);
  }
  return same;
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

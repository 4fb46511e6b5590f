import OpenCC from 'opencc-js/t2cn';

// Hong Kong and Taiwan publishers write traditional script, but the gazetteers, vocabularies and
// cue lists are simplified. Extractors therefore read a simplified copy of such text, and every
// surface form is cut back out of the original at the same offsets (FORMAT.md: traditional stays
// traditional). That only works if the copy has exactly the original's length, so toSimplified
// guarantees it.

type Convert = (text: string) => string;

let converter: Convert | null = null;
// One byte per UTF-16 code unit: a lookup is an array read, not a hash.
let traditional: Uint8Array | null = null;

// Hong Kong variants (綫, 衞), then Taiwan variants (裡, 爲), to OpenCC's standard traditional, then
// to mainland simplified. Character and phrase tables only: the `twp`/`hkp` vocabulary tables would
// rewrite words (資料 → 数据, 軟體 → 软件), and `個人資料` must stay 个人资料 to be found.
function convert(): Convert {
  if (converter) return converter;
  const { from, to } = OpenCC.Locale;
  const built: Convert = OpenCC.ConverterFactory(preset(from.hk), preset(from.tw), preset(to.cn));
  converter = built;
  return built;
}

function preset<T>(dicts: T | undefined): T {
  if (dicts === undefined) throw new Error('opencc-js: conversion table missing');
  return dicts;
}

// Characters whose mainland form differs (國, 條, 於), from OpenCC's own character table, so that
// "has traditional" means "conversion would change a character". Variant-only forms such as 著 are
// left out on purpose: 著 is also simplified (显著), and converting simplified text turns 显著 into
// 显着.
function traditionalChars(): Uint8Array {
  if (traditional) return traditional;
  traditional = new Uint8Array(0x10000);
  for (const group of preset(OpenCC.Locale.to.cn)) {
    const table = group[group.length - 1];
    if (typeof table !== 'string') continue;
    for (const entry of table.split('|')) {
      const [from, to] = entry.split(' ');
      if (from !== undefined && from.length === 1 && to !== undefined && to !== from) traditional[from.charCodeAt(0)] = 1;
    }
  }
  return traditional;
}

/** Whether `text` holds any traditional character; cheap, so simplified text is never converted. */
export function hasTraditional(text: string): boolean {
  const chars = traditionalChars();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && chars[c] === 1) return true;
  }
  return false;
}

/**
 * `text` in simplified script, with the same length, so that every offset into the result is an
 * offset into `text`. Text without traditional characters is returned as it is.
 */
export function toSimplified(text: string): string {
  if (!hasTraditional(text)) return text;
  const out = convert()(text);
  if (aligned(text, out)) return out;
  // A few table entries change length (二噁英 → 二𫫇英; rare characters whose simplified form lies
  // outside the BMP, or the reverse: 𡻕 → 岁). Convert line by line then, and where a line still
  // does not line up, character by character, keeping any character whose simplified form has
  // another length. That loses phrase context (乾隆 becomes 干隆) only in such lines, and offsets
  // stay valid.
  return text
    .split('\n')
    .map((line) => {
      const converted = convert()(line);
      return aligned(line, converted) ? converted : byCharacter(line);
    })
    .join('\n');
}

// Whether every offset into `out` is the same offset into `text`. The tables map character for
// character (never changing the number of code points), so the only shift comes from a character
// that gains or loses a surrogate half; one that gains and one that loses leave the length as it
// was (今𡻕…二噁英), hence the test at every position rather than of the length alone.
function aligned(text: string, out: string): boolean {
  if (out.length !== text.length) return false;
  for (let i = 0; i < text.length; i++) {
    if (isSurrogate(text.charCodeAt(i)) !== isSurrogate(out.charCodeAt(i))) return false;
  }
  return true;
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

function byCharacter(line: string): string {
  let out = '';
  for (const ch of line) {
    const converted = convert()(ch);
    out += converted.length === ch.length ? converted : ch;
  }
  return out;
}

/**
 * `value`, which an extractor read from `simplified` (= toSimplified(original)), as `original`
 * writes it: the original characters at the offsets where `simplified` holds it. The value is
 * looked for inside [from, to) first (its span), then anywhere, skipping white space that the
 * value leaves out (a name broken over a line). A value the text does not hold (a canonical name,
 * a resolved short form) comes back unchanged.
 */
export function asWritten(value: string, original: string, simplified: string, from = 0, to = simplified.length): string {
  if (value === '' || original === simplified) return value;
  const at = locate(value, simplified, from, to) ?? locate(value, simplified, 0, simplified.length);
  return at === null ? value : at.map((i) => original[i]).join('');
}

function locate(value: string, hay: string, from: number, to: number): number[] | null {
  const first = value[0]!;
  for (let i = hay.indexOf(first, from); i !== -1 && i < to; i = hay.indexOf(first, i + 1)) {
    const at = matchAt(value, hay, i, to);
    if (at) return at;
  }
  return null;
}

function matchAt(value: string, hay: string, start: number, to: number): number[] | null {
  const at: number[] = [];
  let j = start;
  for (const ch of value) {
    // A value character may stand for a UTF-16 pair; compare the whole code point.
    while (j < to && !hay.startsWith(ch, j) && /\s/.test(hay[j]!) && !/\s/.test(ch)) j++;
    if (j >= to || !hay.startsWith(ch, j)) return null;
    for (let k = 0; k < ch.length; k++) at.push(j++);
  }
  return at;
}

// Columns a line takes on a page or terminal: CJK and full-width characters take two. Line breaks
// that a PDF converter or an e-mail client made fall where this width runs out, not at a count of
// characters (a line holding `App` or `2023` holds more characters than a line of Han).
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/g;

export function displayWidth(s: string): number {
  return s.length + (s.match(WIDE)?.length ?? 0);
}

// Columns a line takes on a page or terminal: CJK and full-width characters take two. Line breaks
// that a PDF converter or an e-mail client made fall where this width runs out, not at a count of
// characters (a line holding `App` or `2023` holds more characters than a line of Han).
// Every line of every document is measured, so this is a loop over code units, not a regex.
export function displayWidth(s: string): number {
  let width = s.length;
  for (let i = 0; i < s.length; i++) if (isWide(s.charCodeAt(i))) width++;
  return width;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xffe0 && c <= 0xffe6)
  );
}

const TABLE_ROW = /\||\t|\S {2,}\S/;

/** Lines narrower than this say nothing of a wrap width (headings, dates, page furniture). */
const MIN_MEASURED = 20;

/**
 * The width in columns a text was hard-wrapped at (a PDF converter's or an e-mail client's), or
 * null when it was not: most measured lines end within a few columns below one width and hardly
 * any is wider. Text with one paragraph per line has lines of every width and no such edge.
 */
export function wrapWidth(lines: readonly string[]): number | null {
  // Rows of a text table (cells between bars, tabs or runs of spaces) run past the page's edge.
  const widths = lines.filter((l) => !TABLE_ROW.test(l.trim())).map((l) => displayWidth(l.trim())).filter((w) => w >= MIN_MEASURED);
  if (widths.length < 10) return null;
  const sorted = [...widths].sort((a, b) => a - b);
  const edge = sorted[Math.floor(sorted.length * 0.9)]!;
  const near = widths.filter((w) => w >= edge * 0.85 && w <= edge + 2).length;
  const wider = widths.filter((w) => w > edge * 1.1).length;
  return near >= widths.length * 0.4 && wider <= widths.length * 0.02 ? edge : null;
}

// Reading order and paragraphs from positioned PDF text. pdf.js gives text runs with coordinates
// (origin bottom-left) in content-stream order, which is often not reading order; this module
// rebuilds lines, columns, paragraphs and headings from positions alone, so it is pure and testable
// without a PDF (or a CJK font).

import { PAGE_NUMBERS } from '../../text/page.ts';

export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points (the text matrix scale). */
  size: number;
}

export interface PageRuns {
  width: number;
  height: number;
  runs: TextRun[];
}

/** A piece of one visual line: a row of runs without a column-sized gap inside. */
interface Frag {
  text: string;
  x: number;
  x1: number;
  y: number;
  size: number;
  page: number;
  /** Left and right edge of the column the fragment sits in. */
  colLeft: number;
  colRight: number;
}

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u;
/** Header/footer candidates live in the top or bottom share of the page. */
const MARGIN = 0.15;
/** A line is furniture if it repeats at the same place on at least this share of pages. */
const REPEAT_SHARE = 0.6;
// With its position known, a bare figure in the margin is a page number too.
const PAGE_NUMBER = [/^\d{1,4}$/, ...PAGE_NUMBERS];
const SENTENCE_END = /[。！？!?；;:：.…”’」』）)】]$/u;
const BLOCK_START = /^([-•●▪·*]\s*|\d{1,2}\s*[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+(部分|章|节)|案例[一二三四五六七八九十\d]|((\d{4}|[一二三四五六七八九〇零]{4})\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|【)/u;
const BULLET = /^[•●▪·]\s*/u;

/** Positioned text of all pages → markdown-ish text (`## heading`, paragraphs separated by blank lines). */
export function layoutPages(pages: PageRuns[]): string {
  const perPage = pages.map((p, i) => readingOrder(rows(p.runs, i), p.width));
  const frags = dropFurniture(perPage, pages).flat();
  return paragraphs(frags);
}

/** Groups runs into visual lines and splits each line at column-sized gaps. */
function rows(runs: TextRun[], page: number): Frag[] {
  const sorted = runs.filter((r) => r.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextRun[][] = [];
  for (const r of sorted) {
    const line = lines.find((l) => Math.abs(l[0]!.y - r.y) <= Math.max(l[0]!.size, r.size) * 0.4);
    if (line) line.push(r);
    else lines.push([r]);
  }
  const frags: Frag[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    let cur: TextRun[] = [];
    for (const r of line) {
      const prev = cur[cur.length - 1];
      if (prev && r.x - (prev.x + prev.width) > Math.max(prev.size, r.size) * 1.5) {
        frags.push(fragOf(cur, page));
        cur = [];
      }
      cur.push(r);
    }
    if (cur.length > 0) frags.push(fragOf(cur, page));
  }
  return frags.sort((a, b) => b.y - a.y || a.x - b.x);
}

function fragOf(runs: TextRun[], page: number): Frag {
  let text = '';
  let end = -Infinity;
  for (const r of runs) {
    const gap = r.x - end;
    const cjkJoin = CJK.test(text.slice(-1)) && CJK.test(r.str.charAt(0));
    if (text !== '' && gap > r.size * 0.15 && !cjkJoin && !/\s$/.test(text) && !/^\s/.test(r.str)) text += ' ';
    text += r.str;
    end = r.x + r.width;
  }
  const first = runs[0]!;
  const size = Math.max(...runs.map((r) => r.size));
  return { text: text.replace(/\s+/g, ' ').trim(), x: first.x, x1: end, y: first.y, size, page, colLeft: first.x, colRight: end };
}

/**
 * Two-column pages: left column top to bottom, then the right one. A fragment that spans the gutter
 * (a full-width headline) ends a band; columns are read band by band.
 */
function readingOrder(frags: Frag[], pageWidth: number): Frag[] {
  const gutter = findGutter(frags, pageWidth);
  const edges = (fs: Frag[]) => {
    const left = Math.min(...fs.map((f) => f.x));
    const right = Math.max(...fs.map((f) => f.x1));
    for (const f of fs) Object.assign(f, { colLeft: left, colRight: right });
  };
  if (gutter === null) {
    if (frags.length > 0) edges(frags);
    return frags;
  }
  const left = frags.filter((f) => f.x1 <= gutter);
  const right = frags.filter((f) => f.x >= gutter);
  const across = frags.filter((f) => f.x < gutter && f.x1 > gutter);
  for (const group of [left, right, across]) if (group.length > 0) edges(group);
  const out: Frag[] = [];
  let band: Frag[] = [];
  const flush = () => {
    out.push(...band.filter((f) => f.x1 <= gutter), ...band.filter((f) => f.x >= gutter));
    band = [];
  };
  for (const f of frags) {
    if (f.x < gutter && f.x1 > gutter) {
      flush();
      out.push(f);
    } else band.push(f);
  }
  flush();
  return out;
}

/** The x of a column gutter: few fragments cross it and wide text lines sit on both sides. */
function findGutter(frags: Frag[], pageWidth: number): number | null {
  let best: number | null = null;
  let bestCross = Infinity;
  for (let g = pageWidth * 0.3; g <= pageWidth * 0.7; g += 2) {
    const left = frags.filter((f) => f.x1 <= g);
    const right = frags.filter((f) => f.x >= g);
    const cross = frags.length - left.length - right.length;
    // Table cells are short; text columns are at least a quarter of the page wide.
    const wide = (fs: Frag[]) => fs.length >= 3 && fs.reduce((n, f) => n + (f.x1 - f.x), 0) / fs.length > pageWidth * 0.25;
    if (cross <= frags.length * 0.2 && wide(left) && wide(right) && cross < bestCross) {
      best = g;
      bestCross = cross;
    }
  }
  return best;
}

/** Removes running headers/footers (repeated at the same place on most pages) and page numbers. */
function dropFurniture(perPage: Frag[][], pages: PageRuns[]): Frag[][] {
  const inMargin = (f: Frag) => {
    const h = pages[f.page]!.height;
    return f.y > h * (1 - MARGIN) || f.y < h * MARGIN;
  };
  const key = (f: Frag) => f.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const repeated = (f: Frag) => {
    if (perPage.length < 2) return false;
    let n = 0;
    for (const page of perPage) if (page.some((o) => key(o) === key(f) && Math.abs(o.y - f.y) <= 4)) n++;
    return n >= Math.max(2, Math.ceil(perPage.length * REPEAT_SHARE));
  };
  return perPage.map((page) =>
    page.filter((f) => !(inMargin(f) && (PAGE_NUMBER.some((re) => re.test(f.text)) || repeated(f)))),
  );
}

/** Joins lines into paragraphs; lines in a larger font than the body become `## ` headings. */
function paragraphs(frags: Frag[]): string {
  const body = bodySize(frags);
  const leading = typicalLeading(frags);
  const blocks: string[] = [];
  let cur: Frag | null = null;
  let text = '';
  let heading = false;
  const flush = () => {
    if (text !== '') blocks.push(heading ? `## ${text}` : text.replace(BULLET, '- '));
    text = '';
  };
  for (const f of frags) {
    const isHeading = f.size >= body * 1.2 && f.text.length <= 120;
    if (cur === null || isHeading !== heading || startsNew(cur, f, isHeading, leading)) {
      flush();
      text = f.text;
    } else {
      text = joinLine(text, f.text);
    }
    cur = f;
    heading = isHeading;
  }
  flush();
  return blocks.join('\n\n') + '\n';
}

function startsNew(prev: Frag, f: Frag, heading: boolean, leading: number): boolean {
  if (heading) return Math.abs(prev.size - f.size) > 0.5 || prev.y - f.y > f.size * 2;
  if (BLOCK_START.test(f.text)) return true;
  // Same column, going down: a gap wider than the usual line spacing ends the paragraph.
  const sameFlow = prev.page === f.page && f.y < prev.y && Math.abs(prev.colLeft - f.colLeft) < 2;
  if (sameFlow && prev.y - f.y > leading * 1.4) return true;
  // A line that stops well before the column's right edge ended its paragraph (or was a headline).
  const width = prev.colRight - prev.colLeft;
  if (prev.x1 < prev.colRight - Math.max(width * 0.2, prev.size * 3)) return true;
  // Across a page or column break, a finished sentence ends the paragraph.
  return !sameFlow && SENTENCE_END.test(prev.text);
}

/** Joins a wrapped line: hyphenated English words rejoined, a space between English words, none in Chinese. */
export function joinLine(prev: string, next: string): string {
  if (/[A-Za-z]-$/.test(prev) && /^[a-z]/.test(next)) return prev.slice(0, -1) + next;
  if (CJK.test(prev.slice(-1)) || CJK.test(next.charAt(0))) return prev + next;
  return `${prev} ${next}`;
}

/** The font size carrying most of the text. */
function bodySize(frags: Frag[]): number {
  const weight = new Map<number, number>();
  for (const f of frags) {
    const s = Math.round(f.size * 2) / 2;
    weight.set(s, (weight.get(s) ?? 0) + f.text.length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [s, w] of weight) if (w > bestWeight) [best, bestWeight] = [s, w];
  return best;
}

/** The most common distance between consecutive lines of one column. */
function typicalLeading(frags: Frag[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < frags.length; i++) {
    const a = frags[i - 1]!;
    const b = frags[i]!;
    if (a.page === b.page && a.y > b.y && Math.abs(a.colLeft - b.colLeft) < 2) gaps.push(Math.round(a.y - b.y));
  }
  if (gaps.length === 0) return (frags[0]?.size ?? 10) * 1.2;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 4)]!; // lower quartile: most gaps inside a paragraph are the leading
}

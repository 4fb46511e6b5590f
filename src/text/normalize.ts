import { joinWrappedEnglish } from './wrap-en.ts';
import { withoutPageFurniture } from './page.ts';
import { displayWidth, wrapWidth } from './width.ts';

// Text normalisation applied once at ingest. Everything downstream (spans, hashes, search) works on
// the normalised text, so it must be deterministic and must not destroy Chinese typography.

// Full NFKC would turn Chinese punctuation （，：） into ASCII and change how the text reads, so it
// is applied only to the characters where it is safe and useful: full-width letters and digits,
// and the CJK radical / compatibility look-alikes that PDF extraction produces (⽹ for 网).
const NFKC_SAFE = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u2E80-\u2EFF\u2F00-\u2FDF\uF900-\uFAFF]/gu;

// NFKC maps most radicals, but a few Kangxi/supplement radicals have no decomposition; these are the
// ones seen in PDF text of this genre.
const RADICAL_MAP: Record<string, string> = {
  '⺠': '民',
  '⻓': '长',
  '⻔': '门',
  '⻘': '青',
  '⻛': '风',
  '⻜': '飞',
  '⻢': '马',
  '⻋': '车',
  '⻅': '见',
  '⻉': '贝',
  '⻚': '页',
  '⻝': '食',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻬': '齐',
  '⻰': '龙',
  '⻳': '龟',
};

const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/** Characters that end a sentence: a line ending in one of them is not broken mid-sentence. */
const SENTENCE_END = /[。！？!?；;：:…”’」』）)】\]>*|]$/;
const DATE_LEAD = /^((\d{4}|[一二三四五六七八九〇零]{4})\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日/;
const BLOCK_START = /^(#|[-*+]\s|>|\||\d+\s*[.．、]|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十]+部分|案例[一二三四五六七八九十\d]|\d{4}\s*年|[〇零一二三四五六七八九]{4}\s*年|[【\[])/;
const CONTINUES = /^[\u4E00-\u9FFF\u3400-\u4DBF\dA-Za-z“‘"《，、]/u;

// A web page's bar of posting details and buttons (`发布时间：2024-01-05 来源：… | 字号：大 中 小 | 打印本页`)
// is long and ends on a Han character, but no sentence runs on from it.
const PAGE_LABEL = /^(发布时间|发布日期|发表时间|时间|日期|来源)\s*[:：]/;
const BAR = /\s[|｜]\s/;
const PAGE_BAR = new RegExp(`${PAGE_LABEL.source}|${BAR.source}`);

/** Lines at least this long that stop mid-sentence were wrapped by a PDF converter, not ended. */
const WRAPPED_LINE_MIN = 50;

export function normalizeText(raw: string): string {
  let text = raw.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(ODD_SPACES, ' ');
  text = text.replace(NFKC_SAFE, (c) => RADICAL_MAP[c] ?? c.normalize('NFKC'));
  text = text.replace(/[\u2E80-\u2EFF]/g, (c) => RADICAL_MAP[c] ?? c);
  text = fullWidthMarks(text);
  const all = text.split('\n').map((line) => line.replace(/[ \t]+$/, ''));
  // Page numbers and running heads go first, so a paragraph cut by a page break joins up again.
  const lines = withoutPageFurniture(all);
  return joinBrokenLines(joinWrappedEnglish(lines, wrapWidth(lines))).join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

// Chinese typed with ASCII punctuation (`宣布,因`, `委員會(DPC)於`, `來源:中央社`), as some Hong Kong and
// Taiwan sites and some CMSs write it. In a line that is mostly Chinese, a bracket pair and a comma,
// semicolon or colon after a Chinese word take the full-width form the rest of the pipeline reads.
// Figures (`1,500`), times (`10:30`), links (`](https://…)`) and English lines keep theirs.
const ASCII_MARK_BY_HAN = /[()]|[\u3400-\u9FFF][,;:]|[,;:][\u3400-\u9FFF]/u;
const HALF_PARENS = /(?<!\])\((?!https?:|#|\/)([^()\n]{1,80})\)/g;
const HALF_MARK = /(?<=[\u3400-\u9FFF）」』》”])([,;:])(?=[ \t]*(?:[\u3400-\u9FFF\d“「『《（]|$))/gu;
const FULL_MARK: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：' };

function fullWidthMarks(text: string): string {
  if (!ASCII_MARK_BY_HAN.test(text)) return text;
  return text
    .split('\n')
    .map((line) => (ASCII_MARK_BY_HAN.test(line) && isChineseLine(line) ? line.replace(HALF_PARENS, '（$1）').replace(HALF_MARK, (m) => FULL_MARK[m] ?? m) : line))
    .join('\n');
}

function isChineseLine(line: string): boolean {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return han >= latin;
}

/**
 * Re-joins a sentence that a PDF converter split over a line or page break ("…重要数据被" /
 * blank line / "窃取的安全事件中…"). Only long prose lines that stop without sentence-ending
 * punctuation are joined, and only to a line that reads as a continuation, so headings, lists and
 * date-led paragraphs keep their breaks.
 */
export function joinBrokenLines(lines: string[]): string[] {
  const out: Paragraph[] = [];
  const widths = blockWidths(lines);
  let pendingBlanks = 0;
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') {
      pendingBlanks++;
      continue;
    }
    const prev = out[out.length - 1];
    const inBlock = pendingBlanks === 0 && i > 0;
    if (prev !== undefined && prev.parts.length > 0 && (isWrapped(prev, line) || (inBlock && isWrappedInBlock(lines[i - 1]!, line, widths[i]!)))) {
      extendParagraph(prev, line.trimStart());
    } else {
      if (out.length > 0) for (let i = 0; i < Math.min(pendingBlanks, 2); i++) out.push(paragraph(''));
      out.push(paragraph(line));
    }
    pendingBlanks = 0;
  }
  return out.map((p) => p.parts.join(''));
}

// A paragraph being joined is kept as its lines and what the joining rules ask of the whole (its
// length, how it starts and ends, whether it holds table cells or a bar), so that joining a long
// run of lines reads each line once instead of the growing paragraph again at every line.
interface Paragraph {
  parts: string[];
  first: string;
  last: string;
  length: number;
  cells: boolean;
  bar: boolean;
}

function paragraph(line: string): Paragraph {
  const t = line.trim();
  return { parts: line === '' ? [] : [line], first: t, last: t, length: t.length, cells: TAB_CELLS.test(t), bar: BAR.test(t) };
}

function extendParagraph(p: Paragraph, line: string): void {
  p.parts.push(line);
  p.last = line.trim();
  p.length += line.trim().length;
  p.cells ||= TAB_CELLS.test(line);
  p.bar ||= BAR.test(line);
}

/**
 * Inside a paragraph (no blank line between), a Chinese line is also wrapped when it stops on a
 * comma, or when it is as wide as the widest line of its block: PDFs of narrow columns wrap at 40
 * characters or fewer, below WRAPPED_LINE_MIN, and a headline over its body is shorter than the body.
 * Width is measured in columns, so a line holding `App` or `2023` is as full as a line of Han.
 */
function isWrappedInBlock(prev: string, next: string, width: number): boolean {
  const p = prev.trim();
  const n = next.trim();
  if (SENTENCE_END.test(p) || /^#/.test(p)) return false;
  // Cells separated by runs of spaces are rows of a table laid out in text, each a line of its own.
  if (SPACED_CELLS.test(p) || SPACED_CELLS.test(n) || TAB_CELLS.test(p) || TAB_CELLS.test(n)) return false;
  if (POSTED_AT.test(p) || PAGE_BAR.test(p) || !/[\u4E00-\u9FFF]/u.test(p) || BARE_ENUMERATOR.test(p)) return false;
  // No paragraph starts on a closing mark or a comma, and none ends on an opening one.
  if (CONTINUATION_MARK.test(n) || OPENING_MARK.test(p)) return true;
  const open = OPEN_END.test(p);
  if (!CONTINUES.test(n) || !(open || (displayWidth(p) >= BLOCK_FULL * width && HAN_END.test(p)))) return false;
  if (STRONG_BLOCK_START.test(n) || (FIELD.test(n) && FIELD.test(p))) return false;
  // A date may open the next paragraph under a full-width headline, but not after a word that
  // wants what follows (…并于 / 2023年11月23日前).
  return open || !(BLOCK_START.test(n) || DATE_LEAD.test(n));
}

// A comma or a word that wants what follows (…并要求相关运营者于 / 2023年11月23日前): no
// paragraph ends here.
const OPEN_END = /[，、于及和与的]$/;

// A line of Chinese ends on Han, a title's closing mark, a figure or a short Latin word (`…发现21款
// App`, `…人民币7,860`); a line ending on a run of English (`编 · Compiled by …`) is a bilingual
// line, not a wrapped one.
const HAN_END = /[\u4E00-\u9FFF》）」』”][\dA-Za-z.,%]{0,8}$/u;
// `二、` alone on its line numbers the block under it.
const BARE_ENUMERATOR = /^(?:[一二三四五六七八九十]+|\d{1,2})\s*[、.．]$/;
const CONTINUATION_MARK = /^[、，。；：！？）》」』”’)!?;%]/u;
const OPENING_MARK = /[《（「『“‘(]$/u;
// Starts of a heading or list entry that no wrapped sentence begins with: `一、`, `（二）`, `3. `.
const STRONG_BLOCK_START = /^(#|[-*+]\s|>|\||\d{1,2}\s*[.．、](?!\d)|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分|案例[一二三四五六七八九十\d]|[【\[])/;
// A line of `label：value` fields (`主要违法违规行为：…` over `行政处罚依据：…`): the next label starts
// the next field, however full the line before it.
const FIELD = /^[\u4E00-\u9FFF]{2,14}[：:]/u;

const BLOCK_FULL = 0.9;
// A byline with its posting time (`数安内参 2025-01-04 09:30 北京`, `2024年09月12日 17:30`): a line
// of the page, not the start of a paragraph, however wide.
const POSTED_AT = /\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}/;
// Three cells or more separated by tabs: a row of a table pasted from a web page, a line of its own
// however long (`2\t陈某某…\t罚款5.5万元\t中国人民银行广东省分行\t2024年12月20日`).
const TAB_CELLS = /\t[^\t]*\t/;
const SPACED_CELLS = /\S\s{2,}\S/;

/** For each line, the width in columns of the widest line of its block (0 for one-line blocks). */
function blockWidths(lines: string[]): number[] {
  const out = new Array<number>(lines.length).fill(0);
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j]!.trim() !== '') j++;
    if (j - i >= 2) {
      const w = Math.max(...lines.slice(i, j).map((l) => displayWidth(l.trim())));
      out.fill(w, i, j);
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

function isWrapped(prev: Paragraph, next: string): boolean {
  const n = next.trim();
  if (prev.length < WRAPPED_LINE_MIN || SENTENCE_END.test(prev.last) || /^#/.test(prev.first) || PAGE_LABEL.test(prev.first) || prev.bar) return false;
  if (!/[\u4E00-\u9FFF，、]$/u.test(prev.last)) return false; // English lines wrap at spaces; leave them
  if (prev.cells || TAB_CELLS.test(n)) return false;
  if (BLOCK_START.test(n) || DATE_LEAD.test(n)) return false;
  return CONTINUES.test(n);
}

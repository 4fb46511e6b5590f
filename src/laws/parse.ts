import { chineseIntegerToNumber } from '../extract/numbers.ts';

// One law text in the LawRefBook markdown layout described in shared/laws/README.md: `# title`,
// dated history lines, `<!-- INFO END -->`, then 编/章/节 headings and articles. Each 款 is one
// line; 项 lines (（一） or (一)) belong to the 款 before them.

export interface LawHistoryEntry {
  /** ISO date of the event. */
  date: string;
  event: string;
}

export interface ParsedArticle {
  number: number;
  /** 1 for 第X条之一, 2 for 之二 …; null for a plain article. */
  suffix: number | null;
  /** As written: 第四十五条, 第二百五十三条之一. */
  label: string;
  /** Headings above the article, outermost first (编, 章, 节). */
  chapter: string[];
  /** Each 款, its 项 lines joined to it with '\n'; the first 款 without the label. */
  paragraphs: string[];
}

export interface ParsedLaw {
  title: string;
  history: LawHistoryEntry[];
  articles: ParsedArticle[];
}

export const ARTICLE_START = /^第([一二三四五六七八九十百零]+)条(之([一二三四五六七八九十]+))?[ \u3000]/;
const ITEM_LINE = /^[（(][一二三四五六七八九十]+[）)]/;
const HISTORY_LINE = /^(\d{4})年(\d{1,2})月(\d{1,2})日[ \u3000]*(.*)$/;
const HEADING = /^(#{2,6})\s+(.*)$/;
// Criminal Law footnotes (① …) sit between articles; they are editorial, not law.
const FOOTNOTE = /^[\u2460-\u2473]/;
const INFO_END = '<!-- INFO END -->';

export class LawParseError extends Error {
  override readonly name = 'LawParseError';
}

/** Parses one law file. Throws LawParseError when the file has no title or no articles. */
export function parseLaw(source: string): ParsedLaw {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = (lines[0] ?? '').trim();
  if (!first.startsWith('# ')) throw new LawParseError('line 1 is not a "# title" line');
  const title = first.slice(2).trim();
  const end = lines.indexOf(INFO_END);
  const history = end === -1 ? [] : readHistory(lines.slice(1, end));
  const articles = readArticles(lines.slice(end === -1 ? 1 : end + 1));
  if (articles.length === 0) throw new LawParseError('no articles (no line starts with 第…条)');
  return { title, history, articles };
}

function readHistory(lines: string[]): LawHistoryEntry[] {
  const out: LawHistoryEntry[] = [];
  for (const raw of lines) {
    const m = clean(raw).match(HISTORY_LINE);
    if (!m) continue;
    const date = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
    let event = (m[4] ?? '').trim();
    // A few source headers end with a stray closing bracket: "…第二次修正）".
    if (event.endsWith('）') && !event.includes('（')) event = event.slice(0, -1);
    out.push({ date, event });
  }
  return out;
}

function readArticles(lines: string[]): ParsedArticle[] {
  const articles: ParsedArticle[] = [];
  const headings: { level: number; text: string }[] = [];
  let current: ParsedArticle | null = null;
  // A line holding only U+200B marks a chapter break in one source whose chapter titles lost
  // their "## 第X章" markup; the next plain line is then the chapter title, not a 款.
  let afterBreak = false;
  for (const raw of lines) {
    const zeroWidthOnly = raw.includes('\u200B') && clean(raw) === '';
    const line = clean(raw);
    if (zeroWidthOnly) {
      afterBreak = true;
      continue;
    }
    if (line === '') continue;
    if (/^附[:：]/.test(line)) break; // 电信条例: the appended 电信业务分类目录 is not articles
    const heading = line.match(HEADING);
    if (heading) {
      const text = tidyHeading(heading[2] ?? '');
      if (/^附件/.test(text)) break; // Criminal Law: lists of repealed and retained decisions
      const level = (heading[1] ?? '').length;
      while (headings.length > 0 && (headings[headings.length - 1]?.level ?? 0) >= level) headings.pop();
      headings.push({ level, text });
      current = null;
      afterBreak = false;
      continue;
    }
    const start = line.match(ARTICLE_START);
    if (start) {
      current = newArticle(line, start, headings.map((h) => h.text));
      articles.push(current);
      afterBreak = false;
      continue;
    }
    if (afterBreak) {
      // Chapter titles of that source are all ## level under the title.
      while (headings.length > 0 && (headings[headings.length - 1]?.level ?? 0) >= 2) headings.pop();
      headings.push({ level: 2, text: tidyHeading(line) });
      current = null;
      afterBreak = false;
      continue;
    }
    if (FOOTNOTE.test(line) || current === null) continue;
    if (ITEM_LINE.test(line) && current.paragraphs.length > 0) {
      const last = current.paragraphs.length - 1;
      current.paragraphs[last] = `${current.paragraphs[last]}\n${line}`;
    } else {
      current.paragraphs.push(line);
    }
  }
  return articles;
}

function newArticle(line: string, m: RegExpMatchArray, chapter: string[]): ParsedArticle {
  const number = chineseIntegerToNumber(m[1] ?? '');
  if (number === null || number <= 0) throw new LawParseError(`unreadable article number in "${line.slice(0, 20)}"`);
  const suffix = m[3] ? chineseIntegerToNumber(m[3]) : null;
  const label = m[0].slice(0, -1);
  return { number, suffix, label, chapter, paragraphs: [line.slice(m[0].length).trim()] };
}

function clean(line: string): string {
  return line.replace(/\u200B/g, '').trim();
}

/** Collapses the spaced-out and full-width-spaced headings (第一章　总  则) to single spaces. */
function tidyHeading(s: string): string {
  return s.replace(/[\s\u3000]+/g, ' ').trim();
}

function pad(s: string | undefined): string {
  return (s ?? '').padStart(2, '0');
}

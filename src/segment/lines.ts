import type { Line, LineKind } from './types.ts';

// Line classification: what each non-empty line of a newsletter is, judged from the line alone.
// The segmenter then reads the sequence of kinds. Patterns are written for the genre (Chinese law-
// firm monthlies, bilingual weeklies, official reports), not for one publisher's layout.

const TOC_LINE = /(\.{3,}|…{2,}|·{3,}|\t)\s*(<b>)?\s*\d{1,3}\s*(<\/b>)?$/;
const SOURCE_LINE = /^[（(]\s*(来源|来源于|Source)\s*[:：]/i;
// `导读：…`, and the bracketed `【本期導讀】…` of Taiwan and Hong Kong newsletters (lines are
// classified as written, so traditional forms are listed too).
const GUIDE_LINE = /^(导读|導讀|导语|導語|编者按|編者按|本期导读|本期導讀|Summary)\s*[:：]|^[【\[]\s*(导读|導讀|导语|導語|编者按|編者按|本期导读|本期導讀)\s*[】\]]/;
const KEYWORDS_LINE = /^(关键词|关键字|Keywords?)\s*[:：]/i;
const COMMENT_LINE = /^([【\[]\s*(简评|点评|评论|律师点评|Comment)|(Our (take|view)|Comment|Analysis|Key takeaways?|Why it matters|What it means))\s*[:：]/i;
// An English newsletter's own voice: its introduction (`Welcome to the September edition…`, `In
// this issue…`) and its commentary sections (`Editorial`, `Looking ahead`). Not news items.
const INTRO_LINE = /^(Welcome to (the|our|this)\b|In this (issue|edition|month's|week's|quarter's)\b|This (issue|edition) (of|covers|looks)\b)/i;
const COMMENTARY_HEADING = /^(Editorial|Editor's note|Introduction|Overview|In this issue|Looking ahead|Outlook|Key takeaways|Takeaways|Our view|Conclusion|Key contacts|Contacts)$/i;
const MORE_LINK = /\s*[\\]?[(（]?\s*\[\\?[(（]?\s*(查看更多|阅读原文|More|Read more)\s*\\?[)）]?\]\(#?[^)]*\)\s*[\\]?[)）]?\s*$/i;
const MORE_ONLY = /^[(（]?\s*\[?\\?[(（]?\s*(查看更多|阅读原文|More|Read more)\s*\\?[)）]?\]?(\([^)]*\))?\s*[)）]?$/i;

const BOILERPLATE = [
  /^(免责声明|声明|特别声明|法律声明|Disclaimer)\s*[:：]/i,
  /This (Newsletter|publication|alert) has been prepared/i,
  /编写《[^》]+》的目的/,
  /^(Subscribe|扫码关注|关注(我们|公众号)|长按(识别|扫码))/i,
  /^(E-?mail|Email|Tel|Fax|电话|传真|邮箱|电子邮箱|咨询电话|联系方式|地址)\s*[:：]?/i,
  /不构成任何形式的法律意见/,
  /should not be relied on as legal advice/i,
];

const FURNITURE = [
  /^(NEWSLETTER|目\s*录|CONTENTS?)$/i,
  /^NO\.?\s*\d+$/i,
  /^第\s*\d+\s*期$/,
  /^\d{1,3}$/,
  /^-{3,}$|^\*{3,}$|^_{3,}$/,
  /^(www\.|https?:\/\/)\S+$/i,
  /^\[?(www\.|https?:\/\/)/i,
  // Cover dates and issue numbers: 2019 年 11 月刊, 2020.04, Nov 30 2019, 2023年10月第3期(总第3期)
  /^\d{4}\s*年\s*\d{1,2}\s*月(刊|号)?(第\s*\d+\s*期)?\s*(\(|（)?[^，。]{0,10}$/,
  /^\d{4}\s*[.\-/年]\s*\d{1,2}(\s*[.\-/月]\s*\d{1,2}\s*日?)?$/,
  /^[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}$/,
  /^\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}$/,
  // A web page's breadcrumb trail: `首頁 ＞ 出版品 ＞ 科技法律新知`, `Home > Enforcement`.
  /^(首页|首頁|主页|主頁|Home)\s*[>＞»›]/i,
  // A text table's rule: `------------+---------`.
  /^[-+|:= ]*[-=]{3,}[-+|:= ]*$/,
];

// Part headings: 第一部分…, 一、…, and the section names of this genre when they end the line
// (国内要闻 Domestic News, 境内前沿观察一：立法动向, 海外动态 Overseas News).
const PART_HEADING = [
  /^第[一二三四五六七八九十\d]+部分/,
  /^[一二三四五六七八九十]+[、．]\s*\S/,
  /^(境内|境外|国内|海外|国际|行业|地方|司法|执法|立法)[^，。；《]{0,14}(要闻|动态|新闻|观察[一二三四五六七八九十]*|速览|实践|案例)(\s*[:：].{0,30})?(\s+[A-Za-z][A-Za-z &]{2,40})?$/,
  /^[\u4E00-\u9FFF]{2,10}\s+(Domestic|Overseas|International|Industry|Legislative|Enforcement|Judicial|Regulatory)[A-Za-z ]{0,30}$/,
  /^(Domestic|Overseas|International|Industry) News$/i,
  // English section names in capitals: `ENFORCEMENT`, `LEGISLATIVE AND REGULATORY DEVELOPMENTS`.
  /^[A-Z][A-Z &,'’\-–/]{3,60}$/,
];
const GROUP_HEADING = /^[（(][一二三四五六七八九十]+[）)]/;
const SUB_HEADING = /^[（(]\d{1,2}[）)]\s*\S{1,20}$/;
const ENUMERATOR = /^(\d{1,2}\s*[.．、]\s*(?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]\s*|[一二三四五六七八九十]+、\s*)/;

const DATE_LEAD = [
  /^((\d{4}|[一二三四五六七八九〇零]{4})\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日/,
  /^\d{4}\s*年\s*\d{1,2}\s*月/,
  /^(On|As of|Since)\s+(\d{1,2}\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b/,
];
const SUB_CASE = /^(案例|案件|典型案例)[一二三四五六七八九十\d]{1,3}\s*[:：]/;

// A row of a text table, three cells or more: `22/05/2023 | Irish DPC | Ireland | 1.200.000.000`.
const TABLE_ROW = /^\|?[^|]+(\|[^|]*){2,}$/;

const SENTENCE_END = /[。！？；.!?;：:]$/;
const HEADING_MAX_CJK = 64;
const HEADING_MAX_LATIN = 220;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const rawLine of text.split('\n')) {
    const start = offset + (rawLine.length - rawLine.trimStart().length);
    const raw = rawLine.trim();
    offset += rawLine.length + 1;
    if (raw === '') continue;
    lines.push(classify(raw, { start, end: start + raw.length }));
  }
  return lines;
}

export function classify(raw: string, span: { start: number; end: number }): Line {
  const marked = /^#{1,6}\s/.test(raw) || /^\*\*[^*].*\*\*$/.test(raw) || /^<b>.*<\/b>$/i.test(raw);
  const bullet = /^[-*+•]\s+/.test(raw);
  const text = stripMarkup(raw);
  const english = isEnglish(text);
  const line: Line = {
    raw,
    text,
    span,
    kind: 'prose',
    sectionLevel: null,
    marked,
    english,
    dateLed: DATE_LEAD.some((re) => re.test(text)),
    bullet,
    subCase: SUB_CASE.test(text),
    subHeading: SUB_HEADING.test(text),
    tableRow: text.includes('|') && TABLE_ROW.test(text),
  };
  line.kind = kindOf(raw, line);
  if (line.kind === 'heading') line.sectionLevel = sectionLevel(text);
  return line;
}

function kindOf(raw: string, line: Line): LineKind {
  const t = line.text;
  if (t === '' || MORE_ONLY.test(t) || FURNITURE.some((re) => re.test(t))) return 'furniture';
  if (TOC_LINE.test(raw)) return 'toc';
  if (SOURCE_LINE.test(t) && /[）)]$/.test(t)) return 'source';
  if (GUIDE_LINE.test(t)) return 'guide';
  if (KEYWORDS_LINE.test(t)) return 'keywords';
  if (COMMENT_LINE.test(t)) return 'comment';
  if (BOILERPLATE.some((re) => re.test(t))) return 'boilerplate';
  if (line.english && (INTRO_LINE.test(t) || COMMENTARY_HEADING.test(t))) return 'intro';
  // A table's header row names columns; its data rows (figures, dates) are read as prose.
  if (line.tableRow) return /\d/.test(t) ? 'prose' : 'furniture';
  if (line.dateLed || line.subCase) return 'prose';
  return looksLikeHeading(t, line) ? 'heading' : 'prose';
}

// `Undertaking by Pelangi Fitness Pte. Ltd.`: a short English line ending on a company suffix has
// not ended a sentence.
const COMPANY_END = /\b(Ltd|Inc|Co|Corp|Pte|Plc|LLC|GmbH|AG|SA|S\.A|B\.V|N\.V|Bhd)\.$/;
const COMPANY_END_MAX = 100;

function looksLikeHeading(t: string, line: Line): boolean {
  if (/^#{1,6}\s/.test(line.raw)) return t.length <= (line.english ? HEADING_MAX_LATIN : HEADING_MAX_CJK * 2);
  if (line.english && t.length <= COMPANY_END_MAX && COMPANY_END.test(t)) return true;
  if (SENTENCE_END.test(t)) return false;
  if (line.english) return t.length <= HEADING_MAX_LATIN;
  // A Chinese headline is short and has no full stop inside; a long line without a final stop is
  // a paragraph whose end was lost.
  return t.replace(/\s/g, '').length <= HEADING_MAX_CJK && !/。/.test(t);
}

function sectionLevel(t: string): 1 | 2 | null {
  if (PART_HEADING.some((re) => re.test(t))) return 1;
  if (GROUP_HEADING.test(t)) return 2;
  return null;
}

// Every mark stripMarkup removes starts with one of these: most lines hold none, and skip its
// seven regexes.
const MARKUP_CHARS = /[#*+•<_\\-]/;

/** Removes markdown/HTML emphasis, heading marks, bullets and trailing "more" links. */
export function stripMarkup(raw: string): string {
  if (!MARKUP_CHARS.test(raw)) return removeMoreLink(raw).trim();
  const emphasis = raw
    .replace(/^#{1,6}\s+/, '')
    .replace(/^[-*+•]\s+/, '')
    .replace(/<\/?(b|strong|i|em|u|span)[^>]*>/gi, '')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1$2');
  return removeMoreLink(emphasis)
    .replace(/\\([()[\]*_#])/g, '$1')
    .trim();
}

// A "more" link is a markdown link, `[阅读原文](…)`: a line without `](` has none, and skips a regex
// that would otherwise be tried at every position of every line.
function removeMoreLink(s: string): string {
  return s.includes('](') ? s.replace(MORE_LINK, '') : s;
}

/** Removes a leading enumerator: `1. `, `（一）`, `(3) `, `二、`. */
export function stripEnumerator(t: string): string {
  return t.replace(ENUMERATOR, '').trim();
}

export function isEnglish(t: string): boolean {
  let latin = 0;
  let cjk = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (c >= 0x3400 && c <= 0x9fff) cjk++;
  }
  // Latin words are ~5 letters per CJK-character-equivalent of meaning.
  return latin > 0 && cjk * 4 < latin;
}

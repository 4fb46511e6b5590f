// The surface forms of dates in the genre, as raw matches that still lack a year where the text
// gives none. Year resolution, ranges and output live in date-scan.ts.
import dateWords from './data/date-words.json' with { type: 'json' };
import { Recent } from './recent.ts';

/** A date as written: `year` is null when the text gives none (`9月14日`, `June 22`). */
export interface RawDate {
  start: number;
  end: number;
  year: number | null;
  /** Years relative to the reference year (`今年` 0, `去年` -1), when the text says so. */
  relYear: number | null;
  month: number;
  day: number | null;
  /** The earlier date this one continues (`9月13日至22日`, `April 14 and April 15`). */
  joins: RawDate | null;
  joinKind: 'range' | 'list' | null;
}

const MONTHS: Record<string, number> = dateWords.months;

// ---- numerals: a local stand-in for the shared Chinese-number parser (only 1–31 and years) ----

const CJK_DIGITS: Record<string, number> = {
  '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** `14`, `１４`, `十四`, `二十`, `三十一` → number; year digits `二〇二三` read one by one. */
export function dateNumber(s: string): number | null {
  const ascii = toAsciiDigits(s);
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (/^[〇○零一二三四五六七八九]{4}$/.test(s)) {
    return Number([...s].map((c) => CJK_DIGITS[c]).join(''));
  }
  const m = /^([一二三])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return null;
  const [, tens, ten, ones] = m;
  if (!ten) return tens ? null : CJK_DIGITS[ones ?? ''] ?? null;
  return (tens ? (CJK_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CJK_DIGITS[ones] ?? 0) : 0);
}

// ---- patterns ----

const D = '[0-9０-９]';
// Taiwan writes Republic-of-China years (`民國111年`, `111年9月28日` = 2022): three digits from 100
// (2011 on), or any with 民國. Four-digit and CJK years come first in the alternation.
const CJK_YEAR = `(${D}{4}|[〇○零一二三四五六七八九]{4}|民[國国]\\s*${D}{2,3}|1[0-4]${D})`;
const ROC_YEAR = /^(?:民[國国]\s*)?(\d{2,3})$/;
const ROC_EPOCH = 1911;
const CJK_MONTH = `(${D}{1,2}|十[一二]?|[一二三四五六七八九])`;
const CJK_DAY = `(${D}{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])`;
const REL_YEARS: Record<string, number> = { 今年: 0, 本年: 0, 去年: -1, 上年: -1, 前年: -2, 明年: 1 };
const REL_YEAR = `(${Object.keys(REL_YEARS).join('|')})`;

const CJK_DATE = new RegExp(
  `(?<![0-9０-９])(?:(?:${REL_YEAR}|${CJK_YEAR}\\s*年)\\s*)?${CJK_MONTH}\\s*月(?:\\s*${CJK_DAY}\\s*[日号]|份)?`,
  'g',
);
const CJK_DAY_CONTINUATION = new RegExp(`^\\s*(至|到|~|～|－|-|—|–|、|和|及|与)\\s*${CJK_DAY}\\s*[日号]`, 'd');

const NUMERIC_YMD = /(?<![0-9０-９./\-])((?:19|20)\d{2})([-./／])(\d{1,2})\2(\d{1,2})(?![0-9]|\.\d)/g;
// `2020.04` issue dates; two-digit months only, so that `2023.5亿` is not a date.
const NUMERIC_YM = /(?<![0-9０-９./\-])((?:19|20)\d{2})([-./／])(\d{2})(?![0-9]|[-./]\d|\s*[%％万亿元倍])/g;
const NUMERIC_DMY = /(?<![0-9./\-])(\d{1,2})([-./])(\d{1,2})\2((?:19|20)\d{2})(?![0-9])/g;

const MONTH_NAME = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const ORD = '(?:st|nd|rd|th)?';
const EN_MONTH_FIRST = new RegExp(
  `\\b${MONTH_NAME}\\s+(\\d{1,2})${ORD}\\b(?:\\s*,?\\s*((?:19|20)\\d{2})\\b)?`,
  'gi',
);
const EN_DAY_FIRST = new RegExp(
  `\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH_NAME}(?![a-z])(?:\\s*,?\\s*((?:19|20)\\d{2})\\b)?`,
  'gi',
);
const EN_MONTH_YEAR = new RegExp(`\\b${MONTH_NAME}\\s*,?\\s+((?:19|20)\\d{2})\\b`, 'gi');
// `In May, the Shenzhen regulator fined…`: a month without day or year, after `in` only (a bare
// `May` is more often the verb); its year comes from the reference date like `9月`.
const EN_IN_MONTH = new RegExp(`(?<=\\b[Ii]n\\s{1,3})${MONTH_NAME}(?![a-z])(?!\\s*,?\\s*\\d)`, 'gi');
// Each English form contains a month name, and every name starts with one of these three letters
// (same `i` flag): text without any of them, most Chinese text, skips the three scans.
const MONTH_PREFIX = new RegExp([...new Set(Object.keys(MONTHS).map((m) => m.slice(0, 3)))].join('|'), 'i');
const EN_DAY_CONTINUATION = /^\s*(-|–|—|to|through|and)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?:\s*,?\s*((?:19|20)\d{2})\b)?/di;
const EN_DAY_BEFORE = /(?<![\d.,])(\d{1,2})(?:st|nd|rd|th)?\s*(-|–|—|to|and)\s*$/di;

const RANGE_WORDS = new Set(['至', '到', '~', '～', '－', '-', '—', '–', 'to', 'through', 'until']);
const JOINER = /^\s*(至|到|~|～|－|-|—|–|、|和|及|与|or|and|to|through|until)\s*$/i;

function raw(start: number, end: number, year: number | null, month: number, day: number | null): RawDate {
  return { start, end, year, relYear: null, month, day, joins: null, joinKind: null };
}

function monthName(s: string): number | null {
  // Lower-case `may`/`march` are verbs far more often than months.
  if (s === s.toLowerCase()) return null;
  return MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? null;
}

function cjkDates(text: string): RawDate[] {
  // Every CJK_DATE match holds 月: English text and undated items need no run of the pattern.
  if (!text.includes('月')) return [];
  const out: RawDate[] = [];
  for (const m of text.matchAll(CJK_DATE)) {
    const [whole, rel, y, mo, d] = m;
    const month = dateNumber(mo ?? '');
    const day = d === undefined ? null : dateNumber(d);
    if (month === null || (d !== undefined && day === null)) continue;
    const roc = y === undefined ? null : ROC_YEAR.exec(toAsciiDigits(y));
    const year = y === undefined ? null : roc ? Number(roc[1]) + ROC_EPOCH : dateNumber(y);
    const start = m.index;
    // A bare Chinese-numeral month (`三月`) or the tail of `1-3月` is too often not a date.
    if (year === null && rel === undefined && day === null) {
      if (/^[一二三四五六七八九十]/.test(whole) || /[-—~～至到、]/.test(lastNonSpace(text, start))) continue;
    }
    const r = raw(start, start + whole.length, year, month, day);
    if (rel !== undefined) r.relYear = REL_YEARS[rel] ?? 0;
    out.push(r);
  }
  return out;
}

/** The last character before `end` that is not white space (as trimEnd sees it), or ''. */
function lastNonSpace(text: string, end: number): string {
  let i = end - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i >= 0 ? text[i]! : '';
}

function numericDates(text: string, dayFirst: boolean): RawDate[] {
  const out: RawDate[] = [];
  for (const m of text.matchAll(NUMERIC_YMD)) {
    out.push(raw(m.index, m.index + m[0].length, Number(m[1]), Number(m[3]), Number(m[4])));
  }
  for (const m of text.matchAll(NUMERIC_YM)) {
    out.push(raw(m.index, m.index + m[0].length, Number(m[1]), Number(m[3]), null));
  }
  for (const m of text.matchAll(NUMERIC_DMY)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    // Dots (`14.09.2023`) are always day first; slashes follow the document's habit.
    const first = m[2] === '.' || a > 12 || (dayFirst && b <= 12);
    out.push(raw(m.index, m.index + m[0].length, Number(m[4]), first ? b : a, first ? a : b));
  }
  return out;
}

function englishDates(text: string): RawDate[] {
  const out: RawDate[] = [];
  if (!MONTH_PREFIX.test(text)) return out;
  for (const m of text.matchAll(EN_MONTH_FIRST)) {
    const month = monthName(m[1] ?? '');
    if (month !== null) out.push(raw(m.index, m.index + m[0].length, m[3] ? Number(m[3]) : null, month, Number(m[2])));
  }
  for (const m of text.matchAll(EN_DAY_FIRST)) {
    const month = monthName(m[2] ?? '');
    if (month !== null) out.push(raw(m.index, m.index + m[0].length, m[3] ? Number(m[3]) : null, month, Number(m[1])));
  }
  for (const m of text.matchAll(EN_MONTH_YEAR)) {
    const month = monthName(m[1] ?? '');
    if (month !== null) out.push(raw(m.index, m.index + m[0].length, Number(m[2]), month, null));
  }
  for (const m of text.matchAll(EN_IN_MONTH)) {
    const month = monthName(m[1] ?? '');
    if (month !== null) out.push(raw(m.index, m.index + m[0].length, null, month, null));
  }
  return out;
}

/**
 * How to read an ambiguous `03/04/2021`: the document's own unambiguous dates decide (a
 * `14/09/2023` anywhere means day first); failing that, English month-first writing (`April 26`)
 * means the US order; otherwise day first, the order of Europe and most of the world.
 */
function prefersDayFirst(text: string, en: readonly RawDate[], documentHabit: boolean | null = null): boolean {
  const numeric = numericHabit(text);
  if (numeric !== null) return numeric;
  // An item's text is short: the whole document's habit (a US round-up writes `Jan. 14, 2025`
  // elsewhere) decides before the item's own few words do.
  if (documentHabit !== null) return documentHabit;
  return wordHabit(text, en) ?? true;
}

/** Day first (true) or month first (false) by the unambiguous numeric dates, or null on a tie. */
function numericHabit(text: string): boolean | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.matchAll(NUMERIC_DMY)) {
    if (Number(m[1]) > 12) dayFirst++;
    else if (Number(m[3]) > 12) monthFirst++;
  }
  return dayFirst === monthFirst ? null : dayFirst > monthFirst;
}

/** Month-first words (`April 26`) mean the US order; day-first words or a tie, not. */
function wordHabit(text: string, en: readonly RawDate[]): boolean | null {
  const monthFirstWords = en.filter((r) => /^[A-Za-z]/.test(text.slice(r.start, r.end)) && r.day !== null).length;
  const dayFirstWords = en.filter((r) => /^\d/.test(text.slice(r.start, r.end))).length;
  if (monthFirstWords === 0 && dayFirstWords === 0) return null;
  return monthFirstWords <= dayFirstWords;
}

/**
 * How a whole document writes ambiguous numeric dates: true for day first, false for month first,
 * null when it has neither unambiguous numeric dates nor English dates with a day.
 */
export function documentDayFirst(text: string): boolean | null {
  if (!/\d[./]\d{1,2}[./](?:19|20)\d{2}/.test(text) && !MONTH_PREFIX.test(text)) return null;
  return numericHabit(text) ?? wordHabit(text, englishDates(text));
}

/**
 * Of overlapping matches keeps the one with a year, then the longer: in `NO. 13 Nov 30 2019` the
 * date is `Nov 30 2019`, not `13 Nov`.
 */
function dropOverlaps(found: RawDate[]): RawDate[] {
  const rank = (r: RawDate): number => (r.year !== null ? 1000 : 0) + (r.end - r.start);
  const kept: RawDate[] = [];
  for (const r of [...found].sort((a, b) => rank(b) - rank(a) || a.start - b.start)) {
    if (kept.every((k) => r.end <= k.start || r.start >= k.end)) kept.push(r);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** `9月13日至22日`, `9 月 26 日、27 日`, `September 13-22, 2023`, `13 to 22 September`. */
function addContinuations(text: string, dates: RawDate[]): RawDate[] {
  const out: RawDate[] = [];
  for (const [i, r] of dates.entries()) {
    const dayFirstEnglish = /^\d/.test(text.slice(r.start, r.end)) && !/[日号]$/.test(text.slice(r.start, r.end));
    const from = Math.max(out[out.length - 1]?.end ?? 0, r.start - 12);
    const back = dayFirstEnglish ? EN_DAY_BEFORE.exec(text.slice(from, r.start)) : null;
    if (back?.indices?.[1]) {
      const [s, e] = back.indices[1];
      const first = raw(from + s, from + e, r.year, r.month, Number(back[1]));
      out.push(first);
      join(r, first, back[2]);
    }
    out.push(r);
    // Only `9月13日` and a yearless `September 13` can be continued by a bare day.
    const written = text.slice(r.start, r.end);
    const isCjk = /[日号]$/.test(written);
    if (r.day === null || !(isCjk || /^[A-Za-z][^\d]*\d{1,2}[a-z]*$/.test(written))) continue;
    const cont = (isCjk ? CJK_DAY_CONTINUATION : EN_DAY_CONTINUATION).exec(text.slice(r.end));
    const day = cont ? dateNumber(cont[2] ?? '') : null;
    const at = cont?.indices?.[2];
    const nextStart = dates[i + 1]?.start ?? Infinity;
    if (!cont || day === null || !at || r.end + cont[0].length > nextStart) continue;
    const year = !isCjk && cont[3] ? Number(cont[3]) : r.year;
    if (r.year === null) r.year = year;
    const next = raw(r.end + at[0], r.end + cont[0].length, year, r.month, day);
    next.relYear = r.relYear;
    join(next, r, cont[1]);
    out.push(next);
  }
  return out;
}

function join(later: RawDate, earlier: RawDate, word: string | undefined): void {
  later.joins = earlier;
  later.joinKind = RANGE_WORDS.has((word ?? '').toLowerCase()) ? 'range' : 'list';
}

/** Links neighbours written as one range or list: `2019年12月1日至2020年1月31日`. */
function linkNeighbours(text: string, dates: RawDate[]): void {
  for (let i = 1; i < dates.length; i++) {
    const a = dates[i - 1];
    const b = dates[i];
    if (!a || !b || b.joins) continue;
    const gap = JOINER.exec(text.slice(a.end, b.start));
    if (!gap) continue;
    join(b, a, gap[1]);
  }
}

/** Every date-like mention in text order, years as written (null where the text gives none). */
export function rawDates(text: string, documentHabit: boolean | null = null): RawDate[] {
  // Copies: scanDates fills in years.
  const variant = documentHabit === null ? null : String(documentHabit);
  return copyDates(recentDates.get(text, variant, () => readRawDates(text, documentHabit)));
}

// One item's text is read for its event date, deadline, effective date and status.
const recentDates = new Recent<RawDate[]>();

function readRawDates(text: string, documentHabit: boolean | null): RawDate[] {
  // englishDates is pure, so prefersDayFirst may read the same list that is kept.
  const en = englishDates(text);
  const found = dropOverlaps([...cjkDates(text), ...numericDates(text, prefersDayFirst(text, en, documentHabit)), ...en]);
  const dates = addContinuations(text, found);
  linkNeighbours(text, dates);
  return dates;
}

/** Copies of `dates` whose `joins` point at the copies. */
function copyDates(dates: readonly RawDate[]): RawDate[] {
  const copies = new Map<RawDate, RawDate>();
  const copy = (r: RawDate): RawDate => {
    let c = copies.get(r);
    if (!c) {
      c = { ...r };
      copies.set(r, c);
      if (r.joins) c.joins = copy(r.joins);
    }
    return c;
  };
  return dates.map(copy);
}

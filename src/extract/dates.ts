// Dates in Chinese and English newsletter text: every mention, the cover date of an issue, and
// (in event-date.ts) the date an item is about.
import type { Found, IsoDate } from './types.ts';
import { documentDayFirst } from './date-patterns.ts';
import { DEFAULT_MAX_DAYS_AFTER, scanDates, type DateMention, type ScanOptions } from './date-scan.ts';

export { inferYear, DEFAULT_MAX_DAYS_AFTER } from './date-scan.ts';
export type { DateMention, DateHit, ScanOptions } from './date-scan.ts';
export { eventDate } from './event-date.ts';
export { documentDayFirst } from './date-patterns.ts';

/**
 * Every date in `text`, in text order. Forms: `2023年9月14日`, `2023 年 11 月 1 日`, `2023年10月`,
 * `9月14日`, `二〇二三年九月十四日`, `今年10月31日`, `2023-09-14`, `2023.09.14`, `2023/9/14`,
 * `2020.04`, `April 26, 2021`, `13 April 2021`, `Nov 30 2019`, `June 22`, `September 2020`,
 * `14/09/2023`. Both ends of ranges and lists (`9月13日至22日`, `9 月 26 日、27 日`).
 *
 * A date written without a year takes it from the other end of its range, else from
 * `referenceDate` (see inferYear); when neither can give one the mention is left out, because an
 * IsoDate cannot be written without a year. A year alone (`2016年以来`) is never a mention.
 *
 * `14/09/2023` style: day first when the first number is over 12, month first when the second
 * is; when both are 12 or less the document's other dates decide (see prefersDayFirst), and
 * day first is the default. Dotted `14.09.2023` is always day first.
 */
export function findDates(text: string, referenceDate: IsoDate | null, options: ScanOptions = {}): Found<DateMention>[] {
  return scanDates(text, referenceDate, options).map(({ value, span, text: written }) => ({ value, span, text: written }));
}

const COVER_LINES = 40;
// Cover lines are short (`Nov 30 2019`, `2019 年 11 月刊`, `2023年10月20日`); longer lines are
// already body text whose dates are events, not the issue.
const COVER_LINE_MAX = 40;

// A masthead and its date are often laid out as columns of one line (`ASIA TECH POLICY WIRE     Thursday,
// 28 September 2023`, `Published 13 October 2023 | Privacy, Cyber & Data`): each column is a cover line.
// A news page's timestamp ends the date with a time of day (`March 4, 2024 7:15 AM GMT+8 Updated 2 hours
// ago`): the date is a cell of its own.
const COLUMN_GAP = /\s{3,}|\s[|·•]\s|\s+(?=\d{1,2}:\d{2}\b)/;

function coverCells(line: string): string[] {
  return COLUMN_GAP.test(line) ? line.split(COLUMN_GAP).map((c) => c.trim()) : [line];
}

/**
 * The cover date of a newsletter: the most precise date written with its year on the short lines
 * among its first 40 non-empty lines, the first one on ties. Null when the cover has none.
 */
export function findIssueDate(text: string, dayFirst: boolean | null = documentDayFirst(text)): IsoDate | null {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '').slice(0, COVER_LINES);
  let best: DateMention | null = null;
  for (const cell of lines.flatMap(coverCells)) {
    if ([...cell].length > COVER_LINE_MAX) continue;
    // `Posted 4/2/2025` on a US blog is 2 April: the cover cell alone cannot tell, its document can.
    for (const { value, span } of scanDates(cell, null, { dayFirst })) {
      // A short line of the body may hold a date ahead of the issue (`…将于2026年8月2日起适用。`).
      if (value.yearInferred || isBoundOrTitled(cell, span)) continue;
      if (best === null || (value.precision === 'day' && best.precision !== 'day')) best = value;
    }
  }
  return best?.date ?? null;
}

/**
 * The date a document's yearless dates are read against: its cover date, else the middle one of the
 * dates it writes with their year (a digest without a dated cover still dates its items `3月1日…
 * 截止日期为2024年3月31日`). The median keeps background years (`2016年11月7日通过`) and far
 * effective dates from moving it. Null when the text writes no year at all.
 */
export function findReferenceDate(text: string, dayFirst: boolean | null = documentDayFirst(text)): IsoDate | null {
  const cover = findIssueDate(text, dayFirst);
  if (cover !== null) return cover;
  // The years in a title (`《…三年行动计划（2024—2026年）》`) say nothing of when the text was written.
  const written = scanDates(text, null, { dayFirst }).filter((h) => !h.value.yearInferred && !inTitle(text, h.span.start));
  const days = written.filter((h) => h.value.precision === 'day');
  const dates = (days.length > 0 ? days : written).map((h) => h.value.date).sort();
  return dates[Math.floor((dates.length - 1) / 2)] ?? titleYear(text);
}

const BOUND_BEFORE = /(?:截止|截至|至|到|前|自|从|until|by|before|from)\s*(?:时间|日期)?\s*(?:为|是)?\s*$/iu;
const BOUND_AFTER = /^\s*(?:起|前|止|以前|之前|之后|后|生效|施行|实施|适用)/u;

/** A deadline or start date (`截止时间为2025年4月27日`, `2026年8月2日起适用`), or a date inside a title. */
function isBoundOrTitled(text: string, span: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, span.start - 8), span.start);
  return BOUND_BEFORE.test(before) || BOUND_AFTER.test(text.slice(span.end, span.end + 4)) || inTitle(text, span.start);
}

function inTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  return open >= 0 && text.lastIndexOf('》', at) < open && at - open < 80;
}

// `关于侵害用户权益行为的APP通报（2024年第2批）`: a title that gives only its year still dates its
// `3月8日`. The reference is put DEFAULT_MAX_DAYS_AFTER days before the year's end, so that inferYear
// places every month-day of the text in that year.
const TITLE_YEAR = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/;
const TITLE_LINES = 3;

function titleYear(text: string): IsoDate | null {
  const head = text.split('\n').filter((l) => l.trim() !== '').slice(0, TITLE_LINES).join('\n');
  const m = TITLE_YEAR.exec(head);
  if (!m) return null;
  const end = Date.UTC(Number(m[1]), 11, 31) - DEFAULT_MAX_DAYS_AFTER * 86_400_000;
  return new Date(end).toISOString().slice(0, 10);
}


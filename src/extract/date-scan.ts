// Turns raw date matches into ISO dates: years taken from the text where it gives them, from the
// other end of a range, or inferred from a reference date.
import type { Found, IsoDate } from './types.ts';
import { rawDates, type RawDate } from './date-patterns.ts';

export interface DateMention {
  date: IsoDate;
  /** 'year' is reserved: a year alone is never returned, as IsoDate needs at least a month. */
  precision: 'day' | 'month' | 'year';
  /** True when the year is not in the text and came from the reference date. */
  yearInferred: boolean;
}

/** A mention plus how it continues the mention just before it (`至` → range, `、` → list). */
export interface DateHit extends Found<DateMention> {
  joinKind: 'range' | 'list' | null;
}

export interface ScanOptions {
  /** How far after the reference an inferred date may fall; see inferYear. */
  maxDaysAfter?: number;
  /** The document's order for ambiguous numeric dates (documentDayFirst). */
  dayFirst?: boolean | null;
}

/**
 * Newsletters report events up to their cover date and mention a few dates after it (deadlines,
 * effective dates); two months covers a typical 30–60 day comment period counted from the item.
 */
export const DEFAULT_MAX_DAYS_AFTER = 62;

const DAY_MS = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day number of a reference date; a month-only reference (`2021-04`) counts as its last day. */
function referenceDay(ref: IsoDate): { year: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(ref);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] ? Number(m[3]) : daysInMonth(year, month);
  return { year, day: Date.UTC(year, month - 1, day) / DAY_MS };
}

/**
 * The year for a month-day written without one: the latest occurrence that falls no more than
 * `maxDaysAfter` days after the reference. So a December date in a January issue belongs to the
 * previous year, and a January date read on 30 December to the next. `day` null means a whole
 * month (`9月`), placed at mid-month. Null without a usable reference.
 */
export function inferYear(
  month: number,
  day: number | null,
  referenceDate: IsoDate | null,
  maxDaysAfter: number = DEFAULT_MAX_DAYS_AFTER,
): number | null {
  const ref = referenceDate === null ? null : referenceDay(referenceDate);
  if (!ref) return null;
  const d = day ?? 15;
  for (let year = ref.year + 1; year >= ref.year - 4; year--) {
    if (d > daysInMonth(year, month)) continue; // 29 February
    if (Date.UTC(year, month - 1, d) / DAY_MS - ref.day <= maxDaysAfter) return year;
  }
  return null;
}

function compareMonthDay(a: RawDate, b: RawDate): number {
  return a.month - b.month || (a.day ?? 0) - (b.day ?? 0);
}

/** A range or list written once with a year gives it to both ends. */
function shareYears(dates: RawDate[]): void {
  for (const b of dates) {
    const a = b.joins;
    if (!a) continue;
    if (a.year === null && b.year !== null && a.relYear === null) {
      a.year = compareMonthDay(a, b) > 0 ? b.year - 1 : b.year;
    }
  }
}

interface Year {
  year: number;
  inferred: boolean;
}

function resolveYear(r: RawDate, resolved: Map<RawDate, Year>, ref: IsoDate | null, maxDaysAfter: number): Year | null {
  if (r.year !== null) return { year: r.year, inferred: false };
  const earlier = r.joins ? resolved.get(r.joins) : undefined;
  if (r.joins && earlier) {
    return { year: compareMonthDay(r, r.joins) < 0 ? earlier.year + 1 : earlier.year, inferred: earlier.inferred };
  }
  const refYear = ref === null ? null : Number(ref.slice(0, 4));
  if (r.relYear !== null) return refYear === null ? null : { year: refYear + r.relYear, inferred: true };
  const year = inferYear(r.month, r.day, ref, maxDaysAfter);
  return year === null ? null : { year, inferred: true };
}

export function iso(year: number, month: number, day: number | null): IsoDate {
  const mm = String(month).padStart(2, '0');
  return day === null ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

function isValid(year: number, month: number, day: number | null): boolean {
  if (year < 1900 || year > 2099 || month < 1 || month > 12) return false;
  return day === null || (day >= 1 && day <= daysInMonth(year, month));
}

/**
 * All dates in `text`, in text order, with their joins. Month-day dates whose year neither the text
 * nor the reference can give are left out: an IsoDate cannot be written without a year.
 */
export function scanDates(text: string, referenceDate: IsoDate | null, options: ScanOptions = {}): DateHit[] {
  const maxDaysAfter = options.maxDaysAfter ?? DEFAULT_MAX_DAYS_AFTER;
  const dates = rawDates(text, options.dayFirst ?? null);
  shareYears(dates);
  const hits: DateHit[] = [];
  const kept = new Map<RawDate, DateHit>();
  const years = new Map<RawDate, Year>();
  for (const r of dates) {
    const resolved = resolveYear(r, years, referenceDate, maxDaysAfter);
    if (!resolved) continue;
    years.set(r, resolved);
    if (!isValid(resolved.year, r.month, r.day)) continue;
    const previous = hits[hits.length - 1];
    const joined = r.joins !== null && previous !== undefined && kept.get(r.joins) === previous;
    const hit: DateHit = {
      value: { date: iso(resolved.year, r.month, r.day), precision: r.day === null ? 'month' : 'day', yearInferred: resolved.inferred },
      span: { start: r.start, end: r.end },
      text: text.slice(r.start, r.end),
      joinKind: joined ? r.joinKind : null,
    };
    hits.push(hit);
    kept.set(r, hit);
  }
  return hits;
}

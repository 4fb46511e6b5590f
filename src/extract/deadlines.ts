// Comment and rectification deadlines, and the dates instruments take effect. Both are told by
// the words around a date: `截止日期为5月26日`, `应在 9 月 13 日前完成整改`, `自2023年11月1日起施行`.
import type { ExtractContext, Found, IsoDate } from './types.ts';
import { scanDates, type DateHit } from './date-scan.ts';
import { eventDateHit } from './event-date.ts';

// Deadlines and effective dates come after the item's own date: counted from it, a yearless
// `6月22日` is the next such day, not last year's.
const DAYS_AFTER_ITEM = 300;
const CLAUSE_END = /[。；;\n]/;

/**
 * Dates read with the item's own date as reference when it has one (a deadline two months after
 * the item stays in the right year even in a January issue), else with the context's. A deadline
 * is always ahead, so it may look far ahead even from the context's date.
 */
function datesAfterItem(text: string, ctx: ExtractContext, alwaysAhead: boolean): DateHit[] {
  const lead = eventDateHit(text, ctx);
  const dayFirst = ctx.dayFirst ?? null;
  if (lead?.value.precision === 'day') return scanDates(text, lead.value.date, { maxDaysAfter: DAYS_AFTER_ITEM, dayFirst });
  return scanDates(text, ctx.referenceDate, alwaysAhead ? { maxDaysAfter: DAYS_AFTER_ITEM, dayFirst } : { dayFirst });
}

/** Text before `at` back to the clause start, at most `max` characters. */
function before(text: string, at: number, max: number): string {
  const s = text.slice(Math.max(0, at - max), at);
  const cut = Math.max(...[...s.matchAll(/[。；;\n]/g)].map((m) => m.index + 1), 0);
  return s.slice(cut);
}

function after(text: string, at: number, max: number): string {
  const s = text.slice(at, at + max);
  const m = CLAUSE_END.exec(s);
  return m ? s.slice(0, m.index) : s;
}

function found(hit: DateHit, value: IsoDate = hit.value.date): Found<IsoDate> {
  return { value, span: hit.span, text: hit.text };
}

// ---- deadlines ----

const DEADLINE_BEFORE = [
  /截止(?:日期|时间)\s*(?:均|统一)?\s*(?:为|是|至|到)?\s*[：:]?\s*$/,
  /(?:意见|反馈|征求|评论|建议|提交)[^。；\n]{0,12}?(?:截至|截止到|截止|至|到)\s*$/,
  /\bdeadline\b[^.;]{0,60}?\b(?:is|was|of|on|will be)\s*(?:on\s+)?$|\bdeadline\s*:\s*$/i,
  /\b(?:comments?|feedback|submissions?|advice|opinions?|views)\b[^.;]{0,60}?\b(?:by|before|until|no later than|due)\s*(?:on\s+)?$/i,
  /\brectif\w*[^.;]{0,60}?\b(?:by|before|until|no later than)\s*(?:on\s+)?$/i,
  /\bconsultation\b[^.;]{0,40}?\b(?:closes|ends|runs until|open until|until)\s*(?:on\s+)?$/i,
];
// `应在 9 月 13 日前完成整改`: a date then 前, about rectification or comments.
const BEFORE_WORD = /^\s*(?:之前|以前|前)(?!后)/;
const MONTH_END_BEFORE = /^\s*(?:底|末)\s*(?:之前|以前|前)/;
// `gave another 33 apps until 5 September to fix the problems found`.
const EN_UNTIL = /\b(?:until|by|before|no later than)\s*(?:on\s+)?$/i;
const EN_TO_FIX = /^\s*to\s+(?:fix|rectify|remedy|correct|comply|complete|respond|remove|delete)\b/i;
// Gold counts filing deadlines too (`…至2020年1月31日前完成…备案工作`).
const DEADLINE_TOPIC = /整改|意见|反馈|建议|评论|备案|完成|提交|报送|申报|comment|rectif|submi/i;
// `截止9月5日，尚有12款APP未按要求完成整改` reports a state, it sets no deadline.
const STATUS_AFTER = /^\s*[，,]?\s*(?:尚有|仍有|共|已|累计|全国|有|，?\s*[^，。]{0,6}累计)/;
// `征求意见时间为2023年9月15日至2023年10月15日`: the end of a comment period.
const PERIOD_BEFORE = /(?:征求意见|意见反馈|反馈意见|评论|comment(?:s|ing)?)[^。；.;]{0,12}?(?:时间|期限|期间|日期|period)?\s*(?:为|是|：|:|自|从|from|is)?\s*$/i;

function lastDayOfMonth(month: IsoDate): IsoDate {
  const [y, m] = month.split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 0, m ?? 0, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

function deadlineOf(text: string, hits: DateHit[], i: number): IsoDate | null {
  const hit = hits[i];
  if (!hit) return null;
  // English puts more words between the topic and the date (`Comments are invited through the
  // MyGov portal until 18 February 2025`); each pattern bounds its own gap.
  const pre = before(text, hit.span.start, 80);
  const post = after(text, hit.span.end, 30);
  if (hit.value.precision === 'month') {
    const window = before(text, hit.span.start, 30) + post;
    return MONTH_END_BEFORE.test(post) && DEADLINE_TOPIC.test(window) ? lastDayOfMonth(hit.value.date) : null;
  }
  if (DEADLINE_BEFORE.some((re) => re.test(pre)) && !STATUS_AFTER.test(post)) return hit.value.date;
  if (BEFORE_WORD.test(post) && DEADLINE_TOPIC.test(pre.slice(-30) + post)) return hit.value.date;
  if (EN_UNTIL.test(pre) && EN_TO_FIX.test(post)) return hit.value.date;
  const start = hits[i - 1];
  if (hit.joinKind === 'range' && start && PERIOD_BEFORE.test(before(text, start.span.start, 40))) return hit.value.date;
  return null;
}

/**
 * A comment or rectification deadline the text states (`截止日期为5月26日`, `应在 9 月 13 日前完成
 * 整改`, `The deadline is June 22`), as YYYY-MM-DD; `6月底前` gives the month's last day. When
 * several are stated, the first in the text. Relative deadlines (`15 个工作日内`) and status
 * cut-offs (`截止9月5日，尚有…`) give null.
 */
export function findDeadline(text: string, ctx: ExtractContext): Found<IsoDate> | null {
  const hits = datesAfterItem(text, ctx, true);
  for (let i = 0; i < hits.length; i++) {
    const date = deadlineOf(text, hits, i);
    const hit = hits[i];
    if (date && hit) return found(hit, date);
  }
  return null;
}

// ---- effective dates ----

const EFFECT_AFTER = [
  /^\s*(?:起|开始)?\s*(?:正式|全面)?\s*(?:施行|实施|生效)/,
  // `2022年8月1日《…》正式实施以来`, `9月24日，欧盟《数据治理法》全面施行`
  /^\s*[，,]?\s*[^，。；,;《]{0,12}《[^》]{1,80}》\s*(?:（[^）]{0,12}）)?\s*(?:正式|全面|开始)\s*(?:施行|实施|生效)/,
];
const EFFECT_BEFORE =
  /\b(?:(?:take|takes|took|taken|taking)\s+effect|(?:come|comes|came|coming)\s+into\s+(?:force|effect|operation)|(?:enter|enters|entered|entering)\s+into\s+force|(?:become|becomes|became)\s+effective|effective|in\s+force|appl(?:y|ies)\s+from)\s*(?:on|from|as\s+of)?\s*$/i;

/**
 * The date an instrument takes effect: `自2023年11月1日起施行`, `均自…起施行`, `将于2024年1月1日起
 * 正式实施`, `于10月12日生效`, `takes effect on 1 January 2024`. The first such date in the text.
 */
export function findEffectiveDate(text: string, ctx: ExtractContext): Found<IsoDate> | null {
  for (const hit of datesAfterItem(text, ctx, false)) {
    const post = after(text, hit.span.end, 120);
    if (EFFECT_AFTER.some((re) => re.test(post)) || EFFECT_BEFORE.test(before(text, hit.span.start, 40))) {
      return found(hit);
    }
  }
  return null;
}

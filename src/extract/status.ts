// Where an instrument stands: a draft for comment, issued but not yet in force, or in force. Told by
// the title itself (`（征求意见稿）`) and the words next to it (`就…征求意见`, `印发`, `全面施行`,
// `自2023年11月1日起施行` compared with the item's date).
import type { ExtractContext, Found, InstrumentStatus, IsoDate, Span } from './types.ts';
import { findEffectiveDate } from './deadlines.ts';
import { isHeadline } from './event-date.ts';
import { alternation, anyOf, wordsOf } from './cue-regex.ts';
import cues from './data/status-cues.json' with { type: 'json' };

export { findDeadline, findEffectiveDate } from './deadlines.ts';


const DRAFT_TITLE = anyOf(cues.draftInTitle, 'i');
const ZH = {
  draft: anyOf(cues.zh.draft),
  issued: anyOf(cues.zh.issued),
  effective: anyOf(cues.zh.effective),
  passed: /审议通过|表决通过/,
  citing: new RegExp(`(?:${alternation(cues.zh.citing)})\\s*$`),
  future: new RegExp(`(?:${alternation(cues.zh.future)})[^，。；]{0,20}$`),
  // What a 《title》 ends with when it names an instrument rather than a report or an app.
  titleHead: new RegExp(`(?:${alternation(cues.zh.instrumentHeads)})$`),
  // In running text a one-character head (`法`) would match `违法`, `方法`; only longer ones count.
  textHead: anyOf(cues.zh.instrumentHeads.filter((h) => h.length > 1)),
};
const EN = {
  draft: wordsOf(cues.en.draft),
  issued: wordsOf(cues.en.issued),
  effective: wordsOf(cues.en.effective),
  future: wordsOf(cues.en.future),
  head: wordsOf(cues.en.instrumentHeads),
};
// Global twins of the issue verbs, for issuedCue to walk through every one of them.
const ISSUED_ALL = {
  zh: new RegExp(ZH.issued.source, `${ZH.issued.flags}g`),
  en: new RegExp(EN.issued.source, `${EN.issued.flags}g`),
};
const CLAUSE_END = /[。；;\n]/;
const COMMA = /[，,]/;

// ---- one titled instrument ----

const MAX_TITLE = 160;

/**
 * The 《 and 》 around a title span, whether or not the span includes them. A title may be broken
 * by a PDF line end but never crosses a sentence end.
 */
function brackets(text: string, span: Span): { open: number; close: number } | null {
  const open = text[span.start] === '《' ? span.start : text.lastIndexOf('《', span.start);
  if (open < 0) return null;
  let depth = 0;
  for (let j = open; j < Math.min(text.length, open + MAX_TITLE); j++) {
    if (text[j] === '《') depth++;
    else if (text[j] === '》' && --depth === 0) return { open, close: j + 1 };
    else if (/[。；;]/.test(text[j] ?? '')) return null;
  }
  return null;
}

/** The words before `open` within its comma clause, with a run of titles just before it removed. */
function clauseBefore(text: string, open: number): string {
  const s = text.slice(Math.max(0, open - 30), open);
  const cut = Math.max(...[...s.matchAll(/[。；;\n，,]/g)].map((m) => m.index + 1), 0);
  // `印发《A》《B》`, `依据《网络安全法》《个人信息保护法》`: B shares A's verb.
  return s.slice(cut).replace(/(?:《[^《》]*》[、和及与\s]*)+$/, '');
}

function sentenceAfter(text: string, close: number, max: number): string {
  const s = text.slice(close, close + max);
  const m = CLAUSE_END.exec(s);
  return m ? s.slice(0, m.index) : s;
}

function compareDates(a: IsoDate, b: IsoDate): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n) ? -1 : a.slice(0, n) > b.slice(0, n) ? 1 : 0;
}

/**
 * In force or only issued, from an effect phrase: a stated date later than the item's date, or
 * wording about the future (`将于`), means not yet in force. An unknown item date counts as issued.
 */
function effectOrIssued(phrase: string, effectDate: IsoDate | null, itemDate: IsoDate | null): InstrumentStatus {
  if (effectDate !== null) return itemDate !== null && compareDates(effectDate, itemDate) <= 0 ? 'effective' : 'issued';
  return ZH.future.test(phrase) || EN.future.test(phrase) ? 'issued' : 'effective';
}

/** The effect phrase right after a title: `》全面施行`, `》正式实施以来`, `》，均自…起施行`. */
function effectAfter(rest: string, itemDate: IsoDate | null): InstrumentStatus | null {
  const first = rest.split(COMMA)[0] ?? '';
  const near = first.length <= 16 ? first : '';
  const m = ZH.effective.exec(near) ?? ZH.effective.exec(rest);
  if (!m) return null;
  const phrase = rest.slice(0, m.index + m[0].length);
  const date = findEffectiveDate(phrase, { referenceDate: itemDate, sectionPath: [] });
  if (!date && m.index > 16) return null; // a `施行` further on belongs to something else
  return effectOrIssued(phrase, date?.value ?? null, itemDate);
}

/**
 * Status of the instrument whose 《title》 is at `titleSpan` (with or without the brackets), from
 * the title and the words around it; null when they say nothing (`根据《网络安全法》第五十九条`).
 * Order: a draft title; in force or not from an effect phrase; draft cues; issue verbs.
 */
export function instrumentStatus(text: string, titleSpan: Span, itemDate: IsoDate | null): InstrumentStatus | null {
  const b = brackets(text, titleSpan);
  if (!b) return null;
  const title = text.slice(b.open + 1, b.close - 1);
  const rest = sentenceAfter(text, b.close, 60);
  const nearRest = rest.split(COMMA)[0] ?? '';
  if (DRAFT_TITLE.test(title) || /^\s*[（(]?\s*(?:征求意见稿|草案|送审稿)/.test(rest)) return 'draft';
  const words = clauseBefore(text, b.open);
  if (ZH.citing.test(words)) return null;
  const effect = effectAfter(rest, itemDate);
  if (effect) return effect;
  if (ZH.passed.test(words) || /^\s*(?:审议|表决)?通过/.test(nearRest)) return 'issued';
  if (ZH.draft.test(words) || ZH.draft.test(rest.slice(0, 30))) return 'draft';
  if (ZH.issued.test(words) || ZH.issued.test(nearRest.slice(0, 8))) return 'issued';
  return null;
}

// ---- the item's main instrument ----

/** Offsets of top-level 《…》 titles. */
function titleSpans(text: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf('《'); i >= 0; ) {
    const b = brackets(text, { start: i, end: i + 1 });
    if (b) out.push({ start: b.open, end: b.close });
    i = text.indexOf('《', b ? b.close : i + 1);
  }
  return out;
}

/** The headline lines and the first sentence of the body: where the main instrument is named. */
function leadEnd(text: string): number {
  let at = 0;
  for (const line of text.split('\n')) {
    // `### **3. ` numbering is not a sentence end, and a headline may exclaim (`关注数据安全！…`).
    const skip = /^[\s#>*-]*(?:[（(]?[\d一二三四五六七八九十]{1,3}[.、．)）]\s*)?/.exec(line)?.[0].length ?? 0;
    const body = line.slice(skip);
    const stop = isHeadline(body) ? null : /[。！？]|[.!?](?=\s|$)/.exec(body);
    if (stop) return at + skip + stop.index + 1;
    at += line.length + 1;
  }
  return text.length;
}

function cue(text: string, re: RegExp, from: number, to: number): Span | null {
  const m = re.exec(text.slice(from, to));
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
}

function foundAt(text: string, value: InstrumentStatus, span: Span): Found<InstrumentStatus> {
  return { value, span, text: text.slice(span.start, span.end) };
}

function isInstrumentTitle(title: string): boolean {
  const head = title.replace(/(?:\s*[（(][^（）()]*[）)])+\s*$/, '').trim();
  return ZH.titleHead.test(head) || EN.head.test(head);
}

/**
 * An issue verb counts only when what follows in its clause names an instrument: `公布立法规划`,
 * `published the Guidelines on…`, but not `发布新闻称`, `issued a statement`, `公布…和解协议`.
 */
function issuedCue(text: string, end: number): Span | null {
  for (const [all, head, reach] of [[ISSUED_ALL.zh, ZH.textHead, 30], [ISSUED_ALL.en, EN.head, 80]] as const) {
    for (const m of text.slice(0, end).matchAll(all)) {
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + reach).split(/[，。；,.;]/)[0] ?? '';
      if (ZH.passed.test(m[0]) || head.test(rest)) return { start: m.index, end: m.index + m[0].length };
    }
  }
  return null;
}

const earliest = (...spans: (Span | null)[]): Span | null =>
  spans.reduce<Span | null>((a, b) => (b && (!a || b.start < a.start) ? b : a), null);

/**
 * Without a titled instrument (English text, `个人信息保护法草案`): the lead's own wording. The
 * first cue wins (`公布立法规划，包含…法律草案` is issued), except that a draft named in the same
 * clause as the verb makes a draft (`issued the Interim Regulations (Exposure Draft)`).
 */
function leadWording(text: string, itemDate: IsoDate | null): Found<InstrumentStatus> | null {
  const end = leadEnd(text);
  const draft = earliest(cue(text, ZH.draft, 0, end), cue(text, EN.draft, 0, end));
  const effect = earliest(cue(text, ZH.effective, 0, end), cue(text, EN.effective, 0, end));
  const issued = issuedCue(text, end);
  const first = earliest(draft, effect, issued);
  if (!first) return null;
  const clauseEnd = first.end + (/[，。；,;]|\.\s/.exec(text.slice(first.end))?.index ?? text.length);
  if (draft && (first === draft || draft.start < clauseEnd)) return foundAt(text, 'draft', draft);
  if (first === issued) return foundAt(text, 'issued', first);
  const phrase = text.slice(Math.max(0, first.start - 40), first.end + 40);
  const context = { referenceDate: itemDate, sectionPath: [] };
  // `… enters into force this summer` over `…, takes effect on July 31, 2025`: a headline's effect
  // phrase without a date takes the one its lead states.
  const date = findEffectiveDate(phrase, context) ?? findEffectiveDate(text.slice(0, end), context);
  return foundAt(text, effectOrIssued(phrase, date?.value ?? null, itemDate), first);
}

/**
 * The status of a legislation item's main instrument: the first 《title》 in the headline or lead
 * sentence whose words give a status, else the lead's own wording. An item issued with a stated
 * effective date on or before the item's date is in force.
 */
export function itemStatus(
  text: string,
  ctx: ExtractContext & { itemDate: IsoDate | null },
): Found<InstrumentStatus> | null {
  const itemDate = ctx.itemDate ?? ctx.referenceDate;
  const end = leadEnd(text);
  let result: Found<InstrumentStatus> | null = null;
  const titles = titleSpans(text).filter((s) => s.start < end && isInstrumentTitle(text.slice(s.start + 1, s.end - 1)));
  for (const span of titles) {
    const status = instrumentStatus(text, span, itemDate);
    if (status) {
      result = foundAt(text, status, span);
      break;
    }
  }
  result ??= leadWording(text, itemDate);
  if (result?.value !== 'issued' || itemDate === null) return result;
  const effective = findEffectiveDate(text.slice(0, text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end)), ctx);
  return effective && compareDates(effective.value, itemDate) <= 0 ? foundAt(text, 'effective', effective.span) : result;
}

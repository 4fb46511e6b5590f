import { findDates, findReferenceDate, type DateMention } from '../extract/dates.ts';
import { isAbbreviationDot } from '../extract/event-date.ts';
import { findMoney } from '../extract/money.ts';
import type { Found, Span } from '../extract/types.ts';
import type { Segment } from './types.ts';

// FORMAT.md: "an event inside a report that carries its own date … is an item of its own". Reports
// mention such events in a sentence of their own, introduced as a further or an earlier development:
// `另外，4月19日，信安标委也曾就两项推荐性国家标准…征求意见`, `此前，在4月14日与4月15日，已另有两家
// 房地产企业…被分别罚款25万`, `Earlier, on 3 March 2024, the FTC settled…`. Each such sentence becomes
// a child item of the report; in the report it is masked, so its date and fine are counted once.

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const ZH_DATE = '(?:(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}\\s*年\\s*\\d{1,2}\\s*月';
const EN_DATE = `(?:\\d{1,2}\\s+${MONTH}(?:,?\\s+\\d{4})?|${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)`;
const SUB_EVENT = new RegExp(
  [
    // A date that bounds something (`此外，3月5日起施行`, `…至3月31日`) is no event of its own.
    // `ICO此前于2024年8月发布的…通知`, `该公司曾于2021年3月被罚款…`: the subject may come first.
    `(?<=^|[。；]\\s*)(?:另外|此外|此前|此后|随后|其后|早在|[^，。；,;\\n]{1,12}?(?:此前|早前|曾))\\s*[，,]?\\s*(?:在|于)?\\s*(?:${ZH_DATE})(?!\\s*(?:起|前|以前|之前|至|到|以来|后|止|期间|份))`,
    `(?<=^|[.;]\\s+)(?:Earlier|Previously|Separately|In addition|Additionally|Furthermore|Moreover|Later)\\s*,?\\s+(?:on|in)\\s+${EN_DATE}(?!\\s*(?:to|until|through|[-–—])\\b)`,
  ].join('|'),
  'g',
);
const SENTENCE_END = /[。；]|[.;](?=\s|$)/;
const CONNECTIVE = /另外|此外|此前|此后|随后|其后|早在|早前|曾|Earlier|Previously|Separately|In addition|Additionally|Furthermore|Moreover|Later/;

// A penalty an item recounts from an earlier date, in a sentence of its own: `The PIPC's record
// remains the KRW 69.2 billion … it imposed on Google and Meta in September 2022`, `In its decision
// of 07/12/2021 the AP had fined the Tax Administration € 3.7 million`. It needs a sum (findMoney), a
// verb that imposes, and a date written with its year that is earlier than the date of the item's lead.
const IMPOSING = /\b(?:imposed|fined|fining|to fine|reached|settled|agreed to pay|ordered)\b|罚款|处罚|处以|罚没/;
// Sentences end at a full stop before a space, not after an abbreviation (`Art. 5`, see
// isAbbreviationDot); a PDF's footnote mark may follow the stop (`…Protection Law.6 The case…`).
const SENTENCE_STOP = /(?<=[A-Za-z)])\.\d{1,2}(?=\s)|[.;](?=\s|$)|[。；]/g;

/** The segments with each sub-event split off as a child of its report, renumbered in reading order. */
export function splitSubEvents(text: string, segs: readonly Segment[]): Segment[] {
  const rows: Array<{ seg: Segment; oldSeq: number | null; parentSeq: number | null; parentRow: number | null }> = [];
  // An item's lead may leave out its year (`In May, …`): it is read against the document's date.
  let reference: string | null | undefined;
  const referenceDate = (): string | null => (reference === undefined ? (reference = findReferenceDate(text)) : reference);
  for (const seg of segs) {
    const children = seg.columns ? [] : subEvents(text, seg, referenceDate);
    const report = rows.length;
    const masked = [...seg.masked, ...children.flatMap((c) => [...c.body, ...c.bodyEn])];
    rows.push({ seg: children.length > 0 ? { ...seg, masked } : seg, oldSeq: seg.seq, parentSeq: seg.parentSeq, parentRow: null });
    for (const child of children) rows.push({ seg: child, oldSeq: null, parentSeq: null, parentRow: report });
  }
  const moved = new Map(rows.flatMap((r, i) => (r.oldSeq === null ? [] : [[r.oldSeq, i] as const])));
  return rows.map((r, i) => ({
    ...r.seg,
    seq: i,
    parentSeq: r.parentRow ?? (r.parentSeq === null ? null : (moved.get(r.parentSeq) ?? null)),
  }));
}

// Table rows are one development each. A bilingual item's sub-events pair up in order, Chinese with
// English; when the two halves do not tell the same number, none is split off.
function subEvents(text: string, seg: Segment, referenceDate: () => string | null): Segment[] {
  const zh = sentences(text, seg.body, seg.span.start, referenceDate);
  const en = sentences(text, seg.bodyEn, seg.titleEnSpan?.start ?? seg.bodyEn[0]?.start ?? seg.span.start, referenceDate);
  if (seg.bodyEn.length > 0 && en.length !== zh.length) return [];
  return zh.map((span, k) => {
    const english = en[k];
    return {
      ...seg,
      seq: 0,
      parentSeq: null,
      title: null,
      titleSpan: null,
      titleEn: null,
      titleEnSpan: null,
      span: { start: span.start, end: english ? english.end : span.end },
      body: [span],
      bodyEn: english ? [english] : [],
      source: null,
      masked: [],
      commentary: null,
      subEvent: true,
    };
  });
}

/** The sub-event sentences of a part's paragraphs; the part's opening sentence is its lead, never one. */
function sentences(text: string, paragraphs: readonly Span[], from: number, referenceDate: () => string | null): Span[] {
  const out: Span[] = [];
  for (const [n, body] of paragraphs.entries()) {
    const para = text.slice(body.start, body.end);
    // Most paragraphs hold no connective: they skip the regex, which may start anywhere.
    if (!CONNECTIVE.test(para)) continue;
    for (const m of para.matchAll(SUB_EVENT)) {
      if (n === 0 && !SENTENCE_END.test(para.slice(0, m.index))) continue;
      const start = body.start + m.index;
      out.push({ start, end: sentenceEnd(text, start + m[0].length, body.end) });
    }
  }
  for (const span of earlierFines(text, paragraphs, from, referenceDate)) if (!out.some((o) => o.start < span.end && span.start < o.end)) out.push(span);
  return out.sort((a, b) => a.start - b.start);
}

/** `from`: where the item starts (its headline or dateline), which may date it before its body does. */
function earlierFines(text: string, paragraphs: readonly Span[], from: number, referenceDate: () => string | null): Span[] {
  const all = paragraphs.filter((p) => IMPOSING.test(text.slice(p.start, p.end))).flatMap((p) => splitSentences(text, p));
  if (all.length === 0) return [];
  const first = paragraphs[0] ? splitSentences(text, paragraphs[0])[0] : undefined;
  // The item's dates are read once: a date of the item before a sentence is its lead for that sentence.
  let dates: { written: Found<DateMention>[]; read: Found<DateMention>[] } | null = null;
  const leadBefore = (at: number): string | null => {
    if (dates === null) {
      const item = text.slice(from, paragraphs[paragraphs.length - 1]!.end);
      const shift = (d: Found<DateMention>): Found<DateMention> => ({ ...d, span: { start: d.span.start + from, end: d.span.end + from } });
      dates = { written: findDates(item, null).filter((d) => !d.value.yearInferred).map(shift), read: findDates(item, referenceDate()).map(shift) };
    }
    const before = (d: Found<DateMention>) => d.span.end <= at;
    return (dates.written.find(before) ?? dates.read.find(before))?.value.date ?? null;
  };
  return all.filter((span) => {
    if (first && span.start <= first.start) return false;
    const sentence = text.slice(span.start, span.end);
    if (!IMPOSING.test(sentence) || findMoney(sentence).length === 0) return false;
    const date = firstYearDate(sentence);
    if (date === null) return false;
    const lead = leadBefore(span.start);
    return lead !== null && date.slice(0, 7) < lead.slice(0, 7);
  });
}

function splitSentences(text: string, para: Span): Span[] {
  const out: Span[] = [];
  let start = para.start;
  const body = text.slice(para.start, para.end);
  for (const m of body.matchAll(SENTENCE_STOP)) {
    if (m[0] === '.' && isAbbreviationDot(body, m.index)) continue;
    const end = para.start + m.index + m[0].length;
    if (text.slice(start, end).trim() !== '') out.push(trimmed(text, { start, end }));
    start = end;
  }
  if (text.slice(start, para.end).trim() !== '') out.push(trimmed(text, { start, end: para.end }));
  return out;
}

function trimmed(text: string, span: Span): Span {
  const s = text.slice(span.start, span.end);
  return { start: span.start + (s.length - s.trimStart().length), end: span.end - (s.length - s.trimEnd().length) };
}

/** The first date the sentence writes with its year (yearless ones cannot be compared). */
function firstYearDate(sentence: string): string | null {
  return findDates(sentence, null).find((d) => !d.value.yearInferred)?.value.date ?? null;
}

function sentenceEnd(text: string, from: number, limit: number): number {
  const m = SENTENCE_END.exec(text.slice(from, limit));
  return m ? from + m.index + m[0].length : limit;
}

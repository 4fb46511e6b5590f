import type { Span } from '../extract/types.ts';
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

/** The segments with each sub-event split off as a child of its report, renumbered in reading order. */
export function splitSubEvents(text: string, segs: readonly Segment[]): Segment[] {
  const rows: Array<{ seg: Segment; oldSeq: number | null; parentSeq: number | null; parentRow: number | null }> = [];
  for (const seg of segs) {
    const children = seg.columns ? [] : subEvents(text, seg);
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
function subEvents(text: string, seg: Segment): Segment[] {
  const zh = sentences(text, seg.body);
  const en = sentences(text, seg.bodyEn);
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
    };
  });
}

/** The sub-event sentences of a part's paragraphs; the part's opening sentence is its lead, never one. */
function sentences(text: string, paragraphs: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const [n, body] of paragraphs.entries()) {
    const para = text.slice(body.start, body.end);
    for (const m of para.matchAll(SUB_EVENT)) {
      if (n === 0 && !SENTENCE_END.test(para.slice(0, m.index))) continue;
      const start = body.start + m.index;
      out.push({ start, end: sentenceEnd(text, start + m[0].length, body.end) });
    }
  }
  return out;
}

function sentenceEnd(text: string, from: number, limit: number): number {
  const m = SENTENCE_END.exec(text.slice(from, limit));
  return m ? from + m.index + m[0].length : limit;
}

import type { Span } from '../extract/types.ts';

/**
 * One development found in a document. Spans are offsets into the normalised document text; the
 * item's own text is `text.slice(span.start, span.end)`. A bilingual item keeps its Chinese part in
 * `zh` and the English version of the same development in `en`.
 */
export interface Segment {
  /** Position in the document, from 0, in reading order. */
  seq: number;
  /** `seq` of the release this sub-case belongs to (案例一… under a 公安部网安局 release). */
  parentSeq: number | null;
  /** The headline as the text gives it, or null when the item has none (date-led paragraphs). */
  title: string | null;
  titleSpan: Span | null;
  titleEn: string | null;
  titleEnSpan: Span | null;
  span: Span;
  /** Body paragraphs of the main language part (title excluded). */
  body: Span[];
  /** Body paragraphs of the English version, when the item is bilingual. */
  bodyEn: Span[];
  /** Section headings above the item, outermost first. */
  sectionPath: string[];
  /** The item's `（来源：…）` attribution without brackets, if any. */
  source: string | null;
  /** Text that belongs to the item but is not its news: 简评, source lines. Extractors skip it. */
  masked: Span[];
  commentary: string | null;
  /** For a row of a text table: the cells of the table's head row (`Date `, ` Fine (EUR) `…). */
  columns?: string[];
  /** Split off from its report (the parent) as a dated development it tells in a sentence (sub-events.ts). */
  subEvent?: boolean;
}

export type LineKind =
  | 'heading'
  | 'prose'
  | 'toc'
  | 'source'
  | 'guide'
  | 'keywords'
  | 'comment'
  | 'boilerplate'
  | 'intro'
  | 'furniture'
  | 'row';

export interface Line {
  /** The line as written (trimmed). */
  raw: string;
  /** The line with markdown/HTML markup, list bullets and trailing "more" links removed. */
  text: string;
  span: Span;
  kind: LineKind;
  /** 1 for parts (第一部分, 国内要闻 Domestic News), 2 for (一)/(二) groups; null for other headings. */
  sectionLevel: 1 | 2 | null;
  /** Heading written as a markdown heading or in bold (layout evidence of a heading). */
  marked: boolean;
  /** True when the line is mostly Latin script. */
  english: boolean;
  /** Starts with a date (11月1日，… / On April 26, 2021, …). */
  dateLed: boolean;
  /** A list bullet (`- `, `* `, `•`, `◆`, `■` …) started the line. */
  bullet: boolean;
  /** A sub-case lead: 案例一：… */
  subCase: boolean;
  /** A sub-report heading (1)/(2) under a group heading. */
  subHeading: boolean;
  /** A full date alone on the line (`2023年11月8日`, `二〇二三年十二月五日`). */
  footDate: boolean;
  /** A signature and a full date on one line (`广东省互联网信息办公室 2023年11月8日`). */
  signedFoot: boolean;
  /**
   * The headline that opens a prose line: `【…】12月14日，…`, `1. 上海网信办查处一起数据泄露案：3月5日，…`,
   * `• ICO fines firm £7.5m – On 18 March…`; `end` is the offset in `raw` after its closing mark.
   */
  inlineTitle: { text: string; end: number } | null;
  /** A row of a text table (three or more `|`-separated cells). */
  tableRow: boolean;
  /** A heading of an article's own analysis (`一、出台背景`, `三、合规建议`, `Key provisions`). */
  analysis: boolean;
  /** The label of a decision's field laid out as `label：value` (`被处罚当事人名称：某银行…`), if it is one. */
  field: string | null;
}

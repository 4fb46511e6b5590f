// The values extractors produce. Every value carries the span of text it came from so that the
// web app can highlight it and a reviewer can check it: spans are [start, end) offsets, in UTF-16
// code units, into the string the extractor was given. The pipeline shifts them to document offsets.

export interface Span {
  start: number;
  end: number;
}

/** One extracted value with its provenance. `text` is the exact source text of `span`. */
export interface Found<T> {
  value: T;
  span: Span;
  text: string;
}

/** An ISO date at the precision the text gives: "2023-09-14" or "2023-09". */
export type IsoDate = string;

export type Category = 'legislation' | 'enforcement' | 'judicial' | 'industry' | 'overseas';
export const CATEGORIES: readonly Category[] = [
  'legislation',
  'enforcement',
  'judicial',
  'industry',
  'overseas',
];

export type InstrumentStatus = 'draft' | 'issued' | 'effective';

export interface Citation {
  /** Title as cited, without 《》 and without a leading 中华人民共和国; defined short forms resolved. */
  law: string;
  article: number;
  /** 款, or null when the text gives none (a 项 is not a paragraph). */
  paragraph: number | null;
}

export type PenaltyKind = 'fine' | 'confiscation' | 'settlement' | 'criminal-fine';

export type Payer = 'entity' | 'person';

export interface Penalty {
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  kind: PenaltyKind;
  /** Who must pay, as written (`该公司`, `直接负责的主管人员`, `Google LLC`); null when the text does not say. */
  target?: string | null;
  /** Whether `target` is an organisation or a natural person; null when unknown. */
  payer?: Payer | null;
}

export interface Authority {
  /** Surface form as written in the text. */
  name: string;
  /** Canonical id from the gazetteer when the body is known there. */
  id: string | null;
}

export interface Instrument {
  /** Title inside 《》, exactly as written. */
  title: string;
  status: InstrumentStatus | null;
}

/**
 * What an extractor may know about the item beyond its own text. `referenceDate` is the
 * best full date known before the item's text (the document's issue date or the last full
 * date seen earlier in the document); month-day dates without a year take their year from it.
 */
export interface ExtractContext {
  referenceDate: IsoDate | null;
  /** The section headings above the item, outermost first. */
  sectionPath: readonly string[];
  /**
   * How the document writes an ambiguous `1/9/2025` (documentDayFirst): day first, month first,
   * or null/absent when the document gives no sign.
   */
  dayFirst?: boolean | null;
}

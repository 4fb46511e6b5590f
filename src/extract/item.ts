import type { Segment } from '../segment/types.ts';
import { asWritten, toSimplified } from '../text/script.ts';
import { extractActions } from './actions.ts';
import { extractAuthorities } from './authorities.ts';
import { classifyCategory } from './category.ts';
import { extractCitations } from './citations.ts';
import { eventDate } from './dates.ts';
import { extractInstruments, type ShortForm } from './instruments.ts';
import { assignTopics, keywordText, keywordsOfPrepared } from './keywords.ts';
import { distinctPenalties, extractPenalties } from './penalties.ts';
import { tablePenalties } from './table-penalties.ts';
import type { ItemRecord, ItemValue } from './record.ts';
import { extractRegion } from './regions.ts';
import { findDeadline, findEffectiveDate, instrumentStatus, itemStatus } from './status.ts';
import type { Authority, Citation, ExtractContext, Found, IsoDate, Penalty, Span } from './types.ts';

// Runs every extractor over one item and turns their findings into an ItemRecord with document
// offsets. Extractors see the item's text with its 简评 and `（来源：…）` lines blanked out (same
// length, so offsets stay valid): commentary and source attributions are not the item's facts.
//
// The gazetteers and vocabularies are simplified, so a part written in traditional script (Hong Kong,
// Taiwan) is read from a simplified copy of the same length. Spans then hold for the original, and
// every surface form (Found.text, authority names, instrument titles, cited laws, regions, penalty
// targets) is taken back from the original, so that traditional stays traditional (FORMAT.md).

export interface ItemContext {
  /** Best full date known before this item (issue date or the last explicit event date). */
  referenceDate: IsoDate | null;
  /** Short forms the document defines, with document positions (documentShortForms). */
  shortForms?: readonly ShortForm[];
  /** What a bare `$` stands for in the document when not the US dollar (see localDollar). */
  dollar?: string | null;
  /** The document's order for ambiguous numeric dates (documentDayFirst). */
  dayFirst?: boolean | null;
}

interface Part {
  /** Document offset of `text[0]`. */
  offset: number;
  /** The part as written (masked lines blanked). */
  text: string;
  /** What extractors read: `text` in simplified script, same length; `text` itself if already so. */
  plain: string;
  /** Offset within `text` where the body starts (after the headline). */
  bodyStart: number;
}

/** An item's text as the extractors read it: built once, before its keywords and its record. */
export interface ItemText {
  zh: Part;
  /** The English half of a bilingual item. */
  en: Part | null;
  /** Both halves as written, joined by a line break. */
  fullText: string;
  /** The same in simplified script: what keywords, topics and the category read. */
  fullPlain: string;
  /** keywordText(fullPlain): what keywords and topics read. */
  keywordText: string;
}

export function itemText(doc: string, seg: Segment): ItemText {
  const zh = part(doc, seg, seg.span.start, lastEnd(seg.body, seg.span.start), seg.titleSpan);
  const en = seg.bodyEn.length > 0 ? part(doc, seg, (seg.titleEnSpan ?? seg.bodyEn[0]!).start, seg.span.end, seg.titleEnSpan) : null;
  const parts = en ? [zh, en] : [zh];
  const fullPlain = parts.map((p) => p.plain).join('\n');
  return { zh, en, fullText: parts.map((p) => p.text).join('\n'), fullPlain, keywordText: keywordText(fullPlain) };
}

/** The item's keywords (simplified script; extractRecord gives them back as written). */
export function itemKeywords(t: ItemText): string[] {
  return keywordsOfPrepared(t.keywordText, 8);
}

/**
 * `keywords` may be computed beforehand for a whole document's items (see analyse in
 * ingest/service.ts); by default they are computed here.
 */
export function extractRecord(doc: string, seg: Segment, ctx: ItemContext, text: ItemText = itemText(doc, seg), keywords: string[] = itemKeywords(text)): ItemRecord {
  const { zh, en, fullText, fullPlain } = text;
  const parts = en ? [zh, en] : [zh];
  const ectx: ExtractContext = { referenceDate: ctx.referenceDate, sectionPath: seg.sectionPath, dayFirst: ctx.dayFirst ?? null };
  const values: ItemValue[] = [];

  // Facts of one development are reported once even when a bilingual item states them twice: the
  // English half only fills fields the Chinese half leaves empty. Names are different: every surface
  // form counts (工信部 and MIIT), so authorities and actions come from both halves.
  const date = firstOf(parts, (p) => eventDate(p.plain, ectx));
  const itemDate = date?.found.value ?? null;
  const stated = firstNonEmpty(parts, (p) => bodyFirst(p, (t) => distinctPenalties(extractPenalties(t))), writtenPenalty);
  const columns = seg.columns;
  const penalties = stated.length > 0 || !columns ? stated : firstNonEmpty([zh], (p) => tablePenalties(p.text, columns), writtenPenalty);
  const cited = firstNonEmpty(parts, (p) => extractCitations(p.plain), (c: Citation, w) => ({ ...c, law: w(c.law) }));
  const citations = ctx.shortForms?.length ? resolveEarlierShortForms(cited, ctx.shortForms, seg.span.start) : cited;
  const instruments = firstNonEmpty(parts, (p) => extractInstruments(p.plain), (i, w) => ({ ...i, title: w(i.title) }));
  const deadline = firstOf(parts, (p) => findDeadline(p.plain, ectx));
  const effective = firstOf(parts, (p) => findEffectiveDate(p.plain, ectx));
  const region = firstOf(parts, (p) => extractRegion(p.plain), (r, w) => w(r));

  if (date) values.push(value('date', date.found.value, { date: date.found.value }, date));
  for (const f of penalties) {
    const p = ctx.dollar && f.found.value.currency === 'USD' && f.found.text.startsWith('$') ? { ...f.found.value, currency: ctx.dollar } : f.found.value;
    values.push(value('penalty', `${p.amount} ${p.currency}`, { ...p }, f));
  }
  for (const f of citations) {
    const c = f.found.value;
    values.push(value('citation', `${c.law}#${c.article}#${c.paragraph ?? ''}`, { ...c }, f));
  }
  for (const f of instruments) {
    const part = f.part;
    const st = instrumentStatus(part.plain, f.found.span, itemDate);
    values.push(value('instrument', f.found.value.title, { title: f.found.value.title, status: st }, f));
  }
  const authorities = all(parts, (p) => extractAuthorities(p.plain), (a: Authority, w) => ({ ...a, name: w(a.name) }));
  for (const f of uniqueBy(authorities, (a) => a.name)) {
    values.push(value('authority', f.found.value.name, { ...f.found.value }, f));
  }
  for (const f of uniqueBy(all(parts, (p) => extractActions(p.plain)), (a) => a)) {
    values.push(value('action', f.found.value, { action: f.found.value }, f));
  }
  if (region) values.push(value('region', region.found.value, { region: region.found.value }, region));
  if (deadline) values.push(value('deadline', deadline.found.value, { date: deadline.found.value }, deadline));
  if (effective) values.push(value('effective', effective.found.value, { date: effective.found.value }, effective));

  const written = (s: string): string => asWritten(s, fullText, fullPlain);
  for (const k of keywords) values.push({ field: 'keyword', value: written(k), data: {}, span: null, surface: null });
  for (const t of assignTopics(fullPlain, text.keywordText)) {
    values.push({ field: 'topic', value: t.topic, data: { matched: t.matched.map(written) }, span: null, surface: null });
  }

  const category = classifyCategory({
    text: fullPlain,
    title: seg.title === null ? null : toSimplified(seg.title),
    sectionPath: seg.sectionPath.map(toSimplified),
    hasPenalty: penalties.length > 0,
    hasCitation: citations.length > 0,
  });
  // Status describes a legal text, so it is kept (and read) only for items about one; an overseas
  // item with a fine reports an enforcement action (`a proposed order requiring … to pay $75,000`).
  const hasStatus = category === 'legislation' || (category === 'overseas' && penalties.length === 0);
  const status = hasStatus ? firstOf(parts, (p) => itemStatus(p.plain, { ...ectx, itemDate })) : null;
  if (status && hasStatus) values.push(value('status', status.found.value, { status: status.found.value }, status));
  const body = seg.body.map((s) => doc.slice(s.start, s.end)).join('\n');
  const bodyEn = en ? seg.bodyEn.map((s) => doc.slice(s.start, s.end)).join('\n') : null;
  return {
    segment: seg,
    headline: seg.title ?? headlineOf(body),
    body,
    bodyEn,
    date: itemDate,
    category,
    region: region?.found.value ?? null,
    status: hasStatus ? (status?.found.value ?? null) : null,
    deadline: deadline?.found.value ?? null,
    values,
  };
}

interface Located<T> {
  found: Found<T>;
  part: Part;
}

function part(doc: string, seg: Segment, start: number, end: number, title: Span | null): Part {
  // Masked spans become spaces of the same length, so offsets into `text` stay document offsets.
  let text = '';
  let at = start;
  for (const m of [...seg.masked].sort((a, b) => a.start - b.start)) {
    const from = Math.max(m.start, at);
    const to = Math.min(m.end, end);
    if (to <= from) continue;
    text += doc.slice(at, from) + ' '.repeat(to - from);
    at = to;
  }
  text += doc.slice(at, end);
  const bodyStart = title && title.start >= start && title.end <= end ? title.end - start : 0;
  return { offset: start, text, plain: toSimplified(text), bodyStart };
}

/**
 * `《解释》第五条` in an item that does not define 《解释》 cites what an earlier item of the
 * document defined it as (the nearest definition before the item). An item's own definitions and
 * back-references were resolved already: what is left as a bare short form is resolved here.
 */
function resolveEarlierShortForms(citations: Located<Citation>[], forms: readonly ShortForm[], itemStart: number): Located<Citation>[] {
  const seen = new Set<string>();
  const out: Located<Citation>[] = [];
  for (const c of citations) {
    let full: string | null = null;
    for (const f of forms) if (f.position < itemStart && f.short === c.found.value.law) full = f.full;
    const value = full ? { ...c.found.value, law: full.replace(/^中华人民共和国/, '') } : c.found.value;
    // Each provision once per item, also when the item cites it by both names.
    const key = `${value.law}|${value.article}|${value.paragraph}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(full ? { ...c, found: { ...c.found, value } } : c);
  }
  return out;
}

function lastEnd(spans: Span[], fallback: number): number {
  return spans.reduce((end, s) => Math.max(end, s.end), fallback);
}

/** Penalties are read from the body; a headline repeats the body's fine (`被罚20万元`). */
function bodyFirst<T>(p: Part, fn: (text: string) => Found<T>[]): Found<T>[] {
  const inBody = fn(p.plain.slice(p.bodyStart)).map((f) => shift(f, p.bodyStart));
  return inBody.length > 0 ? inBody : fn(p.plain.slice(0, p.bodyStart));
}

/**
 * Rewrites the surface forms inside a value: `w` turns a string read from `plain` into the text's
 * own, looking first in [from, to) (by default the value's span).
 */
type Rewrite<T> = (value: T, w: (s: string, from?: number, to?: number) => string, span: Span) => T;

// A penalty's span is its amount; the party is named in the sentence before it.
const writtenPenalty: Rewrite<Penalty> = (p, w, span) =>
  p.target ? { ...p, target: w(p.target, Math.max(0, span.start - 200), span.start) } : p;

/** A finding on `p.plain` as `p.text` writes it: same span, surface forms from the original. */
function located<T>(p: Part, found: Found<T>, rewrite?: Rewrite<T>): Located<T> {
  if (p.plain === p.text) return { found, part: p };
  const { start, end } = found.span;
  const w = (s: string, from = start, to = end): string => asWritten(s, p.text, p.plain, from, to);
  const value = rewrite ? rewrite(found.value, w, found.span) : found.value;
  return { found: { value, span: found.span, text: p.text.slice(start, end) }, part: p };
}

function firstOf<T>(parts: Part[], fn: (p: Part) => Found<T> | null, rewrite?: Rewrite<T>): Located<T> | null {
  for (const p of parts) {
    const found = fn(p);
    if (found) return located(p, found, rewrite);
  }
  return null;
}

function firstNonEmpty<T>(parts: Part[], fn: (p: Part) => Found<T>[], rewrite?: Rewrite<T>): Located<T>[] {
  for (const p of parts) {
    const found = fn(p);
    if (found.length > 0) return found.map((f) => located(p, f, rewrite));
  }
  return [];
}

function all<T>(parts: Part[], fn: (p: Part) => Found<T>[], rewrite?: Rewrite<T>): Located<T>[] {
  return parts.flatMap((p) => fn(p).map((f) => located(p, f, rewrite)));
}

function uniqueBy<T>(list: Located<T>[], key: (v: T) => string): Located<T>[] {
  const seen = new Set<string>();
  return list.filter((l) => {
    const k = key(l.found.value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function shift<T>(f: Found<T>, by: number): Found<T> {
  return { ...f, span: { start: f.span.start + by, end: f.span.end + by } };
}

function value(field: ItemValue['field'], v: string, data: Record<string, unknown>, l: Located<unknown>): ItemValue {
  return {
    field,
    value: v,
    data,
    span: { start: l.part.offset + l.found.span.start, end: l.part.offset + l.found.span.end },
    surface: l.found.text,
  };
}

/** A display headline for an item without a title: its first clause, without the leading date. */
export function headlineOf(body: string): string {
  const first = body.split(/[。！？\n]/)[0] ?? body;
  const clause = first.replace(/^[^，,]{0,24}?(日|消息)[，,]\s*/, '').trim();
  return clause.length > 60 ? clause.slice(0, 58) + '…' : clause;
}

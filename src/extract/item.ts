import type { Segment } from '../segment/types.ts';
import { extractActions } from './actions.ts';
import { extractAuthorities } from './authorities.ts';
import { classifyCategory } from './category.ts';
import { extractCitations } from './citations.ts';
import { eventDate } from './dates.ts';
import { extractInstruments } from './instruments.ts';
import { assignTopics, extractKeywords } from './keywords.ts';
import { distinctPenalties, extractPenalties } from './penalties.ts';
import type { ItemRecord, ItemValue } from './record.ts';
import { extractRegion } from './regions.ts';
import { findDeadline, findEffectiveDate, instrumentStatus, itemStatus } from './status.ts';
import type { ExtractContext, Found, IsoDate, Span } from './types.ts';

// Runs every extractor over one item and turns their findings into an ItemRecord with document
// offsets. Extractors see the item's text with its 简评 and `（来源：…）` lines blanked out (same
// length, so offsets stay valid): commentary and source attributions are not the item's facts.

export interface ItemContext {
  /** Best full date known before this item (issue date or the last explicit event date). */
  referenceDate: IsoDate | null;
}

interface Part {
  /** Document offset of `text[0]`. */
  offset: number;
  text: string;
  /** Offset within `text` where the body starts (after the headline). */
  bodyStart: number;
}

export function extractRecord(doc: string, seg: Segment, ctx: ItemContext): ItemRecord {
  const zh = part(doc, seg, seg.span.start, lastEnd(seg.body, seg.span.start), seg.titleSpan);
  const en = seg.bodyEn.length > 0 ? part(doc, seg, (seg.titleEnSpan ?? seg.bodyEn[0]!).start, seg.span.end, seg.titleEnSpan) : null;
  const parts = en ? [zh, en] : [zh];
  const ectx: ExtractContext = { referenceDate: ctx.referenceDate, sectionPath: seg.sectionPath };
  const values: ItemValue[] = [];

  // Facts of one development are reported once even when a bilingual item states them twice: the
  // English half only fills fields the Chinese half leaves empty. Names are different: every surface
  // form counts (工信部 and MIIT), so authorities and actions come from both halves.
  const date = firstOf(parts, (p) => eventDate(p.text, ectx));
  const itemDate = date?.found.value ?? null;
  const penalties = firstNonEmpty(parts, (p) => bodyFirst(p, (t) => distinctPenalties(extractPenalties(t))));
  const citations = firstNonEmpty(parts, (p) => extractCitations(p.text));
  const instruments = firstNonEmpty(parts, (p) => extractInstruments(p.text));
  const deadline = firstOf(parts, (p) => findDeadline(p.text, ectx));
  const effective = firstOf(parts, (p) => findEffectiveDate(p.text, ectx));
  const status = firstOf(parts, (p) => itemStatus(p.text, { ...ectx, itemDate }));
  const region = firstOf(parts, (p) => extractRegion(p.text));

  if (date) values.push(value('date', date.found.value, { date: date.found.value }, date));
  for (const f of penalties) {
    const p = f.found.value;
    values.push(value('penalty', `${p.amount} ${p.currency}`, { ...p }, f));
  }
  for (const f of citations) {
    const c = f.found.value;
    values.push(value('citation', `${c.law}#${c.article}#${c.paragraph ?? ''}`, { ...c }, f));
  }
  for (const f of instruments) {
    const part = f.part;
    const st = instrumentStatus(part.text, f.found.span, itemDate);
    values.push(value('instrument', f.found.value.title, { title: f.found.value.title, status: st }, f));
  }
  for (const f of uniqueBy(all(parts, (p) => extractAuthorities(p.text)), (a) => a.name)) {
    values.push(value('authority', f.found.value.name, { ...f.found.value }, f));
  }
  for (const f of uniqueBy(all(parts, (p) => extractActions(p.text)), (a) => a)) {
    values.push(value('action', f.found.value, { action: f.found.value }, f));
  }
  if (region) values.push(value('region', region.found.value, { region: region.found.value }, region));
  if (deadline) values.push(value('deadline', deadline.found.value, { date: deadline.found.value }, deadline));
  if (effective) values.push(value('effective', effective.found.value, { date: effective.found.value }, effective));

  const fullText = parts.map((p) => p.text).join('\n');
  for (const k of extractKeywords(fullText, 8)) values.push({ field: 'keyword', value: k, data: {}, span: null, surface: null });
  for (const t of assignTopics(fullText)) {
    values.push({ field: 'topic', value: t.topic, data: { matched: t.matched }, span: null, surface: null });
  }

  const category = classifyCategory({
    text: fullText,
    title: seg.title,
    sectionPath: seg.sectionPath,
    hasPenalty: penalties.length > 0,
    hasCitation: citations.length > 0,
  });
  // Status describes a legal text, so it is kept only for items about one.
  const hasStatus = category === 'legislation' || category === 'overseas';
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
  const chars = doc.slice(start, end).split('');
  for (const m of seg.masked) {
    for (let i = Math.max(m.start, start); i < Math.min(m.end, end); i++) chars[i - start] = ' ';
  }
  const bodyStart = title && title.start >= start && title.end <= end ? title.end - start : 0;
  return { offset: start, text: chars.join(''), bodyStart };
}

function lastEnd(spans: Span[], fallback: number): number {
  return spans.reduce((end, s) => Math.max(end, s.end), fallback);
}

/** Penalties are read from the body; a headline repeats the body's fine (`被罚20万元`). */
function bodyFirst<T>(p: Part, fn: (text: string) => Found<T>[]): Found<T>[] {
  const inBody = fn(p.text.slice(p.bodyStart)).map((f) => shift(f, p.bodyStart));
  return inBody.length > 0 ? inBody : fn(p.text.slice(0, p.bodyStart));
}

function firstOf<T>(parts: Part[], fn: (p: Part) => Found<T> | null): Located<T> | null {
  for (const p of parts) {
    const found = fn(p);
    if (found) return { found, part: p };
  }
  return null;
}

function firstNonEmpty<T>(parts: Part[], fn: (p: Part) => Found<T>[]): Located<T>[] {
  for (const p of parts) {
    const found = fn(p);
    if (found.length > 0) return found.map((f) => ({ found: f, part: p }));
  }
  return [];
}

function all<T>(parts: Part[], fn: (p: Part) => Found<T>[]): Located<T>[] {
  return parts.flatMap((p) => fn(p).map((f) => ({ found: f, part: p })));
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

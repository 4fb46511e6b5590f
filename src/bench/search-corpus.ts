import { createHash } from 'node:crypto';
import type { ItemRecord, ItemValue, ValueField } from '../extract/record.ts';
import type { Category, InstrumentStatus } from '../extract/types.ts';
import { insertDocument } from '../store/documents.ts';
import { insertItems, listItems, valuesOf } from '../store/items.ts';
import type { Sql } from '../store/sql.ts';

// Synthetic corpora for `bench search`, built by recombining real items so that the index sees real
// vocabulary, real word frequencies and real value distributions. Running extraction per synthetic
// item would take an hour at 1M items, so the seeds go through the real pipeline once and synthetic
// items are written straight through the store's insert path with the seeds' extracted values,
// their spans moved to where the copied text now lies.

/** A real item reduced to what recombination needs: paragraphs and the values found in them. */
export interface SeedItem {
  title: string | null;
  paragraphs: SeedParagraph[];
  /** Values with no span (keywords, topics): they describe the item as a whole. */
  derived: ItemValue[];
  category: Category;
  region: string | null;
  status: InstrumentStatus | null;
}

interface SeedParagraph {
  text: string;
  /** Values whose surface lies in this paragraph, spans relative to the paragraph start. */
  values: ItemValue[];
}

/** A synthetic item before it is placed in a document: spans are relative to `text`. */
export interface SyntheticItem {
  title: string | null;
  /** Title line (if any) and body, as it appears in the synthetic document. */
  text: string;
  bodyStart: number;
  date: string;
  category: Category;
  region: string | null;
  status: InstrumentStatus | null;
  values: ItemValue[];
  /** Indexes of the seed items the text came from, first the one giving title and fields. */
  sources: number[];
}

// Dates are spread over these years so date filters, year facets and recency ranking see a spread.
const FIRST_DAY = Date.UTC(2019, 0, 1);
const LAST_DAY = Date.UTC(2026, 9, 31);
const DAY = 86_400_000;

/** Items of one document; bigger batches make fewer, longer documents. */
export const ITEMS_PER_DOCUMENT = 100;

/** Source prefix of synthetic documents. */
export const SYNTHETIC = 'synthetic:bench/';

/** A small deterministic PRNG (mulberry32): same seed, same corpus and queries on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rand: () => number, list: readonly T[]): T {
  const v = list[Math.floor(rand() * list.length)];
  if (v === undefined) throw new Error('pick from an empty list');
  return v;
}

/**
 * Reads the stored items of a database (the ingested seeds) as recombination material. A value is
 * kept when its surface text is found in the item body; its span is then re-based on the paragraph
 * holding that occurrence. Values whose surface lies outside the body (in the title) are dropped,
 * and so are event dates: synthetic items get dates of their own.
 */
export async function loadSeedItems(sql: Sql): Promise<SeedItem[]> {
  // Only real documents: a reused bench database also holds the synthetic ones.
  const documents = await sql.all<{ id: number }>('SELECT id FROM documents WHERE source NOT LIKE ? ORDER BY id', [`${SYNTHETIC}%`]);
  const rows: Awaited<ReturnType<typeof listItems>> = [];
  for (const { id } of documents) rows.push(...(await listItems(sql, { document: id, limit: 100_000 })));
  const values = await valuesOf(sql, rows.map((r) => r.id));
  return rows
    .map((row) => {
      const paragraphs: SeedParagraph[] = [];
      for (const text of row.body.split('\n')) if (text.trim() !== '') paragraphs.push({ text, values: [] });
      const derived: ItemValue[] = [];
      for (const v of values.get(row.id) ?? []) {
        const value: ItemValue = { field: v.field as ValueField, value: v.value, data: v.data, span: null, surface: v.surface };
        if (v.start === null || v.surface === null) {
          if (v.field !== 'date') derived.push(value);
          continue;
        }
        if (v.field === 'date' || v.surface === '') continue;
        const para = paragraphs.find((p) => p.text.includes(v.surface!));
        if (!para) continue;
        const start = para.text.indexOf(v.surface);
        para.values.push({ ...value, span: { start, end: start + v.surface.length } });
      }
      return { title: row.title, paragraphs, derived, category: row.category as Category, region: row.region, status: row.status as InstrumentStatus | null };
    })
    .filter((s) => s.paragraphs.length > 0);
}

/**
 * One synthetic item: the title, fields, derived values and up to three paragraphs of a first seed
 * item, then a paragraph of one or two other seed items, so bodies mix real sentences from 2–3 items.
 */
export function synthesize(seeds: readonly SeedItem[], rand: () => number): SyntheticItem {
  const first = Math.floor(rand() * seeds.length);
  const others = [Math.floor(rand() * seeds.length), ...(rand() < 0.5 ? [Math.floor(rand() * seeds.length)] : [])];
  const main = seeds[first]!;
  const parts: SeedParagraph[] = main.paragraphs.slice(0, 3);
  for (const o of others) parts.push(pick(rand, seeds[o]!.paragraphs));
  const titleLine = main.title ? `${main.title}\n` : '';
  let text = titleLine;
  const values: ItemValue[] = [];
  for (const [i, p] of parts.entries()) {
    if (i > 0) text += '\n';
    const base = text.length;
    text += p.text;
    for (const v of p.values) values.push({ ...v, span: { start: v.span!.start + base, end: v.span!.end + base } });
  }
  values.push(...main.derived);
  const day = FIRST_DAY + Math.floor(rand() * ((LAST_DAY - FIRST_DAY) / DAY)) * DAY;
  return {
    title: main.title,
    text,
    bodyStart: titleLine.length,
    date: new Date(day).toISOString().slice(0, 10),
    category: main.category,
    region: main.region,
    status: main.status,
    values,
    sources: [first, ...others],
  };
}

/** Places synthetic items in one document text and turns them into records with document spans. */
export function toDocument(items: readonly SyntheticItem[], batch: number): { text: string; records: ItemRecord[] } {
  let text = `合成语料 第 ${batch + 1} 批\n`;
  const records: ItemRecord[] = [];
  for (const [seq, it] of items.entries()) {
    text += '\n';
    const at = text.length;
    text += it.text;
    const span = { start: at, end: at + it.text.length };
    const body = it.text.slice(it.bodyStart);
    records.push({
      segment: {
        seq,
        parentSeq: null,
        title: it.title,
        titleSpan: it.title ? { start: at, end: at + it.title.length } : null,
        titleEn: null,
        titleEnSpan: null,
        span,
        body: [{ start: at + it.bodyStart, end: span.end }],
        bodyEn: [],
        sectionPath: [],
        source: null,
        masked: [],
        commentary: null,
      },
      headline: it.title ?? body.slice(0, 40),
      body,
      bodyEn: null,
      date: it.date,
      category: it.category,
      region: it.region,
      status: it.status,
      deadline: null,
      values: it.values.map((v) => (v.span ? { ...v, span: { start: v.span.start + at, end: v.span.end + at } } : v)),
    });
  }
  return { text, records };
}

/**
 * Writes `count` synthetic items into `db`, `ITEMS_PER_DOCUMENT` per document and `perTransaction`
 * per transaction, generating each batch just before writing it so the corpus is never in memory.
 */
export async function writeSyntheticItems(
  sql: Sql,
  seeds: readonly SeedItem[],
  count: number,
  opts: { seed: number; perTransaction?: number; onProgress?: (written: number) => void },
): Promise<void> {
  if (seeds.length === 0) throw new Error('bench search: the seed corpus produced no items to recombine');
  const rand = prng(opts.seed);
  // Whole documents per transaction, so document numbers follow from item positions.
  const perTx = ITEMS_PER_DOCUMENT * Math.max(1, Math.round((opts.perTransaction ?? 5_000) / ITEMS_PER_DOCUMENT));
  const now = new Date(Date.UTC(2026, 10, 1));
  const writeDocs = async (tx: Sql, from: number, to: number) => {
    for (let at = from; at < to; at += ITEMS_PER_DOCUMENT) {
      const batch = Array.from({ length: Math.min(ITEMS_PER_DOCUMENT, to - at) }, () => synthesize(seeds, rand));
      const { text, records } = toDocument(batch, at / ITEMS_PER_DOCUMENT);
      const id = await insertDocument(
        tx,
        {
          source: `${SYNTHETIC}${at / ITEMS_PER_DOCUMENT + 1}`,
          sha256: createHash('sha256').update(text).digest('hex'),
          format: 'txt',
          encoding: 'utf-8',
          bytes: Buffer.byteLength(text),
          title: `合成语料 第 ${at / ITEMS_PER_DOCUMENT + 1} 批`,
          issueDate: null,
          header: {},
          text,
        },
        now,
      );
      // Each batch text is new (its batch number is in it), so the document is never a duplicate.
      if (id === null) throw new Error(`bench search: synthetic batch ${at / ITEMS_PER_DOCUMENT + 1} already stored`);
      await insertItems(tx, id, records);
    }
  };
  for (let from = 0; from < count; from += perTx) {
    await sql.transaction((tx) => writeDocs(tx, from, Math.min(count, from + perTx)));
    opts.onProgress?.(Math.min(count, from + perTx));
  }
}

import { beforeAll, describe, expect, it } from 'vitest';
import { SEEDS } from '../../test/helpers/seeds.ts';
import { ingestPaths } from '../ingest/service.ts';
import { search } from '../search/search.ts';
import { openDb, type Db } from '../store/db.ts';
import { loadSeedItems, prng, synthesize, SYNTHETIC, writeSyntheticItems, type SeedItem } from './search-corpus.ts';

// The generator on the real seeds: a few hundred synthetic items, checked against the seed texts.
let db: Db;
let seeds: SeedItem[];
const COUNT = 300;

beforeAll(async () => {
  db = openDb(':memory:');
  await ingestPaths(db, [SEEDS], { maxFileBytes: 10 * 1024 * 1024 });
  seeds = loadSeedItems(db);
  writeSyntheticItems(db, seeds, COUNT, { seed: 7, perTransaction: 100 });
});

interface Row {
  id: number;
  title: string | null;
  body: string;
  start: number;
  end: number;
  text: string;
}
const synthetic = (d: Db) =>
  d
    .prepare(
      `SELECT i.id, i.title, i.body, i.start, i.end, d.text FROM items i JOIN documents d ON d.id = i.document_id
       WHERE d.source LIKE ? ORDER BY i.id`,
    )
    .all(`${SYNTHETIC}%`) as Row[];

describe('synthetic search corpus', () => {
  it('writes the asked number of items, a hundred per document', () => {
    expect(synthetic(db)).toHaveLength(COUNT);
    const docs = db.prepare('SELECT COUNT(*) AS n FROM documents WHERE source LIKE ?').get(`${SYNTHETIC}%`) as { n: number };
    expect(docs.n).toBe(3);
  });

  it('reads seed material only from real documents', () => {
    expect(loadSeedItems(db)).toEqual(seeds);
  });

  it('builds every body from whole paragraphs of real items, mixing more than one item', () => {
    const paragraphs = new Set(seeds.flatMap((s) => s.paragraphs.map((p) => p.text)));
    const titles = new Set(seeds.map((s) => s.title));
    let mixed = 0;
    for (const row of synthetic(db)) {
      const parts = row.body.split('\n');
      for (const p of parts) expect(paragraphs.has(p)).toBe(true);
      expect(titles.has(row.title)).toBe(true);
      if (new Set(parts.map((p) => seeds.findIndex((s) => s.paragraphs.some((q) => q.text === p)))).size > 1) mixed++;
    }
    expect(mixed).toBeGreaterThan(COUNT / 2);
  });

  it('places each item at its span in the document text', () => {
    for (const row of synthetic(db)) {
      const text = row.text.slice(row.start, row.end);
      expect(text.endsWith(row.body)).toBe(true);
      if (row.title) expect(text.startsWith(row.title)).toBe(true);
    }
  });

  it('moves the spans of copied values onto their surface text in the new document', () => {
    const texts = new Map(db.prepare('SELECT id, text FROM documents WHERE source LIKE ?').all(`${SYNTHETIC}%`).map((d) => {
      const r = d as { id: number; text: string };
      return [r.id, r.text];
    }));
    const values = db
      .prepare('SELECT v.field, v.start, v.end, v.surface, i.document_id AS doc FROM item_values v JOIN items i ON i.id = v.item_id WHERE v.start IS NOT NULL')
      .all()
      .filter((v) => texts.has((v as { doc: number }).doc)) as { field: string; start: number; end: number; surface: string; doc: number }[];
    expect(values.length).toBeGreaterThan(COUNT);
    for (const v of values) expect(texts.get(v.doc)!.slice(v.start, v.end)).toBe(v.surface);
    // Penalties and authorities come along with their paragraphs, so fine>= and authority: find items.
    expect(values.some((v) => v.field === 'penalty')).toBe(true);
    expect(values.some((v) => v.field === 'authority')).toBe(true);
  });

  it('gives the same corpus for the same seed and another for another seed', () => {
    const run = (seed: number) => {
      const rand = prng(seed);
      return Array.from({ length: 50 }, () => synthesize(seeds, rand));
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7).map((s) => s.text)).not.toEqual(run(8).map((s) => s.text));
  });

  it('spreads dates over several years', () => {
    const years = db.prepare("SELECT DISTINCT substr(i.date, 1, 4) AS y FROM items i JOIN documents d ON d.id = i.document_id WHERE d.source LIKE ?").pluck().all(`${SYNTHETIC}%`);
    expect(years.length).toBeGreaterThanOrEqual(5);
  });

  it('is found by the real search, index included', () => {
    const withWord = synthetic(db).filter((r) => `${r.title ?? ''} ${r.body}`.includes('知网')).map((r) => r.id);
    expect(withWord.length).toBeGreaterThan(0);
    const found = search(db, '知网', { limit: 1000 }).hits.map((h) => h.item.id);
    expect(found).toEqual(expect.arrayContaining(withWord));
  });
});

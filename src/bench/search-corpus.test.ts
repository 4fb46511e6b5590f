import { beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/helpers/backends.ts';
import { SEEDS } from '../../test/helpers/seeds.ts';
import { ingestPaths } from '../ingest/service.ts';
import { search } from '../search/search.ts';
import type { Sql } from '../store/sql.ts';
import { loadSeedItems, prng, synthesize, SYNTHETIC, writeSyntheticItems, type SeedItem } from './search-corpus.ts';

// The generator on the real seeds: a few hundred synthetic items, checked against the seed texts.
const COUNT = 300;

interface Row {
  id: number;
  title: string | null;
  body: string;
  start: number;
  end: number;
  text: string;
}

describeEachBackend('synthetic search corpus', (open) => {
  let db: Sql;
  let seeds: SeedItem[];
  beforeAll(async () => {
    db = await open();
    await ingestPaths(db, [SEEDS], { maxFileBytes: 10 * 1024 * 1024 });
    seeds = await loadSeedItems(db);
    await writeSyntheticItems(db, seeds, COUNT, { seed: 7, perTransaction: 100 });
  });

  const synthetic = () =>
    db.all<Row>(
      `SELECT i.id, i.title, i.body, i.start, i."end", d.text FROM items i JOIN documents d ON d.id = i.document_id
       WHERE d.source LIKE ? ORDER BY i.id`,
      [`${SYNTHETIC}%`],
    );

  it('writes the asked number of items, a hundred per document', async () => {
    expect(await synthetic()).toHaveLength(COUNT);
    const docs = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM documents WHERE source LIKE ?', [`${SYNTHETIC}%`]);
    expect(docs!.n).toBe(3);
  });

  it('reads seed material only from real documents', async () => {
    expect(await loadSeedItems(db)).toEqual(seeds);
  });

  it('builds every body from whole paragraphs of real items, mixing more than one item', async () => {
    const paragraphs = new Set(seeds.flatMap((s) => s.paragraphs.map((p) => p.text)));
    const titles = new Set(seeds.map((s) => s.title));
    let mixed = 0;
    for (const row of await synthetic()) {
      const parts = row.body.split('\n');
      for (const p of parts) expect(paragraphs.has(p)).toBe(true);
      expect(titles.has(row.title)).toBe(true);
      if (new Set(parts.map((p) => seeds.findIndex((s) => s.paragraphs.some((q) => q.text === p)))).size > 1) mixed++;
    }
    expect(mixed).toBeGreaterThan(COUNT / 2);
  });

  it('places each item at its span in the document text', async () => {
    for (const row of await synthetic()) {
      const text = row.text.slice(row.start, row.end);
      expect(text.endsWith(row.body)).toBe(true);
      if (row.title) expect(text.startsWith(row.title)).toBe(true);
    }
  });

  it('moves the spans of copied values onto their surface text in the new document', async () => {
    const docs = await db.all<{ id: number; text: string }>('SELECT id, text FROM documents WHERE source LIKE ?', [`${SYNTHETIC}%`]);
    const texts = new Map(docs.map((d) => [d.id, d.text]));
    const values = (
      await db.all<{ field: string; start: number; end: number; surface: string; doc: number }>(
        'SELECT v.field, v.start, v."end", v.surface, i.document_id AS doc FROM item_values v JOIN items i ON i.id = v.item_id WHERE v.start IS NOT NULL',
      )
    ).filter((v) => texts.has(v.doc));
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

  it('spreads dates over several years', async () => {
    const years = await db.all<{ y: string }>(
      'SELECT DISTINCT substr(i.date, 1, 4) AS y FROM items i JOIN documents d ON d.id = i.document_id WHERE d.source LIKE ?',
      [`${SYNTHETIC}%`],
    );
    expect(years.length).toBeGreaterThanOrEqual(5);
  });

  it('is found by the real search, index included', async () => {
    const withWord = (await synthetic()).filter((r) => `${r.title ?? ''} ${r.body}`.includes('知网')).map((r) => r.id);
    expect(withWord.length).toBeGreaterThan(0);
    const found = (await search(db, '知网', { limit: 1000 })).hits.map((h) => h.item.id);
    expect(found).toEqual(expect.arrayContaining(withWord));
  });
});

import { beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/helpers/backends.ts';
import { SEEDS } from '../../test/helpers/seeds.ts';
import { ingestPaths } from '../ingest/service.ts';
import { listMigrations } from '../store/migrate.ts';
import type { Sql } from '../store/sql.ts';
import { indexText, writeIndex } from './fts.ts';
import { rebuildIndex } from './reindex.ts';
import { search } from './search.ts';
import { tag, tagsComplete } from './tags.ts';

// A store upgraded to filter tags (migration 011) holds index rows written without them. Until
// `regwatch reindex`, search must not trust tags; after it, answers are the same and tags are used.

const QUERIES = [
  '数据 region:江苏',
  '处罚 authority:网信办',
  '罚款 law:数据安全法 article:45',
  '个人信息 topic:personal',
  '网络 category:legislation',
  '知网',
  'GDPR',
  '数据 fine>=10000 after:2023-01-01',
  '网络 before:2023-06 fine<100000',
  // Filter-only topics read the topic's items from the index's tags once it has them.
  'topic:personal',
  'topic:cross-border category:enforcement',
  'topic:minors',
];

describeEachBackend('reindex', (open, backend) => {
  let db: Sql;
  const answer = async (q: string, window?: number) => {
    const r = await search(db, q, { limit: 500, window });
    return { total: r.total, ids: r.hits.map((h) => h.item.id).sort((a, b) => a - b), facets: r.facets };
  };
  const items = async () => Number((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM items'))?.n);

  beforeAll(async () => {
    db = await open();
    await ingestPaths(db, [SEEDS], { maxFileBytes: 10 * 1024 * 1024 });
  });

  it('starts complete on a store created empty, and incomplete when upgraded with items', async () => {
    expect(await tagsComplete(db)).toBe(backend === 'sqlite');
    if (backend !== 'sqlite') return;
    const migration = listMigrations('sqlite').find((m) => m.version === 11)!;
    await db.exec('DROP TABLE fts_tags');
    await db.exec(migration.sql);
    expect(await tagsComplete(db)).toBe(false);
  });

  it('rebuilds every row, after which search answers as before and (SQLite) uses tags', async () => {
    if (backend === 'sqlite') {
      // The index as an older version wrote it: the same text, no tags.
      const rows = await db.all<{ id: number; title: string | null; titleEn: string | null; body: string; bodyEn: string | null }>(
        'SELECT id, title, title_en AS "titleEn", body, body_en AS "bodyEn" FROM items',
      );
      await db.transaction(async (tx) => {
        await tx.exec('DELETE FROM items_fts');
        for (const r of rows) await writeIndex(tx, r.id, indexText(r), []);
      });
    }
    const before = await Promise.all(QUERIES.map((q) => answer(q)));
    const progress: number[] = [];
    const { items: count } = await rebuildIndex(db, (done) => progress.push(done));
    expect(count).toBe(await items());
    expect(progress.at(-1)).toBe(count);
    expect(await tagsComplete(db)).toBe(backend === 'sqlite');
    const ftsRows = await db.get<{ n: number }>(backend === 'sqlite' ? 'SELECT COUNT(*) AS n FROM items_fts_docsize' : 'SELECT COUNT(*) AS n FROM items_fts');
    expect(Number(ftsRows?.n)).toBe(count);
    for (const [i, q] of QUERIES.entries()) {
      expect(await answer(q), q).toEqual(before[i]);
      // Windowed text with filters goes through the tags on SQLite now; the answer is the same.
      expect(await answer(q, 1000), q).toEqual(before[i]);
    }
  });

  it('finds nothing by a tag typed as text, mark included', async () => {
    // Every item carries one of these two; the text tokenizer must split the typed tag at its mark.
    for (const category of ['enforcement', 'legislation']) {
      expect((await search(db, tag('category', category), { limit: 5, window: 1000 })).total).toBe(0);
    }
  });
});

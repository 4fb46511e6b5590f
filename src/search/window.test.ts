import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/helpers/backends.ts';
import { SEEDS } from '../../test/helpers/seeds.ts';
import { ingestPaths } from '../ingest/service.ts';
import { listItems, newestItemIds, storedAuthorities, storedListedYears, storedRegions } from '../store/items.ts';
import type { Sql } from '../store/sql.ts';
import { search, searchFacets } from './search.ts';

// Interactive search bounds its work with a window (SEARCH_WINDOW): up to that many matches it must
// answer exactly as unbounded search does; beyond it, the page comes from the most recently stored
// matches and says so. Windows here are small so the seeds (147 items) go past them.

const QUERIES = [
  '知网',
  '个人信息',
  '"数据出境"',
  '罚款 category:enforcement',
  '个人信息 -罚款',
  'law:数据安全法 article:45',
  'authority:网信办 region:上海',
  'region:江苏',
  'category:enforcement',
  'topic:personal',
  '数据 fine>=10000 after:2023-01-01',
  'GDPR',
  // Text with filters the index holds as tags (tags.ts), one kind each and together.
  '数据 region:江苏',
  '处罚 authority:网信办',
  '罚款 law:数据安全法 article:45',
  '数据 topic:personal',
  '网络 category:legislation authority:工业和信息化部 -征求意见',
];

describeEachBackend('search window', (open) => {
  let db: Sql;
  beforeAll(async () => {
    db = await open();
    await ingestPaths(db, [SEEDS], { maxFileBytes: 10 * 1024 * 1024 });
  });

  const ids = (r: { hits: { item: { id: number } }[] }) => r.hits.map((h) => h.item.id);

  describe('when every match fits', () => {
    it('gives the same page, total and facets as unbounded search', async () => {
      for (const q of QUERIES) {
        const exact = await search(db, q, { limit: 200 });
        const windowed = await search(db, q, { limit: 200, window: 1000 });
        expect(windowed.capped, q).toBe(false);
        expect(windowed.total, q).toBe(exact.total);
        expect(ids(windowed), q).toEqual(ids(exact));
        expect(windowed.facets, q).toEqual(exact.facets);
        expect(await searchFacets(db, q, { window: 1000 }), q).toEqual(exact.facets);
      }
    });
  });

  describe('when more items match than the window holds', () => {
    it('pages only matches, from the most recently stored, and says the total is capped', async () => {
      const all = await search(db, '数据', { limit: 1000 });
      expect(all.total).toBeGreaterThan(40);
      const r = await search(db, '数据', { limit: 1000, window: 20 });
      expect(r.capped).toBe(true);
      expect(r.total).toBe(20);
      expect(r.hits).toHaveLength(20);
      // The window is the 20 matches stored last (highest ids), whatever the page order.
      const newest = ids(all).sort((a, b) => b - a).slice(0, 20);
      expect(ids(r).sort((a, b) => b - a)).toEqual(newest);
      // Paging walks the same window without repeats and stops at its end.
      const pages = [0, 8, 16, 24].map((offset) => search(db, '数据', { limit: 8, offset, window: 20 }));
      const paged = (await Promise.all(pages)).flatMap(ids);
      expect(paged).toHaveLength(20);
      expect(new Set(paged)).toEqual(new Set(newest));
    });

    it('ranks headline matches of the window first', async () => {
      const r = await search(db, '数据', { limit: 30, window: 30 });
      expect(r.capped).toBe(true);
      const inTitle = r.hits.map((h) => `${h.item.title ?? ''} ${h.item.titleEn ?? ''}`.includes('数据'));
      expect(inTitle).toContain(true);
      expect(inTitle).toContain(false);
      // No item without the word in its title comes before one with it.
      expect(inTitle.indexOf(false) === -1 || inTitle.lastIndexOf(true) < inTitle.indexOf(false)).toBe(true);
    });

    it('applies filters before the window, so every listed item meets them', async () => {
      const exact = await search(db, '罚款 category:enforcement', { limit: 1000 });
      const r = await search(db, '罚款 category:enforcement', { limit: 1000, window: 4 });
      expect(exact.total).toBeGreaterThan(4);
      expect(r.capped).toBe(true);
      expect(r.hits).toHaveLength(4);
      const allowed = new Set(ids(exact));
      for (const id of ids(r)) expect(allowed.has(id)).toBe(true);
    });

    it('lists the newest items of a filter-only query, as unbounded search orders them', async () => {
      const exact = await search(db, 'category:enforcement', { limit: 1000 });
      const r = await search(db, 'category:enforcement', { limit: 1000, window: 12 });
      expect(r.capped).toBe(true);
      expect(ids(r)).toEqual(ids(exact).slice(0, 12));
    });

    it('counts facets over the window it lists', async () => {
      const r = await search(db, 'category:enforcement', { limit: 5, window: 12 });
      expect(r.facets.category).toEqual([{ value: 'enforcement', count: 12 }]);
      const f = await searchFacets(db, '数据', { window: 20 });
      expect(f.category.reduce((n, v) => n + v.count, 0)).toBe(20);
    });
  });

  describe('newest items of a value filter', () => {
    it('are the same whether the filter is walked item by item (broad) or collected first (narrow)', async () => {
      // With a limit of 2 a filter over more than 50 items counts as broad and is walked.
      const counts = await db.all<{ value: string; n: number }>("SELECT value, COUNT(*) AS n FROM item_values WHERE field = 'topic' GROUP BY value");
      const broad = counts.find((c) => Number(c.n) > 50);
      const narrow = counts.find((c) => Number(c.n) >= 3 && Number(c.n) <= 50);
      expect(broad && narrow).toBeTruthy();
      for (const f of [{ topic: broad!.value }, { topic: narrow!.value }, { fineMin: 1 }, { fineMin: 10_000_000 }]) {
        const listed = (await listItems(db, { ...f, limit: 2 })).map((i) => i.id);
        expect(await newestItemIds(db, f, 2), JSON.stringify(f)).toEqual(listed);
      }
    });
  });

  describe('value lists read by loose index scans', () => {
    it('equal the distinct values a full scan finds', async () => {
      const regions = (await db.all<{ r: string }>('SELECT DISTINCT region AS r FROM items WHERE region IS NOT NULL')).map((x) => x.r);
      expect(new Set(await storedRegions(db))).toEqual(new Set(regions));
      const { surfaces, ids: stored } = await storedAuthorities(db);
      const values = await db.all<{ value: string; data: string }>("SELECT value, data FROM item_values WHERE field = 'authority'");
      expect(new Set(surfaces)).toEqual(new Set(values.map((v) => v.value)));
      const canonical = values.map((v) => (JSON.parse(v.data) as { id?: string }).id).filter((x): x is string => typeof x === 'string');
      expect(new Set(stored)).toEqual(new Set(canonical));
      expect(stored.length).toBeGreaterThan(10);
      const years = (await db.all<{ y: string }>('SELECT DISTINCT substr(listed_date, 1, 4) AS y FROM items WHERE listed_date IS NOT NULL')).map((x) => x.y);
      expect(new Set(await storedListedYears(db))).toEqual(new Set(years));
      expect(years.length).toBeGreaterThan(1);
    });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/helpers/backends.ts';
import { SEEDS } from '../../test/helpers/seeds.ts';
import { ingestPaths } from '../ingest/service.ts';
import type { Sql } from '../store/sql.ts';
import { getItem } from '../store/items.ts';
import { search } from './search.ts';

describeEachBackend('field filters, facets and ranking', (open) => {
  // Field filters and facets on the seeds as ingested (segmentation and extraction included).
  let db: Sql;
  beforeAll(async () => {
    db = await open();
    await ingestPaths(db, [SEEDS], { maxFileBytes: 10 * 1024 * 1024 });
  });

  const valuesOf = async (id: number, field: string) => (await getItem(db, id))!.values.filter((v) => v.field === field);

  describe('field filters', () => {
    it('law: with article: finds every item citing that provision, and only those', async () => {
      const r = await search(db, 'law:数据安全法 article:45', { limit: 100 });
      expect(r.total).toBeGreaterThanOrEqual(6);
      for (const h of r.hits) {
        const cites = (await valuesOf(h.item.id, 'citation')).map((v) => v.data);
        expect(cites.some((c) => String(c.law).includes('数据安全法') && c.article === 45)).toBe(true);
      }
    });

    it('fine>= keeps items with a penalty at or above the amount', async () => {
      const r = await search(db, 'fine>=1000000', { limit: 100 });
      const titles = r.hits.map((h) => h.item.headline);
      expect(titles).toContain('国家互联网信息办公室对知网依法作出网络安全审查相关行政处罚');
      for (const h of r.hits) {
        expect((await valuesOf(h.item.id, 'penalty')).some((v) => Number(v.data.amount) >= 1_000_000)).toBe(true);
      }
    });

    it('region: includes the places inside a province', async () => {
      const r = await search(db, 'region:江苏', { limit: 200 });
      const regions = new Set(r.hits.map((h) => h.item.region));
      expect(regions.has('宿迁')).toBe(true);
      expect([...regions].every((x) => x !== null && !/北京|上海|广东/.test(x))).toBe(true);
    });

    it('authority: resolves an alias to the canonical body', async () => {
      const byAlias = (await search(db, 'authority:网信办', { limit: 200 })).hits.map((h) => h.item.id);
      const byName = (await search(db, 'authority:国家互联网信息办公室', { limit: 200 })).hits.map((h) => h.item.id);
      expect(byName.length).toBeGreaterThan(3);
      for (const id of byName) expect(byAlias).toContain(id);
    });

    it('authority: matches English surface forms whatever their case', async () => {
      const upper = (await search(db, 'authority:NCSC', { limit: 200 })).hits.map((h) => h.item.id);
      expect(upper.length).toBeGreaterThan(0);
      expect((await search(db, 'authority:ncsc', { limit: 200 })).hits.map((h) => h.item.id)).toEqual(upper);
      const board = await search(db, 'authority:"data protection board"', { limit: 200 });
      expect(board.total).toBeGreaterThan(0);
      for (const h of board.hits) {
        const names = (await valuesOf(h.item.id, 'authority')).map((v) => v.value.toLowerCase());
        expect(names.some((n) => n.includes('data protection board'))).toBe(true);
      }
    });

    it('combines free text with filters', async () => {
      const r = await search(db, '罚款 category:enforcement after:2023-09-10', { limit: 100 });
      expect(r.total).toBeGreaterThan(0);
      for (const h of r.hits) {
        expect(h.item.category).toBe('enforcement');
        expect(h.item.listedDate! >= '2023-09-10').toBe(true);
      }
    });
  });

  describe('facets', () => {
    it('count the current result set for every filterable field', async () => {
      const r = await search(db, 'category:enforcement', { limit: 5 });
      expect(r.facets.category).toEqual([{ value: 'enforcement', count: r.total }]);
      const years = r.facets.year.reduce((n, f) => n + f.count, 0);
      expect(years).toBeLessThanOrEqual(r.total);
      expect(r.facets.authority.length).toBeGreaterThan(0);
      expect(r.facets.law.some((f) => f.value.includes('数据安全法'))).toBe(true);
      for (const values of Object.values(r.facets)) {
        const names = values.map((v) => v.value);
        expect(new Set(names).size).toBe(names.length);
      }
    });

    it('are empty for a query that matches nothing', async () => {
      const r = await search(db, '"这段文字不存在于任何条目"');
      expect(r.total).toBe(0);
      expect(r.facets.category).toEqual([]);
    });
  });

  describe('ranking', () => {
    it('puts an item whose headline names the term before passing mentions', async () => {
      const r = await search(db, '知网', { limit: 10 });
      expect(r.hits[0]!.item.title).toContain('知网');
    });

    it('puts a headline match first for a multi-word query too', async () => {
      const r = await search(db, '数据安全法 处罚', { limit: 10 });
      const first = r.hits[0]!.item;
      expect(`${first.title}`).toMatch(/数据安全法[\s\S]*处罚/);
    });
  });
});

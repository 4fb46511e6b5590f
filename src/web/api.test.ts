import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/helpers/backends.ts';
import { SEEDS } from '../../test/helpers/seeds.ts';
import { ingestPaths } from '../ingest/service.ts';
import { search } from '../search/search.ts';
import type { Sql } from '../store/sql.ts';
import { createApp } from './app.ts';

describeEachBackend('JSON API', (open) => {
  let db: Sql;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    db = await open();
    await ingestPaths(db, [SEEDS], { maxFileBytes: 10 * 1024 * 1024 });
    app = createApp(db);
  });

  describe('GET /api/search', () => {
    it('answers like the CLI search, with facets', async () => {
      const res = await app.request('/api/search?q=' + encodeURIComponent('知网 category:enforcement'));
      expect(res.status).toBe(200);
      const body = (await res.json()) as { total: number; hits: { id: number }[]; facets: { category: unknown[] } };
      const direct = await search(db, '知网 category:enforcement');
      expect(body.total).toBe(direct.total);
      expect(body.hits.map((h) => h.id)).toEqual(direct.hits.map((h) => h.item.id));
      expect(body.facets.category).toEqual([{ value: 'enforcement', count: direct.total }]);
    });

    it('returns 400 with the reason for a malformed query, and no internals', async () => {
      const res = await app.request('/api/search?q=' + encodeURIComponent('after:soon'));
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: '"after:" needs a date like 2023-09-01, got "soon"' });
      const bad = await app.request('/api/search?limit=100000');
      expect(bad.status).toBe(400);
    });
  });

  describe('GET /api/items/:id', () => {
    it('returns an item with its values and sources, or 404', async () => {
      const [hit] = (await search(db, '知网')).hits;
      const res = await app.request(`/api/items/${hit!.item.id}`);
      const item = (await res.json()) as { values: { field: string; value: string }[]; sources: unknown[] };
      expect(item.values.some((v) => v.field === 'penalty' && v.value === '50000000 CNY')).toBe(true);
      expect(item.sources).toHaveLength(1);
      expect((await app.request('/api/items/999999')).status).toBe(404);
      expect((await app.request('/api/items/abc')).status).toBe(404);
    });

    it('answers 404, not 500, for ids beyond the database integer range', async () => {
      const huge = '9'.repeat(25);
      for (const url of [`/api/items/${huge}`, `/api/items/1e30`, `/api/saved/${huge}/feed.atom`, `/items/${huge}`]) {
        expect((await app.request(url)).status, url).toBe(404);
      }
    });
  });
});

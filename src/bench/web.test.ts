import { describe, expect, it } from 'vitest';
import { webDb } from '../web/__fixtures__/web-db.ts';
import { benchWeb, PAGE_KINDS } from './web.ts';

describe('bench web', () => {
  it('renders every page of the fixed list over the seeds and reports each kind', async () => {
    const { db } = await webDb();
    const r = await benchWeb(db, 1);
    expect(r.items).toBe((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM items'))!.n);
    expect(r.pages.map((p) => p.kind)).toEqual([...PAGE_KINDS]);
    // The search pages are the 200 queries of `bench search`, the items a sample of 50.
    expect(r.pages.find((p) => p.kind === 'search')!.pages).toBe(200);
    expect(r.pages.find((p) => p.kind === 'item')!.pages).toBe(50);
    for (const p of r.pages) expect(p.p50Ms).toBeLessThanOrEqual(p.p95Ms);
    await db.close();
  });

  it('refuses to report a page that fails instead of timing the error', async () => {
    const { db } = await webDb();
    // Without the laws imported an article page is a 404, which is not the page being measured.
    await db.run('DELETE FROM laws');
    await expect(benchWeb(db, 1)).rejects.toThrow(/bench web: \/laws\/cn\.law\.data-security\/articles\/45 answered 404/);
    await db.close();
  });
});

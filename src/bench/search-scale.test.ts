import { beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/helpers/backends.ts';
import { SEEDS } from '../../test/helpers/seeds.ts';
import { ingestPaths } from '../ingest/service.ts';
import { search } from '../search/search.ts';
import type { Sql } from '../store/sql.ts';
import { loadSeedItems, writeSyntheticItems } from './search-corpus.ts';

// The shortcuts search takes for large corpora must not change answers: text with filters equals
// the intersection of the two, and a short page of the ranking is the head of a longer one.
describeEachBackend('search over a recombined corpus', (open) => {
  let db: Sql;
  beforeAll(async () => {
    db = await open();
    await ingestPaths(db, [SEEDS], { maxFileBytes: 10 * 1024 * 1024 });
    await writeSyntheticItems(db, await loadSeedItems(db), 600, { seed: 3 });
  });

  const ids = async (query: string) => (await search(db, query, { limit: 100_000, facets: false })).hits.map((h) => h.item.id);

  it.each([
    ['罚款', 'law:数据安全法 article:45'],
    ['数据', 'fine>=100000'],
    ['个人信息', 'topic:personal-information'],
    ['网信', 'category:enforcement region:江苏'],
    ['网络', 'law:网络安全法'],
    ['调查', 'authority:市场监督管理总局'],
  ])('"%s %s" finds exactly the items found by the words and by the filters', async (words, filters) => {
    const both = await ids(`${words} ${filters}`);
    const byFilters = new Set(await ids(filters));
    const expected = (await ids(words)).filter((id) => byFilters.has(id));
    expect(both.length).toBeGreaterThan(0);
    expect(new Set(both)).toEqual(new Set(expected));
    expect((await search(db, `${words} ${filters}`, { limit: 5 })).total).toBe(expected.length);
  });

  it.each([
    ['罚款', 'law:数据安全法 article:45'],
    ['数据', 'fine>=100000'],
    ['个人信息', 'topic:personal-information'],
    ['网络', 'law:网络安全法'],
    ['数据', 'category:enforcement'],
    ['数据', 'region:江苏'],
    ['网络', 'authority:网信办'],
    ['数据', 'category:enforcement authority:公安 -罚款'],
    ['数据', 'after:2022-01-01 fine>=20000'],
    ['数据', 'before:2025-06-30 fine<=1000000'],
  ])('"%s %s" in a window of 20 lists the most recently stored of exactly those items', async (words, filters) => {
    const byFilters = new Set(await ids(filters));
    const expected = (await ids(words)).filter((id) => byFilters.has(id));
    // More matches than the window holds, so the window's cut is what is tested.
    expect(expected.length).toBeGreaterThan(20);
    const r = await search(db, `${words} ${filters}`, { limit: 100, window: 20 });
    expect(r.capped).toBe(true);
    expect(r.total).toBe(20);
    const newest = [...expected].sort((a, b) => b - a).slice(0, 20);
    expect(new Set(r.hits.map((h) => h.item.id))).toEqual(new Set(newest));
  });

  it.each(['罚款', '数据安全', 'EDPB', '个人信息 -罚款'])('a page of "%s" is the head of the full ranking', async (query) => {
    const full = await ids(query);
    expect(full.length).toBeGreaterThan(25);
    expect((await search(db, query, { limit: 10 })).hits.map((h) => h.item.id)).toEqual(full.slice(0, 10));
    expect((await search(db, query, { limit: 10, offset: 10 })).hits.map((h) => h.item.id)).toEqual(full.slice(10, 20));
  });

  it('counts facets over all matches, once per item', async () => {
    const r = await search(db, 'category:enforcement', { limit: 1 });
    const byCategory = r.facets.category.find((f) => f.value === 'enforcement');
    expect(byCategory?.count).toBe(r.total);
    // Every item counts in its year, except the few seed items the text gives no date.
    const years = r.facets.year.reduce((n, f) => n + f.count, 0);
    const undated = await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM items WHERE category = 'enforcement' AND listed_date IS NULL");
    expect(years + undated!.n).toBe(r.total);
    const fine = await search(db, 'fine>=100000', { limit: 1 });
    for (const f of fine.facets.authority) expect(f.count).toBeLessThanOrEqual(fine.total);
  });
});

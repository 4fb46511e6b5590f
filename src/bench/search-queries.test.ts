import { beforeAll, describe, expect, it } from 'vitest';
import { SEEDS } from '../../test/helpers/seeds.ts';
import { ingestPaths } from '../ingest/service.ts';
import { parseQuery } from '../search/query.ts';
import { openStore } from '../store/open.ts';
import { loadSeedItems, type SeedItem } from './search-corpus.ts';
import { QUERY_KINDS, queryMix } from './search-queries.ts';

let seeds: SeedItem[];
beforeAll(async () => {
  // The mix depends on the seed items only, not on the store holding them.
  const db = await openStore(':memory:');
  await ingestPaths(db, [SEEDS], { maxFileBytes: 10 * 1024 * 1024 });
  seeds = await loadSeedItems(db);
  await db.close();
});

describe('bench query mix', () => {
  it('has 200 queries over every kind, all valid in the search language', () => {
    const mix = queryMix(seeds);
    expect(mix).toHaveLength(200);
    for (const kind of QUERY_KINDS) expect(mix.filter((q) => q.kind === kind).length).toBeGreaterThanOrEqual(15);
    for (const q of mix) expect(() => parseQuery(q.query)).not.toThrow();
    expect(mix.filter((q) => q.facets).every((q) => q.kind === 'facets')).toBe(true);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(queryMix(seeds, 4)).toEqual(queryMix(seeds, 4));
    expect(queryMix(seeds, 4).map((q) => q.query)).not.toEqual(queryMix(seeds, 5).map((q) => q.query));
  });

  it('asks for the words and filters named in the issue', () => {
    const queries = queryMix(seeds).map((q) => q.query);
    for (const q of ['知网', '网信', '罚款', '人民法院', '数据出境安全评估', 'EDPB', 'GDPR', 'category:enforcement region:江苏', 'law:数据安全法 article:45 罚款', 'fine>=100000', '个人信息 -罚款']) {
      expect(queries).toContain(q);
    }
  });

  it('takes every text term from the seed texts, so text queries have matches', () => {
    const texts = seeds.flatMap((s) => [s.title ?? '', ...s.paragraphs.map((p) => p.text)]);
    const terms = queryMix(seeds).flatMap((q) => parseQuery(q.query).terms);
    expect(terms.length).toBeGreaterThan(100);
    for (const t of terms) expect(texts.some((x) => x.includes(t)), t).toBe(true);
    const twoChar = queryMix(seeds).filter((q) => q.kind === 'word2').map((q) => q.term);
    expect(twoChar.every((t) => t !== null && [...t].length === 2)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { itemTags, magnitude, tag, tagGroups, type TagLookup } from './tags.ts';
import { indexTokens, termTokens } from './tokens.ts';

const lookup = (topics: string[], citations: string[], years: string[] = []): TagLookup => ({
  topics: async () => topics,
  citations: async () => citations,
  years: async () => years,
});

describe('item tags', () => {
  it('tags the values filters select on, each once, and a citation by law and article only', () => {
    const tags = itemTags({
      category: 'enforcement',
      region: '苏州',
      listedDate: '2024-03-05',
      values: [
        { field: 'authority', value: '苏州市网信办', data: { id: 'cac.jiangsu.suzhou' } },
        { field: 'authority', value: '不明机构', data: {} },
        { field: 'topic', value: 'personal-information', data: {} },
        { field: 'citation', value: '数据安全法#45#1', data: { law: '数据安全法', article: 45, paragraph: 1 } },
        { field: 'citation', value: '数据安全法#45#', data: { law: '数据安全法', article: 45, paragraph: null } },
        { field: 'keyword', value: '罚款', data: {} },
        { field: 'penalty', value: '50000 CNY', data: { amount: 50_000, currency: 'CNY' } },
        { field: 'penalty', value: '80000 CNY', data: { amount: 80_000, currency: 'CNY' } },
        { field: 'penalty', value: '? CNY', data: { amount: null } },
      ],
    });
    expect(tags.sort()).toEqual(
      [
        tag('category', 'enforcement'),
        tag('region', '苏州'),
        tag('surface', '苏州市网信办'),
        tag('id', 'cac.jiangsu.suzhou'),
        tag('surface', '不明机构'),
        tag('topic', 'personal-information'),
        tag('citation', '数据安全法#45'),
        tag('year', '2024'),
        tag('fine', '4'),
      ].sort(),
    );
  });

  it('cannot be produced by any text or query: the text tokenizer splits at its mark', () => {
    const t = tag('category', 'enforcement');
    expect(termTokens(t)).not.toContain(t);
    expect(indexTokens(`罚款${t}处罚`).split(' ')).not.toContain(t);
    // What is left after the mark is an ordinary Latin token, which no tag equals.
    expect(termTokens(t)).toEqual([t.slice(1)]);
  });
});

describe('penalty magnitude', () => {
  it('counts the digits of the whole amount, exactly at powers of ten', () => {
    expect([0, 9.99, 10, 99.5, 100, 1000, 9999, 10_000, 50_000_000, 999_999_999_999_999, 1e15, 1e30].map(magnitude)).toEqual([
      0, 0, 1, 1, 2, 3, 3, 4, 7, 14, 15, 15,
    ]);
  });
});

describe('tag groups', () => {
  it('moves category, regions and authorities into groups and leaves the rest to SQL', async () => {
    const { groups, rest } = await tagGroups(
      { category: 'judicial', regions: ['江苏', '苏州'], authorities: { surfaces: ['网信办'], ids: ['cac'] }, law: '数据安全法', document: 7 },
      lookup([], []),
    );
    expect(groups).toEqual([[tag('category', 'judicial')], [tag('region', '江苏'), tag('region', '苏州')], [tag('surface', '网信办'), tag('id', 'cac')]]);
    // law: without article: matches citations and instrument titles by substring; SQL keeps it.
    expect(rest).toMatchObject({ category: undefined, regions: undefined, authorities: undefined, law: '数据安全法', document: 7 });
  });

  it('resolves a topic prefix to the stored topics it starts', async () => {
    const { groups, rest } = await tagGroups({ topic: 'Cross-Border' }, lookup(['cross-border-data', 'cross-border-transfer', 'cybercrime'], []));
    expect(groups).toEqual([[tag('topic', 'cross-border-data'), tag('topic', 'cross-border-transfer')]]);
    expect(rest.topic).toBeUndefined();
  });

  it('resolves law and article as SQL does: the law as a substring ignoring ASCII case, the article exactly', async () => {
    const citations = ['数据安全法#45#1', '数据安全法#45#', '数据安全法#4#', '中华人民共和国数据安全法#45#2', '网络安全法#45#', 'GDPR#5#1', 'a#b#45#'];
    const dsl = await tagGroups({ law: '数据安全法', article: 45 }, lookup([], citations));
    expect(dsl.groups).toEqual([[tag('citation', '数据安全法#45'), tag('citation', '中华人民共和国数据安全法#45')]]);
    expect(dsl.rest).toMatchObject({ law: undefined, article: undefined });
    expect((await tagGroups({ law: 'gdpr', article: 5 }, lookup([], citations))).groups).toEqual([[tag('citation', 'GDPR#5')]]);
    // A law whose title holds `#` still parses from the right.
    expect((await tagGroups({ law: 'a#b', article: 45 }, lookup([], citations))).groups).toEqual([[tag('citation', 'a#b#45')]]);
    // article: alone covers every law.
    expect((await tagGroups({ article: 45 }, lookup([], citations))).groups[0]).toHaveLength(4);
  });

  it('narrows fine and date ranges to the magnitudes and years they can hold, keeping the exact conditions', async () => {
    const years = ['2019', '2020', '2023', '2024', '2026'];
    const r = await tagGroups({ fineMin: 10_000.01, after: '2023-09-01', before: '2024-06' }, lookup([], [], years));
    expect(r.groups).toEqual([
      Array.from({ length: 12 }, (_, i) => tag('fine', String(4 + i))),
      [tag('year', '2023'), tag('year', '2024')],
    ]);
    expect(r.rest).toMatchObject({ fineMin: 10_000.01, after: '2023-09-01', before: '2024-06' });
    expect((await tagGroups({ fineMin: 50, fineMax: 5000 }, lookup([], []))).groups).toEqual([[tag('fine', '1'), tag('fine', '2'), tag('fine', '3')]]);
    // Bounds that no amount can meet are left to SQL, which finds nothing.
    expect((await tagGroups({ fineMin: 5000, fineMax: 50 }, lookup([], []))).groups).toEqual([]);
    expect((await tagGroups({ before: '2018-12-31' }, lookup([], [], years))).groups).toEqual([]);
  });

  it('leaves to SQL a filter that resolves to nothing or to too many alternatives', async () => {
    const none = await tagGroups({ topic: 'nothing', law: '刑法', article: 1 }, lookup(['cybercrime'], ['数据安全法#1#']));
    expect(none.groups).toEqual([]);
    expect(none.rest).toMatchObject({ topic: 'nothing', law: '刑法', article: 1 });
    const many = Array.from({ length: 65 }, (_, i) => `公安局${i}`);
    const wide = await tagGroups({ authorities: { surfaces: many, ids: [] } }, lookup([], []));
    expect(wide.groups).toEqual([]);
    expect(wide.rest.authorities?.surfaces).toHaveLength(65);
  });
});

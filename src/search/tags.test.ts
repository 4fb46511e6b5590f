import { describe, expect, it } from 'vitest';
import { itemTags, tag, tagGroups, type TagLookup } from './tags.ts';
import { indexTokens, termTokens } from './tokens.ts';

const lookup = (topics: string[], citations: string[]): TagLookup => ({ topics: async () => topics, citations: async () => citations });

describe('item tags', () => {
  it('tags the values filters select on, each once, and a citation by law and article only', () => {
    const tags = itemTags({
      category: 'enforcement',
      region: '苏州',
      values: [
        { field: 'authority', value: '苏州市网信办', data: { id: 'cac.jiangsu.suzhou' } },
        { field: 'authority', value: '不明机构', data: {} },
        { field: 'topic', value: 'personal-information', data: {} },
        { field: 'citation', value: '数据安全法#45#1', data: { law: '数据安全法', article: 45, paragraph: 1 } },
        { field: 'citation', value: '数据安全法#45#', data: { law: '数据安全法', article: 45, paragraph: null } },
        { field: 'keyword', value: '罚款', data: {} },
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

describe('tag groups', () => {
  it('moves category, regions and authorities into groups and leaves the rest to SQL', async () => {
    const { groups, rest } = await tagGroups(
      { category: 'judicial', regions: ['江苏', '苏州'], authorities: { surfaces: ['网信办'], ids: ['cac'] }, after: '2024-01-01', fineMin: 10_000 },
      lookup([], []),
    );
    expect(groups).toEqual([[tag('category', 'judicial')], [tag('region', '江苏'), tag('region', '苏州')], [tag('surface', '网信办'), tag('id', 'cac')]]);
    expect(rest).toMatchObject({ category: undefined, regions: undefined, authorities: undefined, after: '2024-01-01', fineMin: 10_000 });
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

import { describe, expect, it } from 'vitest';
import { extractAuthorities } from './authorities.ts';
import { extractCitations } from './citations.ts';
import { extractInstruments } from './instruments.ts';
import { extractRegion } from './regions.ts';

// Extractors of one item share their readings of its text (the authority mention scan serves
// authorities and region; the bracketed titles serve instruments, short forms and citations).
// What each returns must still be its own: changing one answer must not change the next.

const NINGBO =
  '2021年4月19日，浙江省宁波市市场监督管理局（“宁波市市监局”）发布公告，对宁波保利实业投资有限公司侵害消费者个人信息权利的行为处以罚款。宁波市市监局驳回了这一申辩。';
const SUQIAN =
  '9月6日，公安部网安局发布消息称，江苏公安机关网安部门聚焦信息数据泄露问题。宿迁公安机关依据《数据安全法》第四十五条规定，对该机构予以行政警告并处罚款 10 万元。';

describe('extractors sharing one reading of a text', () => {
  it('give authorities and region that later calls do not see changed', () => {
    const authorities = structuredClone(extractAuthorities(NINGBO));
    const region = structuredClone(extractRegion(NINGBO, { style: 'written' }));
    expect(authorities.map((a) => a.value.name)).toEqual(['浙江省宁波市市场监督管理局', '宁波市市监局']);
    expect(region?.value).toBe('宁波市');

    for (const a of extractAuthorities(NINGBO)) {
      a.span.start = -1;
      a.value.name = 'changed';
    }
    const r = extractRegion(NINGBO, { style: 'written' })!;
    r.span.start = -1;
    r.span.end = -1;

    expect(extractAuthorities(NINGBO)).toEqual(authorities);
    expect(extractRegion(NINGBO, { style: 'written' })).toEqual(region);
  });

  it('give the same region whether or not the authorities were read first', () => {
    const regionFirst = extractRegion(SUQIAN);
    const authorities = extractAuthorities(SUQIAN);
    expect(extractRegion(SUQIAN)).toEqual(regionFirst);
    expect(authorities.map((a) => a.value.name)).toEqual(['公安部网安局', '江苏公安机关网安部门', '宿迁公安机关']);
  });

  it('give instruments and citations that later calls do not see changed', () => {
    const instruments = structuredClone(extractInstruments(SUQIAN));
    const citations = structuredClone(extractCitations(SUQIAN));
    expect(instruments.map((i) => i.value.title)).toEqual(['数据安全法']);
    expect(citations.map((c) => [c.value.law, c.value.article])).toEqual([['数据安全法', 45]]);

    for (const i of extractInstruments(SUQIAN)) i.span.start = -1;
    for (const c of extractCitations(SUQIAN)) c.span.start = -1;

    expect(extractInstruments(SUQIAN)).toEqual(instruments);
    expect(extractCitations(SUQIAN)).toEqual(citations);
  });
});

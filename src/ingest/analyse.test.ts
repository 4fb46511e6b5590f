import { describe, expect, it } from 'vitest';
import { SEED, readSeed } from '../../test/helpers/seeds.ts';
import { extractRecord, itemKeywords, itemText } from '../extract/item.ts';
import { segmentText } from '../segment/segment.ts';
import { normalizeText } from '../text/normalize.ts';
import { analyse } from './service.ts';

// analyse computes a document's keywords before its records (for speed); a record must be what
// extractRecord gives for the item alone.
describe('analyse: keywords computed beforehand', () => {
  const doc = normalizeText(readSeed(SEED.weekly2021b));
  const segments = segmentText(doc);

  it('gives each record the keywords of its own item text', () => {
    const records = analyse(doc);
    expect(records).toHaveLength(segments.length);
    records.forEach((r, i) => {
      const keywords = r.values.filter((v) => v.field === 'keyword').map((v) => v.value);
      expect(keywords.length).toBeGreaterThan(0);
      expect(keywords).toEqual(itemKeywords(itemText(doc, segments[i]!)));
    });
  });

  it('builds the same record from given keywords as from its own', () => {
    const ctx = { referenceDate: '2021-06-01' };
    for (const seg of segments) {
      const text = itemText(doc, seg);
      expect(extractRecord(doc, seg, ctx, text, itemKeywords(text))).toEqual(extractRecord(doc, seg, ctx));
    }
  });
});

describe('analyse: short forms a document defines', () => {
  it('resolves a short form a later case cites to what an earlier case defined it as', () => {
    const doc = normalizeText(
      '案例一\n被告人吴某某侵犯公民个人信息案\n\n浙江省杭州市西湖区人民法院于2022年10月18日作出一审判决。根据《最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》（以下简称《解释》）第五条第一款第三项的规定，属“情节特别严重”。\n\n案例二\n被告人陈某某等侵犯公民个人信息案\n\n北京市朝阳区人民法院于2023年8月25日作出判决。根据《解释》第五条第一款第四项的规定，非法获取、出售财产信息五十条以上的，即属“情节严重”。\n',
    );
    const laws = analyse(doc).map((r) => r.values.filter((v) => v.field === 'citation').map((v) => v.data.law));
    const full = '最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释';
    expect(laws).toEqual([[full], [full]]);
  });
});

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

describe('analyse: the reference date for month-day dates', () => {
  it('is not moved back by an item about an earlier year', () => {
    const doc = normalizeText(
      [
        'ASIA TECH POLICY WIRE    Thursday, 28 September 2023',
        '',
        'Background: the Didi decision',
        '',
        'On 21 July 2022 the CAC fined Didi RMB 8.026 billion for violations of the Cybersecurity Law.',
        '',
        'MIIT orders removal of 8 apps',
        '',
        'The Ministry of Industry and Information Technology (MIIT) announced on 29 August that it had ordered app stores to take down 8 apps.',
      ].join('\n'),
    );
    expect(analyse(doc).map((r) => r.date)).toEqual(['2022-07-21', '2023-08-29']);
  });
});

describe('analyse: a bare $ on a page about Singapore', () => {
  it('is a Singapore dollar', () => {
    const doc = normalizeText(
      'A Singapore Government Agency Website\n\nBreach of the Protection Obligation by Marina Bay Dental Group\n  Decision  |  Protection  |  12 Oct 2023\n  A financial penalty of $58,000 was imposed on Marina Bay Dental Group.\n\n© 2023, Government of Singapore\n',
    );
    const penalties = analyse(doc).flatMap((r) => r.values.filter((v) => v.field === 'penalty').map((v) => v.value));
    expect(penalties).toEqual(['58000 SGD']);
  });
});

describe('analyse: status', () => {
  it('is not given to an overseas item that reports a fine', () => {
    const doc = normalizeText(
      'FTC finalizes order with DNA testing firm 1Health.io\nThe Federal Trade Commission (FTC) announced on September 7, 2023 a proposed order requiring 1Health.io to pay $75,000 and to strengthen its protections for genetic information.\n',
    );
    const [rec] = analyse(doc);
    expect(rec?.category).toBe('overseas');
    expect(rec?.status).toBeNull();
  });
});

describe('analyse: a document without a dated cover', () => {
  it('dates yearless items from the years the document writes elsewhere', () => {
    const doc = normalizeText(
      '数据合规周报（2024年第10期）\n\n◆ 国家网信办发布《个人信息出境认证办法（征求意见稿）》\n\n3月1日，国家互联网信息办公室发布《个人信息出境认证办法（征求意见稿）》，截止日期为2024年3月31日。\n\n◆ 工信部印发《工业领域数据安全标准体系建设指南》\n\n3月4日，工业和信息化部印发《工业领域数据安全标准体系建设指南（2023版）》。\n',
    );
    expect(analyse(doc).map((r) => r.date)).toEqual(['2024-03-01', '2024-03-04']);
  });
});

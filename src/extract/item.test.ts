import { describe, expect, it } from 'vitest';
import type { Segment } from '../segment/types.ts';
import { extractRecord } from './item.ts';
import type { ItemRecord } from './record.ts';

// One document holding one item: an optional headline line, then the body.
function record(doc: string, title: string | null = null): ItemRecord {
  const titleSpan = title === null ? null : { start: 0, end: title.length };
  const seg: Segment = {
    seq: 0,
    parentSeq: null,
    title,
    titleSpan,
    titleEn: null,
    titleEnSpan: null,
    span: { start: 0, end: doc.length },
    body: [{ start: titleSpan ? titleSpan.end + 1 : 0, end: doc.length }],
    bodyEn: [],
    sectionPath: [],
    source: null,
    masked: [],
    commentary: null,
  };
  return extractRecord(doc, seg, { referenceDate: '2023-01-01' });
}

const field = (r: ItemRecord, name: string): string[] => r.values.filter((v) => v.field === name).map((v) => v.value);
const data = (r: ItemRecord, name: string): Record<string, unknown>[] => r.values.filter((v) => v.field === name).map((v) => v.data);

describe('extractRecord: traditional script', () => {
  it('reads a traditional-script report on mainland enforcement and keeps its surface forms', () => {
    const doc = '2023年9月1日，國家互聯網信息辦公室依據《網絡安全法》第五十九條，對某公司處以罰款人民幣五萬元。';
    const r = record(doc);
    expect(r.date).toBe('2023-09-01');
    expect(r.category).toBe('enforcement');
    expect(field(r, 'authority')).toEqual(['國家互聯網信息辦公室']);
    expect(field(r, 'instrument')).toEqual(['網絡安全法']);
    expect(data(r, 'citation')).toEqual([{ law: '網絡安全法', article: 59, paragraph: null }]);
    expect(data(r, 'penalty')).toEqual([{ amount: 50000, currency: 'CNY', kind: 'fine', target: '某公司', payer: 'entity' }]);
    expect(r.region).toBeNull();
  });

  it('gives every value a surface that is the original text at its span', () => {
    const doc = '2023年9月1日，國家互聯網信息辦公室依據《網絡安全法》第五十九條，對某公司處以罰款人民幣五萬元。';
    for (const v of record(doc).values) {
      if (v.span) expect(v.surface).toBe(doc.slice(v.span.start, v.span.end));
    }
  });

  it('reads a Taiwan FSC release: 新臺幣 fines are TWD, the region is written 臺灣', () => {
    const title = '金管會裁罰某銀行';
    const doc = `${title}\n2023年11月7日，臺灣金融監督管理委員會（金管會）表示，某銀行違反《個人資料保護法》第27條第1項，未採取適當安全措施，核處新臺幣600萬元罰鍰，並命其限期改正。`;
    const r = record(doc, title);
    expect(r.category).toBe('overseas');
    expect(r.region).toBe('臺灣');
    expect(r.date).toBe('2023-11-07');
    expect(field(r, 'authority')).toEqual(expect.arrayContaining(['金管會']));
    expect(field(r, 'penalty')).toEqual(['6000000 TWD']);
    expect(data(r, 'citation')).toEqual([{ law: '個人資料保護法', article: 27, paragraph: null }]);
  });

  it('reads a Ministry of Digital Affairs fine with its target in traditional script', () => {
    const title = '數位發展部裁罰電商業者';
    const doc = `${title}\n2024年3月1日，數位發展部依《個人資料保護法》第48條，對未採行適當安全措施的某電商業者處新臺幣20萬元罰鍰。`;
    const r = record(doc, title);
    expect(r.category).toBe('overseas');
    expect(field(r, 'authority')).toEqual(['數位發展部']);
    expect(data(r, 'penalty')).toEqual([{ amount: 200000, currency: 'TWD', kind: 'fine', target: '某電商業者', payer: 'entity' }]);
  });

  it('reads a Hong Kong PCPD report as overseas, region 香港', () => {
    const title = '私隱專員公署就某電訊公司資料外洩事故發表調查報告';
    const doc = `${title}\n2023年10月5日，香港個人資料私隱專員公署發表調查報告，指某電訊公司違反《個人資料（私隱）條例》保障資料第4(1)原則，並向其送達執行通知。`;
    const r = record(doc, title);
    expect(r.category).toBe('overseas');
    expect(r.region).toBe('香港');
    expect(r.date).toBe('2023-10-05');
    expect(field(r, 'authority')).toContain('香港個人資料私隱專員公署');
    expect(field(r, 'instrument')).toEqual(['個人資料（私隱）條例']);
  });

  it('leaves simplified text as it is (显著 is not read as traditional)', () => {
    const doc = '9月1日，国家互联网信息办公室依据《网络安全法》第五十九条，对某公司处以罚款人民币五万元，整治取得显著成效。';
    const r = record(doc);
    expect(field(r, 'authority')).toEqual(['国家互联网信息办公室']);
    expect(data(r, 'citation')).toEqual([{ law: '网络安全法', article: 59, paragraph: null }]);
    expect(field(r, 'keyword')).not.toContain('显着');
  });
});

import { describe, expect, it } from 'vitest';
import { analyse } from '../ingest/service.ts';
import { normalizeText } from '../text/normalize.ts';
import { segmentText } from './segment.ts';

// FORMAT.md: an event inside a report that carries its own date is an item of its own.

const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);
/** Each item's date and fines, in reading order. */
const datesAndFines = (text: string) => analyse(text).map((r) => [r.date, r.values.filter((v) => v.field === 'penalty').map((v) => v.value)]);

describe('splitSubEvents', () => {
  it('makes a further dated development inside a report a child item, masked in the report', () => {
    const text = normalizeText(
      '信安标委就三项推荐性国家标准征求意见\n\n2021年4月23日，全国信息安全标准化技术委员会发布公告，就《信息安全技术 人脸识别数据安全要求》征求意见，截止日期为6月22日。另外，4月19日，信安标委也曾就《信息安全技术 移动互联网应用程序（APP）SDK安全指南》征求意见，截止日期为6月18日。\n',
    );
    const segs = segmentText(text);
    expect(segs.map((s) => [s.seq, s.parentSeq, s.title])).toEqual([
      [0, null, '信安标委就三项推荐性国家标准征求意见'],
      [1, 0, null],
    ]);
    expect(slice(text, segs[1]!.span)).toBe('另外，4月19日，信安标委也曾就《信息安全技术 移动互联网应用程序（APP）SDK安全指南》征求意见，截止日期为6月18日。');
    expect(segs[0]!.masked).toContainEqual(segs[1]!.span);
  });

  it('counts an earlier fine once, in its own item with its own date', () => {
    const text = normalizeText(
      '宁波市市监局处罚房企\n\n2021年4月19日，宁波市市场监督管理局对宁波某实业投资有限公司处以人民币25万元的罚款。此前，在4月14日，另有一家房地产企业因同样理由被罚款20万元。\n',
    );
    expect(datesAndFines(text)).toEqual([
      ['2021-04-19', ['250000 CNY']],
      ['2021-04-14', ['200000 CNY']],
    ]);
  });

  it('reads an earlier step told with its subject first (ICO此前于2024年8月…), dated by its month', () => {
    const text = normalizeText(
      '数据合规双周刊\n2025年3月31日\n\n英国ICO对软件服务商处以307万英镑罚款\n\n3月27日，英国信息专员办公室（ICO）宣布对一家软件服务商处以307.6万英镑罚款。ICO此前于2024年8月发布的临时处罚通知中拟议的罚款金额为609万英镑。\n',
    );
    expect(datesAndFines(text)).toEqual([
      ['2025-03-27', ['3076000 GBP']],
      ['2024-08', ['6090000 GBP']],
    ]);
  });

  it('splits off an earlier penalty the item recounts, dated before the item, and dates it', () => {
    const text = normalizeText(
      [
        'PIPC imposes KRW 15.1 billion penalty on online marketplace',
        'On 12 December 2024, Korea\'s Personal Information Protection Commission (PIPC) imposed a penalty surcharge of KRW 15.1 billion on an online marketplace operator. The PIPC also ordered the company to publish the sanction. The PIPC\'s record remains the KRW 69.2 billion it imposed on Google and Meta in September 2022 for behavioural advertising without consent.',
      ].join('\n\n'),
    );
    expect(datesAndFines(text)).toEqual([
      ['2024-12-12', ['15100000000 KRW']],
      ['2022-09', ['69200000000 KRW']],
    ]);
  });

  // The ICO's own news page: meta lines under the headline date it; the provisional fine of its
  // notice of intent is an earlier penalty with its own month; the notes to editors are no item.
  it('reads a regulator\'s press release: dated by its meta line, the provisional fine split off, the notes left out', () => {
    const text = normalizeText(
      [
        'ICO fines Advanced Computer Software Group Ltd £3.07m following ransomware attack',
        'Date: 27 March 2025',
        'Type: News',
        "The Information Commissioner's Office (ICO) has fined Advanced Computer Software Group Ltd (Advanced) £3.07m for security failings that put the personal information of 79,404 people at risk.",
        'The ICO provisionally decided in August 2024 to fine Advanced £6.09m, but after considering representations from Advanced, the fine was reduced.',
        'Notes to editors',
        "1. The Information Commissioner's Office (ICO) is the UK's independent regulator for data protection and information rights law.",
        'Share this page',
      ].join('\n\n'),
    );
    expect(datesAndFines(text)).toEqual([
      ['2025-03-27', ['3070000 GBP']],
      ['2024-08', ['6090000 GBP']],
    ]);
  });

  it('reads a yearless lead (In May, …) against the document\'s date to tell an earlier penalty', () => {
    const text = normalizeText(
      'Quarterly Report\nPublished July 2024\n\nShenzhen regulator fines navigation app developer\n\nIn May, the Shenzhen Municipal Cyberspace Administration fined a navigation app developer RMB 500,000. The case follows an RMB 200,000 fine that the same regulator imposed on 15 November 2023 on a smart-lock maker.\n',
    );
    expect(datesAndFines(text)).toEqual([
      ['2024-05', ['500000 CNY']],
      ['2023-11-15', ['200000 CNY']],
    ]);
    // The earlier fine names no place of its own: it is the Shenzhen report's, so not overseas.
    expect(analyse(text).map((r) => r.category)).toEqual(['enforcement', 'enforcement']);
  });

  it.each([
    ['a later penalty', 'On 12 December 2024, the PIPC imposed a fine of KRW 7.8 million. On 20 December 2024, the PIPC fined another operator KRW 2 million.'],
    ['an earlier date without money', 'On 12 December 2024, the PIPC imposed a fine of KRW 7.8 million. The PIPC first warned the company in March 2023.'],
    ['an earlier sum that nobody imposed', 'On 12 December 2024, the PIPC imposed a fine of KRW 7.8 million. The company earned KRW 90 billion in March 2023.'],
  ])('keeps %s inside the item', (_what, body) => {
    expect(segmentText(normalizeText(`PIPC fines marketplace\n\n${body}\n`))).toHaveLength(1);
  });

  it('pairs the sub-events of a bilingual item in order, Chinese with English', () => {
    const text = normalizeText(
      [
        '信安标委就标准征求意见',
        '2021年4月23日，信安标委发布公告征求意见。另外，4月19日，信安标委也曾就两项国家标准征求意见。',
        'TC260 Seeks Advice on Standards',
        'On April 23, 2021, TC260 issued an announcement seeking advice. Furthermore, on April 19, TC260 also sought advice on another two standards.',
      ].join('\n\n'),
    );
    const segs = segmentText(text);
    expect(segs).toHaveLength(2);
    expect(slice(text, segs[1]!.body[0]!)).toBe('另外，4月19日，信安标委也曾就两项国家标准征求意见。');
    expect(slice(text, segs[1]!.bodyEn[0]!)).toBe('Furthermore, on April 19, TC260 also sought advice on another two standards.');
  });

  it('splits nothing when the two halves of a bilingual item do not tell the same number', () => {
    const text = normalizeText(
      '信安标委就标准征求意见\n\n2021年4月23日，信安标委发布公告征求意见。另外，4月19日，信安标委也曾就两项国家标准征求意见。\n\nTC260 Seeks Advice on Standards\n\nOn April 23, 2021, TC260 issued an announcement seeking advice on three standards.\n',
    );
    expect(segmentText(text)).toHaveLength(1);
  });

  it.each([
    ['the item\'s own lead', '此前，4月14日，宁波市市场监督管理局对一家房企处以罚款。'],
    ['a connective without a date', '2021年4月19日，宁波市市场监督管理局处以罚款。此前，另有两家企业被罚。'],
    ['a date without a connective', '2021年4月19日，宁波市市场监督管理局处以罚款。4月14日，该局曾约谈企业。'],
    ['a date that bounds something', '2021年4月19日，宁波市市场监督管理局发布《办法》。此外，5月1日起，该局将开展专项检查。'],
  ])('leaves %s inside the item', (_what, body) => {
    expect(segmentText(normalizeText(`宁波市市监局处罚房企\n\n${body}\n`))).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { readSeed, SEED } from '../../test/helpers/seeds.ts';
import { normalizeText } from '../text/normalize.ts';
import { segmentText } from './segment.ts';
import type { Segment } from './types.ts';

function segmentSeed(name: string): { text: string; segs: Segment[] } {
  const text = normalizeText(readSeed(name));
  return { text, segs: segmentText(text) };
}

const bodyOf = (text: string, s: Segment) => s.body.map((b) => text.slice(b.start, b.end)).join('\n');
const itemText = (text: string, s: Segment) => text.slice(s.span.start, s.span.end);

// Counts below were made by reading each seed: one item per development, sub-cases as children.
describe.each([
  [SEED.monthly2019, 38],
  [SEED.weekly2020, 5],
  [SEED.weekly2021a, 5],
  [SEED.report2023, 88],
  [SEED.weekly2021b, 9],
])('seed %s', (name, expected) => {
  const { text, segs } = segmentSeed(name);

  it(`has ${expected} items`, () => {
    expect(segs).toHaveLength(expected);
  });

  it('never makes an item of a table of contents, disclaimer, biography or advertisement', () => {
    for (const s of segs) {
      const t = itemText(text, s);
      expect(t).not.toMatch(/\.{4,}\s*\d+$|免责声明|律师获得|This Newsletter has been prepared|扫码关注|咨询服务|联系方式/m);
    }
  });

  it('keeps spans inside the document and in reading order', () => {
    let last = -1;
    for (const s of segs) {
      expect(s.span.start).toBeGreaterThan(last);
      expect(s.span.end).toBeLessThanOrEqual(text.length);
      for (const b of s.body) expect(text.slice(b.start, b.end).trim().length).toBeGreaterThan(0);
      last = s.span.start;
    }
  });
});

describe('monthly with numbered parts and date-led paragraphs (000)', () => {
  const { text, segs } = segmentSeed(SEED.monthly2019);

  it('makes each date-led paragraph an untitled item under its part', () => {
    const part1 = segs.filter((s) => s.sectionPath[0] === '第一部分 国内立法及政策动态');
    expect(part1).toHaveLength(16);
    expect(part1.every((s) => s.title === null)).toBe(true);
    expect(bodyOf(text, part1[0]!)).toMatch(/^11 月 1 日，国家广播电视总局办公厅发布/);
  });

  it('keeps a 简评 as the commentary of the item before it, not as an item', () => {
    const withComment = segs.filter((s) => s.commentary);
    expect(withComment.length).toBe(4);
    expect(withComment[0]!.commentary).toMatch(/^简评：自今年九月份起/);
  });

  it('re-joins a paragraph split over a page break', () => {
    const item = segs.find((s) => s.commentary?.includes('互金行业更加人人自危'));
    expect(item && bodyOf(text, item)).toMatch(/^11 月 6 日，中国互联网金融协会/);
  });

  it('uses the bullet headline of a case as its title', () => {
    const judicial = segs.filter((s) => s.sectionPath[0] === '第三部分 国内司法案件');
    expect(judicial.map((s) => s.title)).toEqual([
      '拉卡拉旗下考拉征信涉嫌侵犯公民个人信息犯罪',
      '北京警方破获非法数字货币交易所 BISS 诈骗案，抓捕犯罪嫌疑人数十人',
    ]);
  });
});

describe('bilingual weeklies (001, 002, 004)', () => {
  it.each([SEED.weekly2020, SEED.weekly2021a, SEED.weekly2021b])('%s pairs each Chinese item with its English version', (name) => {
    const { text, segs } = segmentSeed(name);
    for (const s of segs) {
      expect(s.title).toMatch(/[\u4E00-\u9FFF]/);
      expect(s.titleEn).toMatch(/^[A-Z]/);
      expect(s.bodyEn.length).toBeGreaterThan(0);
      expect(bodyOf(text, s)).toMatch(/[\u4E00-\u9FFF]/);
    }
  });

  it('skips the headline list at the top and keeps the sections', () => {
    const { segs } = segmentSeed(SEED.weekly2021b);
    expect(segs[0]!.title).toBe('工信部就《移动互联网应用程序个人信息保护管理暂行规定》征求意见');
    expect(segs.filter((s) => s.sectionPath[0] === '海外动态 Overseas News')).toHaveLength(3);
  });

  it('keeps a second English paragraph in the English part', () => {
    const { text, segs } = segmentSeed(SEED.weekly2021b);
    const ningbo = segs.find((s) => s.title?.startsWith('三家房企'))!;
    const en = ningbo.bodyEn.map((b) => text.slice(b.start, b.end)).join('\n');
    expect(en).toContain('Previously, on April 14 and April 15');
  });
});

describe('long monthly report (003)', () => {
  const { text, segs } = segmentSeed(SEED.report2023);

  it('records the section path of each item', () => {
    const shanghai = segs.find((s) => s.title === '上海公安机关：累计对 2800 余家单位开展执法检查')!;
    expect(shanghai.sectionPath).toEqual(['境内前沿观察二：治理实践', '公安机关治理实践']);
    expect(shanghai.source).toBe('上海网警');
  });

  it('splits 案例一…案例五 into children of the release that published them', () => {
    const parent = segs.find((s) => s.title === '江苏公安机关公布多起不履行数据安全保护义务行政执法案例')!;
    const children = segs.filter((s) => s.parentSeq === parent.seq);
    expect(children.map((c) => c.title)).toEqual([
      '宿迁某医学检验机构不履行数据安全保护义务案',
      '成都某科技有限公司不履行数据安全保护义务案',
      '泰州某不动产登记中心和北京某科技发展研究中心不履行数据安全保护义务案',
      '盐城某医药公司不履行数据安全保护义务案',
      '南通某科技有限公司不履行数据安全保护义务案',
    ]);
    expect(bodyOf(text, children[0]!)).toContain('罚款 10 万元');
    expect(bodyOf(text, parent)).not.toContain('案例一');
  });

  it('makes the sub-reports under a group heading items of their own', () => {
    const group = segs.filter((s) => s.sectionPath[2] === '工信部及多省通信管理局通报或下架侵害用户权益 APP/SDK');
    expect(group.map((s) => s.title)).toEqual(['工信部', '浙江', '陕西', '广东', '上海']);
  });

  it('keeps a bulleted list after "分别是：" inside its item', () => {
    const standards = segs.find((s) => s.title === '全国信安标委发布四项网络安全国家标准')!;
    expect(bodyOf(text, standards)).toContain('GB/T 43207-2023');
  });

  it('masks the （来源：…） line from extraction but keeps it as the source', () => {
    const cnki = segs.find((s) => s.title?.includes('知网'))!;
    expect(cnki.source).toBe('中国网信网');
    const masked = cnki.masked.map((m) => text.slice(m.start, m.end)).join('');
    expect(masked).toContain('来源：中国网信网');
  });

  it('does not turn 导读 or 关键词 blocks into items', () => {
    expect(segs.some((s) => itemText(text, s).includes('导读：'))).toBe(false);
    expect(segs.some((s) => itemText(text, s).includes('关键词：'))).toBe(false);
  });
});

describe('layouts the seeds do not show', () => {
  it('reads a single official notice as one titled item', () => {
    const text = normalizeText(
      '国家互联网信息办公室关于发布《数据出境安全评估申报指南（第二版）》的公告\n\n为指导和帮助数据处理者规范、有序申报数据出境安全评估，国家互联网信息办公室修订形成了《数据出境安全评估申报指南（第二版）》，现予发布。\n\n特此公告。\n\n国家互联网信息办公室\n\n2024年3月22日\n',
    );
    const segs = segmentText(text);
    expect(segs).toHaveLength(1);
    expect(segs[0]!.title).toBe('国家互联网信息办公室关于发布《数据出境安全评估申报指南（第二版）》的公告');
  });

  it('reads an English-only digest as one item per headline', () => {
    const text = normalizeText(
      '## Enforcement\n\n### CNIL fines Google EUR 150 million over cookies\n\nOn 6 January 2022, the CNIL fined Google LLC and Google Ireland a total of EUR 150 million.\n\n### ICO fines TikTok GBP 12.7 million\n\nOn 4 April 2023, the ICO issued a fine of GBP 12.7 million to TikTok.\n\nIt found that TikTok had processed children\'s data without consent.\n',
    );
    const segs = segmentText(text);
    expect(segs.map((s) => s.title)).toEqual([
      'CNIL fines Google EUR 150 million over cookies',
      'ICO fines TikTok GBP 12.7 million',
    ]);
    expect(segs[1]!.body).toHaveLength(2);
    expect(segs[1]!.bodyEn).toHaveLength(0);
  });

  it('keeps English headlines that start with a symbol apart, instead of pairing them as translations', () => {
    const text = normalizeText(
      '■ Italy – Garante fines OpenAI EUR 15 million over ChatGPT\n\nOn 20 December 2024 the Garante fined OpenAI EUR 15 million.\n\n■ Ireland – DPC fines Meta EUR 251 million\n\nOn 17/12/2024 the Irish DPC announced final decisions imposing fines on Meta.\n',
    );
    const segs = segmentText(text);
    expect(segs).toHaveLength(2);
    expect(segs.every((s) => s.bodyEn.length === 0)).toBe(true);
  });

  it('does not take an English headline as the translation of an untitled English paragraph', () => {
    const text = normalizeText(
      'On 3 August the CAC published draft Measures on compliance audits.\n\nMIIT orders removal of 8 apps\n\nThe Ministry of Industry and Information Technology announced on 29 August that it had ordered 8 apps taken down.\n',
    );
    expect(segmentText(text).map((s) => s.title)).toEqual([null, 'MIIT orders removal of 8 apps']);
  });

  it('reads capitalised English section names as sections and skips an introduction and a commentary section', () => {
    const text = normalizeText(
      [
        'China Data & Cyber Monthly – September 2023', '', '10 October 2023', '',
        'Welcome to the September 2023 edition of our China Data & Cyber Monthly. September was a busy month.', '',
        'Key contacts: Jane Whitfield (Partner, Shanghai)', '',
        'ENFORCEMENT', '',
        '5.  Shanghai police fine company for failing to protect data', '',
        'On 19 September, the Shanghai Municipal Public Security Bureau fined a company CNY 500,000.', '',
        'Our take: enforcement of the Data Security Law is picking up.', '',
        'LOOKING AHEAD', '',
        'We expect the final version of the cross-border rules before the end of the year.',
      ].join('\n'),
    );
    const segs = segmentText(text);
    expect(segs.map((s) => s.title)).toEqual(['Shanghai police fine company for failing to protect data']);
    expect(segs[0]!.sectionPath).toEqual(['ENFORCEMENT']);
    expect(segs[0]!.commentary).toMatch(/^Our take:/);
  });

  it('makes each data row of a text table an item', () => {
    const text = normalizeText(
      [
        'THE LARGEST GDPR FINES TO DATE (as at 31/12/2024)', '',
        'Infringements of the basic principles can be fined up to €20 million.', '',
        'Date        | DPA            | Country     | Fine (EUR)     | Provisions',
        '------------+----------------+-------------+----------------+----------------',
        '22/05/2023  | Irish DPC      | Ireland     | 1.200.000.000  | Art. 46(1) GDPR',
        '16/07/2021  | CNPD           | Luxembourg  |   746.000.000  | Art. 6 GDPR',
        '10/02/2022  | Garante        | Italy       |    20.000.000  | Art. 5(1)(a) GDPR, Art. 6 GDPR',
      ].join('\n'),
    );
    const segs = segmentText(text);
    expect(segs.map((s) => text.slice(s.span.start, s.span.end).slice(0, 10))).toEqual(['THE LARGES', '22/05/2023', '16/07/2021', '10/02/2022']);
  });

  it('reads a listing entry (headline, meta line, summary) as one item, a company suffix ending the headline', () => {
    const text = normalizeText(
      [
        'Breach of the Protection Obligation by Marina Bay Dental Group',
        '  Decision  |  Protection  |  12 Oct 2023',
        '  A financial penalty of $58,000 was imposed on Marina Bay Dental Group.',
        '',
        'Undertaking by Pelangi Fitness Pte. Ltd.',
        '  Undertaking  |  Protection  |  5 Sep 2023',
        '  The PDPC accepted an undertaking from Pelangi Fitness Pte. Ltd.',
      ].join('\n'),
    );
    expect(segmentText(text).map((s) => s.title)).toEqual([
      'Breach of the Protection Obligation by Marina Bay Dental Group',
      'Undertaking by Pelangi Fitness Pte. Ltd.',
    ]);
  });

  it('skips a web page breadcrumb and a bracketed 本期導讀 in traditional script', () => {
    const text = normalizeText(
      '首頁 ＞ 出版品 ＞ 科技法律新知\n\n【本期導讀】本期彙整2022年9月至10月間臺灣、香港及歐盟在個人資料保護領域之重要動態。\n\n一、臺灣動態\n\n1. 數位發展部對電商業者處以罰鍰\n\n數位發展部於111年9月28日公布，對某網路購物平臺業者處罰鍰新臺幣20萬元。\n',
    );
    expect(segmentText(text).map((s) => s.title)).toEqual(['數位發展部對電商業者處以罰鍰']);
  });
});


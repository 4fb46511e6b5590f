import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates, findIssueDate, findReferenceDate, inferYear } from './dates.ts';
import { dateNumber } from './date-patterns.ts';
import words from './data/date-words.json' with { type: 'json' };

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);

/** [date, precision, yearInferred, written] for each mention. */
function mentions(text: string, ref: string | null): [string, string, boolean, string][] {
  return findDates(text, ref).map((f) => [f.value.date, f.value.precision, f.value.yearInferred, f.text]);
}

describe('findDates', () => {
  it.each([
    ['9月26日，国家密码管理局印发《商用密码检测机构管理办法》，均自2023年11月1日起施行。', '2023-10-20', [
      ['2023-09-26', 'day', true, '9月26日'],
      ['2023-11-01', 'day', false, '2023年11月1日'],
    ]],
    ['规定自2019年11月20日起，国家知识产权局将在专利数据服务试验系统中增加', null, [['2019-11-20', 'day', false, '2019年11月20日']]],
    ['8 月 18 日，国务院办公厅印发《意见》。', '2023-10-20', [['2023-08-18', 'day', true, '8 月 18 日']]],
    ['2023 年 11 月 1 日起施行', null, [['2023-11-01', 'day', false, '2023 年 11 月 1 日']]],
    ['2023年10月第3期(总第3期)', null, [['2023-10', 'month', false, '2023年10月']]],
    ['9月14日消息，长沙市数据资源管理局近日印发《长沙市数据官制度建设实施意见》。', '2023-10-20', [['2023-09-14', 'day', true, '9月14日']]],
    ['二〇二三年九月十四日', null, [['2023-09-14', 'day', false, '二〇二三年九月十四日']]],
    ['国家互联网信息办公室\n二〇一九年十一月二十日', null, [['2019-11-20', 'day', false, '二〇一九年十一月二十日']]],
    ['截至今年10月31日，共侦破涉网案件45743起', '2019-11-30', [['2019-10-31', 'day', true, '今年10月31日']]],
    ['发布日期：2023-09-14 10:30', null, [['2023-09-14', 'day', false, '2023-09-14']]],
    ['2023.09.14 与 2023/9/14', null, [['2023-09-14', 'day', false, '2023.09.14'], ['2023-09-14', 'day', false, '2023/9/14']]],
    ['No. 135\n2020.04', null, [['2020-04', 'month', false, '2020.04']]],
    ['On April 26, 2021, the MIIT issued the draft.', null, [['2021-04-26', 'day', false, 'April 26, 2021']]],
    ['guidelines which were adopted on 13 April 2021.', null, [['2021-04-13', 'day', false, '13 April 2021']]],
    ['Recommendation on apps for contact tracing, published on 8 April and', '2020-04-14', [['2020-04-08', 'day', true, '8 April']]],
    ['NEWSLETTER NO. 13 Nov 30 2019', null, [['2019-11-30', 'day', false, 'Nov 30 2019']]],
    ['The deadline is June 22.', '2021-04-23', [['2021-06-22', 'day', true, 'June 22']]],
    ['the EDPB adopted its guidelines in September 2020.', null, [['2020-09', 'month', false, 'September 2020']]],
    ['Fine notified on 14/09/2023 to the controller', null, [['2023-09-14', 'day', false, '14/09/2023']]],
    // Taiwan: Republic-of-China years.
    ['數位發展部於111年9月28日公布，並命其於111年11月30日前完成改正', null, [
      ['2022-09-28', 'day', false, '111年9月28日'],
      ['2022-11-30', 'day', false, '111年11月30日'],
    ]],
    ['中華民國112年1月5日出刊', null, [['2023-01-05', 'day', false, '民國112年1月5日']]],
  ])('%s', (text, ref, expected) => {
    expect(mentions(text, ref)).toEqual(expected);
  });

  it.each([
    ['9月13日至22日，“2023 网民网络安全感满意度调查活动”网民意见综合采集阶段工作成功开展', '2023-10-20',
      [['2023-09-13', '9月13日'], ['2023-09-22', '22日']]],
    ['要求在2019年12月1日至2020年1月31日前完成对现有教育移动应用的备案工作', null,
      [['2019-12-01', '2019年12月1日'], ['2020-01-31', '2020年1月31日']]],
    ['9 月 26 日、27 日，上海市网信办、市市场监管局执法人员先后对链家地产', '2023-10-20',
      [['2023-09-26', '9 月 26 日'], ['2023-09-27', '27 日']]],
    // The range's written year reaches back across the new year.
    ['征求意见时间为12月1日至2020年1月31日', null, [['2019-12-01', '12月1日'], ['2020-01-31', '2020年1月31日']]],
    ['The consultation runs from September 13-22, 2023.', null, [['2023-09-13', 'September 13'], ['2023-09-22', '22, 2023']]],
    ['The conference was held 13 to 15 March 2022 in Brussels.', null, [['2022-03-13', '13'], ['2022-03-15', '15 March 2022']]],
    ['On April 14 and April 15, there were another two real estate companies fined', '2021-04-19',
      [['2021-04-14', 'April 14'], ['2021-04-15', 'April 15']]],
  ])('both ends of %s', (text, ref, expected) => {
    expect(findDates(text, ref).map((f) => [f.value.date, f.text])).toEqual(expected);
  });

  it.each([
    ['2016年以来，河南省网络借贷行业一直在进行专项整治'],
    ['行动计划（2023—2025年）提出'],
    ['GB/T 32914-2023 《信息安全技术 网络安全服务能力要求》'],
    ['网络日志不足6个月，涉案资金 1.2 亿元，2023.5亿元'],
    ['腾讯应用宝、小米应用商店发现问题数量分别占比14.22%、13.81%'],
    ['Members may 26 times a year'],
    ['2021年1-3月，三月'],
    ['111年憲判字第13號判決，應於3年內修法'],
  ])('finds no date in %s', (text) => {
    expect(findDates(text, '2023-10-20')).toEqual([]);
  });

  it('leaves out a month-day whose year nothing gives, instead of inventing one', () => {
    expect(findDates('11 月 20 日，据报道，江苏淮安警方依法打击了 7 家公司', null)).toEqual([]);
  });

  it('spans are offsets into the text given', () => {
    const text = '要闻：2020年12月29日，公安部发布新闻称，截至12月20日，全国共侦办案件3100余起';
    for (const f of findDates(text, '2021-01')) expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
    expect(findDates(text, '2021-01').map((f) => f.value.date)).toEqual(['2020-12-29', '2020-12-20']);
  });

  it.each([
    // Day first is the default and also follows the document's unambiguous dates.
    ['Decisions of 03/04/2021 and 14/05/2021', ['2021-04-03', '2021-05-14']],
    ['Decisions of 03/04/2021 and 05/14/2021', ['2021-03-04', '2021-05-14']],
    ['Filed 03/04/2021 (announced on April 5, 2021)', ['2021-03-04', '2021-04-05']],
    ['Decision of 03.04.2021', ['2021-04-03']],
  ])('reads slashed dates in %s', (text, expected) => {
    expect(findDates(text, null).map((f) => f.value.date)).toEqual(expected);
  });
});

describe('inferYear', () => {
  it.each([
    [12, 29, '2021-01-05', 2020],
    [1, 3, '2020-12-30', 2021],
    [11, 20, '2019-11-30', 2019],
    [9, 14, '2023-10-20', 2023],
    [6, 22, '2021-04-23', 2021], // a deadline two months after the item
    [10, 1, '2021-01-05', 2020],
    [3, 15, '2021-01-05', 2020], // more than two months ahead: last year
    [12, 20, '2021-01', 2020], // a month-only reference counts as its last day
    [2, 10, '2021-01', 2021],
    [2, 29, '2021-01-10', 2020], // no 29 February in 2021
    [9, null, '2023-10-20', 2023],
  ])('%i-%s with reference %s → %i', (month, day, ref, year) => {
    expect(inferYear(month, day, ref)).toBe(year);
  });

  it('allows a longer look ahead when asked', () => {
    expect(inferYear(3, 15, '2021-01-05', 300)).toBe(2021);
  });

  it('needs a reference', () => {
    expect(inferYear(9, 14, null)).toBeNull();
  });
});

describe('findIssueDate', () => {
  const expected: Record<string, string> = {
    '000': '2019-11-30', // `Nov 30 2019` beats `2019 年 11 月刊`
    '001': '2020-04',
    '002': '2021-01',
    '003': '2023-10-20', // `2023年10月20日` beats `2023年10月第3期(总第3期)`
    '004': '2021-04',
  };
  it.each(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => [f]))('%s', (file) => {
    const text = readFileSync(new URL(file, SEEDS), 'utf8');
    expect(findIssueDate(text)).toBe(expected[file.slice(0, 3)]);
  });

  it.each([
    ['数据合规观察\n2019 年 11 月刊\n第一部分 国内立法\n11 月 1 日，国家广播电视总局办公厅发布《通知》，提出在“双 11”来临之际加强管理。', '2019-11'],
    ['网络安全简报\n二〇二三年第九期\n二〇二三年九月三十日\n一、立法动态', '2023-09-30'],
    ['China Data Protection Digest | Issue 42\nPublished 15 March 2022\nIn this issue', '2022-03-15'],
    // A long body line's dates are events, not the cover.
    ['网络安全周报\n2022年4月18日，中共山东省委网信办、山东省人力资源和社会保障厅联合印发通知，在全省开展网络安全工程职称评价工作。', null],
    ['No cover date here\nJust text', null],
    // Masthead and date laid out in columns on one line.
    ['ASIA TECH POLICY WIRE                                        Thursday, 28 September 2023\nChina | Data', '2023-09-28'],
    ['Global Privacy Roundup: September 2023\nPublished 13 October 2023  |  Privacy, Cyber & Data Strategy', '2023-10-13'],
    // A news page's timestamp: the date, then a time of day and more.
    ['China fines ride-hailing firm 80 million yuan over data breaches\nBy Staff Reporter\nMarch 4, 2024 7:15 AM GMT+8 Updated 2 hours ago', '2024-03-04'],
  ])('cover %#', (text, date) => {
    expect(findIssueDate(text)).toBe(date);
  });
});

describe('findIssueDate reads a cover\'s numeric date in its document\'s order', () => {
  it.each([
    ['US Privacy Enforcement Recap\nPosted 4/2/2025 | 9 min read\nOn Jan. 14, 2025, the FTC finalized its order.', '2025-04-02'],
    ['EU Digest\nPublished: 3/4/2024\nOn 14 January 2024, the CNIL fined a company.', '2024-04-03'],
  ])('%s', (text, date) => {
    expect(findIssueDate(text)).toBe(date);
  });
});

describe('findReferenceDate', () => {
  it.each([['1月5日', '2024-01-05'], ['3月8日', '2024-03-08'], ['12月31日', '2024-12-31']])('reads %s in the year of a title that gives only its year', (day, date) => {
    const text = `关于侵害用户权益行为的APP通报（2024年第2批）\n${day}，广东省通信管理局通报5款APP。`;
    expect(findDates(day, findReferenceDate(text)).map((d) => d.value.date)).toEqual([date]);
  });

  it.each([
    ['the cover date when there is one', 'China Data Protection Digest\nPublished 15 March 2022\n2016年11月7日通过的网络安全法', '2022-03-15'],
    ['else the middle of the dates written with a year', '数据合规周报（2024年第10期）\n3月1日，国家网信办发布征求意见稿，截止日期为2024年3月31日。依据2016年11月7日通过的《网络安全法》。3月18日，自2024年3月18日起施行。', '2024-03-18'],
    ['months when no day is written with its year', '周报\n2024年3月，某省开展专项行动。', '2024-03'],
    ['null when no year is written', '周报\n3月1日，国家网信办发布通知。', null],
    ['a title that gives only its year, placed so that its month-days fall in that year', '关于侵害用户权益行为的APP通报（2024年第2批）\n3月8日，广东省通信管理局通报5款APP。', '2024-10-30'],
    ['but not a year further down the text', '周报\n第一条\n第二条\n3月1日，国家网信办发布通知，依据2016年通过的网络安全法。', null],
    // a short body line is among the cover lines; its effective date lies ahead of the issue
    ['not a start date on a short line of the body', '安全周报\n8月1日，欧盟《人工智能法》生效，多数条款2026年8月2日起适用。\n7月30日，国家网信办于2024年7月30日发布通知。', '2024-07-30'],
    ['not the dates in titles', '周报\n工信部解读《2025年3月1日起施行的规定》和《2025年5月1日起施行的办法》。2024年2月20日，工信部发布通知。', '2024-02-20'],
  ])('%s', (_what, text, date) => {
    expect(findReferenceDate(text)).toBe(date);
  });
});

describe('dateNumber', () => {
  it.each([
    ['14', 14], ['１４', 14], ['十', 10], ['十四', 14], ['二十', 20], ['三十一', 31], ['九', 9],
    ['二〇二三', 2023], ['二○一九', 2019], ['十十', null],
  ])('%s → %s', (s, n) => {
    expect(dateNumber(s)).toBe(n);
  });
});

describe('date-words.json', () => {
  it('maps every month name to 1–12 and names all twelve', () => {
    const values = Object.values(words.months);
    expect(values.every((v) => Number.isInteger(v) && v >= 1 && v <= 12)).toBe(true);
    expect(new Set(values).size).toBe(12);
    expect(Object.keys(words.months).every((k) => k === k.toLowerCase())).toBe(true);
  });

  it('has no empty or duplicated words', () => {
    for (const list of [words.vagueLeads, words.leadTimeOfDay, words.leadNewsWords, words.eventVerbs, words.postingLabels]) {
      expect(list.every((w) => w.trim() === w && w !== '')).toBe(true);
      expect(new Set(list).size).toBe(list.length);
    }
  });
});

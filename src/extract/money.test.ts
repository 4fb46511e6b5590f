import { describe, expect, it } from 'vitest';
import data from './data/currencies.json' with { type: 'json' };
import { findMoney, localDollar } from './money.ts';

const read = (text: string) => findMoney(text).map((m) => [m.amount, m.currency, m.text]);

describe('findMoney', () => {
  it.each<[string, (number | string | null)[][]]>([
    ['处罚款 10 万元', [[100000, 'CNY', '10 万元']]],
    ['处罚款人民币五万元', [[50000, 'CNY', '人民币五万元']]],
    ['罚款伍万元和贰万元', [[50000, 'CNY', '伍万元'], [20000, 'CNY', '贰万元']]],
    ['谷歌必须向加州支付 9300 万美元', [[93000000, 'USD', '9300 万美元']]],
    ['fined Ningbo Baoli Industrial Investment Co., Ltd. CNY 250,000, according', [[250000, 'CNY', 'CNY 250,000']]],
    ['罚款4億500萬歐元', [[405000000, 'EUR', '4億500萬歐元']]],
    ['fined EUR 1.2 billion', [[1200000000, 'EUR', 'EUR 1.2 billion']]],
    ['the CNIL fined Google €150 million', [[150000000, 'EUR', '€150 million']]],
    ['a fine of £7,552,800', [[7552800, 'GBP', '£7,552,800']]],
    ['KRW 6.4 billion', [[6400000000, 'KRW', 'KRW 6.4 billion']]],
    ['6.4 billion won', [[6400000000, 'KRW', '6.4 billion won']]],
    ['US$5.5bn', [[5500000000, 'USD', 'US$5.5bn']]],
    ['€20m or 4%', [[20000000, 'EUR', '€20m']]],
    ['HK$3 million', [[3000000, 'HKD', 'HK$3 million']]],
    ['NT$1 million', [[1000000, 'TWD', 'NT$1 million']]],
    ['约新台币398亿元', [[39800000000, 'TWD', '新台币398亿元']]],
    ['罚款204.600.000欧元', [[204600000, 'EUR', '204.600.000欧元']]],
    ['5000万日元', [[50000000, 'JPY', '5000万日元']]],
    ['750 万英镑', [[7500000, 'GBP', '750 万英镑']]],
    ['冻结、扣押涉案资金6000余万元', [[60000000, 'CNY', '6000余万元']]],
    ['人民币约5000万元', [[50000000, 'CNY', '人民币约5000万元']]],
    ['5万元人民币', [[50000, 'CNY', '5万元人民币']]],
    ['Rs 10 crore', [[100000000, 'INR', 'Rs 10 crore']]],
    ['3 million roubles', [[3000000, 'RUB', '3 million roubles']]],
    // a bare Chinese amount is kept without a currency for the caller to judge
    ['被分别罚款25万。', [[250000, null, '25万']]],
    // counts, sizes and vague magnitudes are not money
    ['83.23亿条', []],
    ['19.1GB', []],
    ['数千万元', []],
    ['涉嫌非法缓存公民个人信息 1 亿多条', []],
    ['2023年9月14日', []],
    ['Airbus A320 model', []],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('currencies.json', () => {
  it('uses ISO 4217 shaped codes, each once', () => {
    const codes = data.currencies.map((c) => c.code);
    expect(codes.every((c) => /^[A-Z]{3}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives every currency word one meaning', () => {
    for (const side of ['before', 'after'] as const) {
      const owner = new Map<string, string>();
      for (const c of data.currencies) {
        for (const w of c[side]) {
          const key = w.toLowerCase();
          expect(owner.get(key) ?? c.code, `${side} word ${w}`).toBe(c.code);
          owner.set(key, c.code);
        }
      }
    }
  });
});

describe('localDollar: what a bare $ stands for', () => {
  it.each([
    ['A Singapore Government Agency Website\nA financial penalty of $58,000 was imposed.\n© 2023, Government of Singapore', 'SGD'],
    ['The FTC fined the company $5 million. The United States and Singapore signed a memorandum.', null],
    ['California AG announces $93 million settlement with Google.', null],
    ['香港私隐专员公署…罚款港币8,000元', null],
  ])('%s', (doc, expected) => {
    expect(localDollar(doc)).toBe(expected);
  });
});

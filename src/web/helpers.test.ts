import { describe, expect, it } from 'vitest';
import { parseQuery } from '../search/query.ts';
import { monthRange } from './data/dashboard.ts';
import { kindOf } from './data/deadlines.ts';
import { perYear, summariseFines } from './data/stats.ts';
import { money } from './format.ts';
import { filterTokens, withFilter, without, withYear } from './query-edit.ts';

describe('query editing from links', () => {
  it.each([
    ['知网', 'region', '江苏', '知网 region:江苏'],
    ['知网 region:北京', 'region', '江苏', '知网 region:江苏'],
    ['"数据 出境" -草案', 'authority', 'Ministry of Public Security', '"数据 出境" -草案 authority:"Ministry of Public Security"'],
  ])('%s + %s:%s', (q, field, value, expected) => {
    expect(withFilter(q, field, value)).toBe(expected);
    // What the link produces must parse to the filter it names.
    expect(parseQuery(expected)[field as 'region' | 'authority']).toBe(value);
  });

  it('turns a year into a date range and removes one token at a time', () => {
    const q = withYear('知网 after:2020-01-01', '2023');
    expect(q).toBe('知网 after:2023-01-01 before:2023-12-31');
    expect(filterTokens(q)).toEqual(['after:2023-01-01', 'before:2023-12-31']);
    expect(without(q, 'after:2023-01-01')).toBe('知网 before:2023-12-31');
  });
});

describe('numbers for charts and tables', () => {
  it('summarises fines per currency with an even-count median', () => {
    const s = summariseFines([
      { amount: 50_000, currency: 'CNY' },
      { amount: 100_000, currency: 'CNY' },
      { amount: 20_000, currency: 'CNY' },
      { amount: 80_000, currency: 'CNY' },
      { amount: 1_000_000, currency: 'EUR' },
    ]);
    expect(s).toEqual([
      { currency: 'CNY', count: 4, min: 20_000, median: 65_000, max: 100_000, total: 250_000 },
      { currency: 'EUR', count: 1, min: 1_000_000, median: 1_000_000, max: 1_000_000, total: 1_000_000 },
    ]);
  });

  it('fills years and months without data with zero', () => {
    expect(perYear(['2021-03-01', null, '2023-09-01', '2023-01-05'])).toEqual([
      { year: '2021', count: 1 },
      { year: '2022', count: 0 },
      { year: '2023', count: 2 },
    ]);
    expect(monthRange(['2022-11', '2023-02'])).toEqual(['2022-11', '2022-12', '2023-01', '2023-02']);
    expect(monthRange([])).toEqual([]);
  });

  it.each([
    [50_000_000, 'CNY', 'zh', '5000万元'],
    [1_200_000_000, 'CNY', 'zh', '12亿元'],
    [3_500, 'CNY', 'zh', '3,500元'],
    [50_000_000, 'CNY', 'en', 'CNY 50,000,000'],
    [1_200_000, 'EUR', 'zh', '€1,200,000'],
  ] as const)('%d %s in %s is %s', (amount, currency, lang, text) => {
    expect(money(amount, currency, lang)).toBe(text);
  });
});

describe('deadline kinds', () => {
  it.each([
    ['deadline', '要求相关企业应在 9 月 13 日前完成整改，逾期将依法处置。', '9 月 13 日', 'rectification'],
    ['deadline', '公众可通过电子邮件提出意见，截止日期为5月26日。', '5月26日', 'comment'],
    ['effective', '本办法自2023年11月1日起施行。', '2023年11月1日', 'effective'],
  ])('%s in "%s"', (field, body, surface, kind) => {
    expect(kindOf(field, body, surface)).toBe(kind);
  });
});

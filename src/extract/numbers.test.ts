import Nzh from 'nzh';
import { describe, expect, it } from 'vitest';
import { chineseIntegerToNumber, parseChineseNumber } from './numbers.ts';

describe('parseChineseNumber', () => {
  it.each([
    // Arabic, as amounts and counts are printed in the newsletters
    ['750,000', 750000],
    ['7,552,800', 7552800],
    ['1.2', 1.2],
    ['5.3', 5.3],
    ['1946.4', 1946.4],
    ['２５', 25],
    ['1,234.56', 1234.56],
    // European thousands, unambiguous with two or more dot groups
    ['204.600.000', 204600000],
    ['1.234.567,89', 1234567.89],
    // Chinese numerals
    ['五万', 50000],
    ['一万', 10000],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百二十七', 127],
    ['四十五', 45],
    ['一千零一十', 1010],
    ['十万零一十', 100010],
    ['一亿零一', 100000001],
    ['两万', 20000],
    ['兩百', 200],
    ['一百十', 110],
    ['三千万', 30000000],
    ['一万亿', 1e12],
    ['四亿五百万', 405000000],
    ['一万五', 15000],
    ['三百五', 350],
    ['零', 0],
    ['三点五', 3.5],
    ['一点二亿', 120000000],
    // 大写 and traditional
    ['伍万', 50000],
    ['贰万', 20000],
    ['壹拾万', 100000],
    ['壹佰万', 1000000],
    ['玖仟玖佰玖拾玖万', 99990000],
    ['肆億伍佰萬', 405000000],
    // mixed
    ['1.2万', 12000],
    ['5000万', 50000000],
    ['9300万', 93000000],
    ['3.7万', 37000],
    ['5.3亿', 530000000],
    ['83.23亿', 8323000000],
    ['1,200万', 12000000],
    ['4億500萬', 405000000],
    ['1万5000', 15000],
    ['5百万', 5000000],
    ['10 万', 100000],
    // years digit by digit
    ['二零二一', 2021],
    ['二〇二三', 2023],
    ['一九九七', 1997],
  ])('%s → %d', (input, expected) => {
    expect(parseChineseNumber(input)).toBe(expected);
  });

  it.each([[''], ['元'], ['abc'], ['1,2'], ['五五万'], ['百百'], ['第三'], ['12a'], ['三点'], ['1.2.3']])(
    'rejects %j',
    (input) => {
      expect(parseChineseNumber(input)).toBeNull();
    },
  );
});

describe('chineseIntegerToNumber', () => {
  it.each([
    ['第四十五条', 45],
    ['第一百二十七条', 127],
    ['第64条', 64],
    ['第五十九条', 59],
    ['第二十一条', 21],
    ['第三款', 3],
    ['第 12 条', 12],
    ['第一千二百六十条', 1260],
    ['十', 10],
    ['四十六', 46],
  ])('%s → %d', (input, expected) => {
    expect(chineseIntegerToNumber(input)).toBe(expected);
  });

  it.each([['第1.5条'], ['第条'], ['第六十四条之一x'], ['hello']])('rejects %j', (input) => {
    expect(chineseIntegerToNumber(input)).toBeNull();
  });
});

describe('round trip through nzh encoders', () => {
  const boundaries = [
    0, 1, 9, 10, 11, 19, 20, 99, 100, 101, 110, 111, 1000, 1001, 1010, 1100, 9999, 10000, 10001,
    10010, 10100, 11000, 100000, 100010, 1000000, 10000000, 10000001, 20000000, 99999999,
  ];
  // A fixed-seed generator keeps the sample reproducible: a failure names the same number twice.
  function* sample(count: number): Generator<number> {
    let state = 0x2545f491;
    for (let i = 0; i < count; i++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      yield state % 100_000_000;
    }
  }
  const numbers = [...boundaries, ...sample(60_000)];

  const encoders: [string, (n: number) => string][] = [
    ['cn.encodeS', (n) => Nzh.cn.encodeS(n)],
    ['cn.encodeS tenMin off', (n) => Nzh.cn.encodeS(n, { tenMin: false })],
    ['cn.encodeB', (n) => Nzh.cn.encodeB(n)],
    ['hk.encodeS', (n) => Nzh.hk.encodeS(n)],
  ];

  it.each(encoders)('%s: every sampled integer parses back', (_name, encode) => {
    const failures: string[] = [];
    for (const n of numbers) {
      const words = encode(n);
      const parsed = parseChineseNumber(words);
      if (parsed !== n) failures.push(`${n} ${words} → ${parsed}`);
      if (failures.length > 5) break;
    }
    expect(failures).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { maxMatching, multisetOverlap } from './match.ts';
import { dateMatches } from './fields.ts';

describe('multisetOverlap', () => {
  it('credits each value once, so duplicates count', () => {
    expect(multisetOverlap(['罚款', '警告', '警告'], ['罚款', '罚款', '警告'])).toBe(2);
    expect(multisetOverlap(['a', 'a', 'a'], ['a'])).toBe(1);
    expect(multisetOverlap([], ['a'])).toBe(0);
  });
});

describe('maxMatching', () => {
  it('finds the maximum where a greedy pass in input order would not', () => {
    // Greedy gives predicted 2023-09-14 to gold 2023-09, then 2023-09-02 cannot serve 2023-09-14.
    const gold = ['2023-09', '2023-09-14'];
    const predicted = ['2023-09-14', '2023-09-02'];
    expect(maxMatching(predicted, gold, dateMatches)).toBe(2);
  });

  it('is one-to-one', () => {
    expect(maxMatching(['2023-09-01', '2023-09-02', '2023-09-03'], ['2023-09'], dateMatches)).toBe(1);
    expect(maxMatching(['2023-09-01'], ['2023-09', '2023-09'], dateMatches)).toBe(1);
  });

  it('handles empty sides', () => {
    expect(maxMatching([], ['2023-09'], dateMatches)).toBe(0);
    expect(maxMatching(['2023-09'], [], dateMatches)).toBe(0);
  });
});

describe('dateMatches (predicted, gold)', () => {
  it.each([
    ['2023-09-14', '2023-09', true], // gold gives the month only: any day of it matches
    ['2023-09', '2023-09', true],
    ['2023-09-14', '2023-09-14', true],
    ['2023-09', '2023-09-14', false], // gold knows the day: a month is not enough
    ['2023-09-15', '2023-09-14', false],
    ['2023-10-01', '2023-09', false],
    ['2022-09-14', '2023-09', false],
  ])('%s against gold %s → %s', (predicted, gold, expected) => {
    expect(dateMatches(predicted, gold)).toBe(expected);
  });
});

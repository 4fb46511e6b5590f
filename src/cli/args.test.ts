import { describe, expect, it } from 'vitest';
import { positiveInt } from './args.ts';

describe('positiveInt', () => {
  const limit = positiveInt('--limit');

  it('takes plain decimal digits', () => {
    expect(limit('1')).toBe(1);
    expect(limit('20')).toBe(20);
    expect(limit('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each(['0', '-5', '+5', '05', ' 5 ', '5 ', '0x10', '1e3', '1e300', '1.0', '2.5', '', 'many', '９', '9007199254740993'])(
    'refuses %j with a message naming the argument',
    (v) => {
      expect(() => limit(v)).toThrow(`--limit must be a positive whole number, got "${v}"`);
    },
  );
});

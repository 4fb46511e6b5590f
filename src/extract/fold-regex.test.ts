import { describe, expect, it } from 'vitest';
import { FoldRegExp, matchHits, sameCaseClass, unicodeSensitive } from './fold-regex.ts';

// The fast twin must find exactly what the `iu` original finds; these texts hit the cases where the
// two modes differ, so the original has to be chosen for them.

const SOURCES = [
  '行政警告|警告(?<=给予[^，,。；;、\\n]{1,15}警告)|\\bwarn(?:ed|ings?)\\b',
  '约谈|\\bsummon(?:ed|s)?\\b|\\bstrikes?\\b',
  '(?:启动|展开)了?[^，,。；;\\n]{0,12}?调查',
  '处[^，,。；;\\n]{0,3}日',
];

const TEXTS = [
  '9月1日，监管部门给予该公司警告，并约谈其负责人。',
  'The regulator summoned the company and issued warnings.',
  'The regulator ſummoned the company and iſsued warnings.',
  'Kelvin: the ſtrike, the STRIKES, the \u212Aelvin strike.',
  '启动😀😀😀😀😀😀😀😀😀😀😀调查，另行处😀😀日拘留。',
  '给予😀😀😀😀😀😀😀😀警告',
  '启动专项调查，处十日拘留。',
  '',
];

function all(re: RegExp, text: string): [number, string][] {
  return [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => [m.index, m[0]]);
}

describe('FoldRegExp', () => {
  it.each(SOURCES)('finds what the iu regex finds: %s', (source) => {
    const fold = new FoldRegExp(source, 'giu');
    for (const text of TEXTS) {
      expect(all(fold.for(text), text)).toEqual(all(new RegExp(source, 'giu'), text));
    }
  });

  it('uses the plain twin only for text that cannot tell the two apart', () => {
    const fold = new FoldRegExp('abc', 'giu');
    expect(fold.for('abc 数据').flags).toBe('gi');
    expect(fold.for('ſ').flags).toBe('giu');
    expect(fold.for('\u212A').flags).toBe('giu');
    expect(fold.for('😀').flags).toBe('giu');
    expect(unicodeSensitive('普通文本 plain text')).toBe(false);
  });

  it('keeps the original for patterns the argument does not cover', () => {
    expect(new FoldRegExp('straße', 'giu').for('strasse').flags).toBe('giu');
    // The same letter as an escape: ẞ folds to ß only in Unicode mode.
    expect(new FoldRegExp('stra\\u00dfe', 'giu').for('STRAẞE').test('STRAẞE')).toBe(true);
    expect(new FoldRegExp('stra\\xdfe', 'giu').for('STRAẞE').flags).toBe('giu');
    expect(new FoldRegExp('[\\u4e00-\\u9fa5]', 'giu').for('数据').flags).toBe('gi');
    expect(new FoldRegExp('\\p{L}', 'giu').for('abc').flags).toBe('giu');
    expect(new FoldRegExp('abc', 'gu').for('abc').flags).toBe('gu');
  });

  it('gives a twin to a pattern with ł (złoty), which both modes fold alike, but not inside a class', () => {
    expect(sameCaseClass('ł')).toBe(true);
    expect(sameCaseClass('ß')).toBe(false);
    const fold = new FoldRegExp('zł|złoty|zloty', 'giu');
    expect(fold.for('罚款 500 ZŁOTY，即 500 złoty').flags).toBe('gi');
    for (const text of ['罚款 500 ZŁOTY，即 500 złoty', 'PLN 500 (Złoty)', ...TEXTS]) {
      expect(all(fold.for(text), text)).toEqual(all(new RegExp('zł|złoty|zloty', 'giu'), text));
    }
    expect(new FoldRegExp('[łß]', 'giu').for('ł').flags).toBe('giu');
    expect(new FoldRegExp('stra\\u00dfe|złoty', 'giu').for('złoty').flags).toBe('giu');
  });
});

describe('matchHits', () => {
  it('lists what matchAll lists, empty matches included', () => {
    for (const [source, flags, text] of [
      ['警告|约谈', 'gu', '警告，约谈，警告'],
      ['x*', 'g', 'axxb'],
      ['(?:)', 'gu', 'a😀b'],
    ] as const) {
      const re = new RegExp(source, flags);
      expect(matchHits(re, text).map((h) => [h.index, h.text])).toEqual(all(re, text));
      expect(re.lastIndex).toBe(0);
    }
  });
});

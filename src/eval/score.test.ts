import { describe, expect, it } from 'vitest';
import { countTitleMatches, fieldScore, scoreSet } from './score.ts';
import { normalizeLaw, normalizeText } from './fields.ts';
import { item } from './__fixtures__/items.ts';
import type { EvalItem } from './types.ts';

function one(predicted: EvalItem[], gold: EvalItem[]) {
  return scoreSet([{ name: 'doc', predicted, gold }]);
}

describe('normalisation', () => {
  it('applies NFKC and trims', () => {
    expect(normalizeText('　ＥＤＰＢ１２ ')).toBe('EDPB12');
    expect(normalizeText('（征求意见稿）')).toBe('(征求意见稿)');
  });

  it('strips 《》 and 中华人民共和国 from law titles', () => {
    expect(normalizeLaw('《中华人民共和国数据安全法》')).toBe('数据安全法');
    expect(normalizeLaw(' 中华人民共和国　网络安全法 ')).toBe('网络安全法');
    expect(normalizeLaw('GDPR')).toBe('GDPR');
  });
});

describe('string fields', () => {
  it('match full-width against half-width and ignore surrounding space', () => {
    const gold = [item({ authorities: ['工信部', 'ＥＤＰＢ'], instruments: ['数据出境安全评估办法（征求意见稿）'] })];
    const predicted = [item({ authorities: [' EDPB ', '工信部'], instruments: ['数据出境安全评估办法(征求意见稿)'] })];
    const report = one(predicted, gold);
    expect(report.fields.authorities).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(report.fields.instruments).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('compare authorities by surface form, so a short form does not match the long one', () => {
    const report = one([item({ authorities: ['工信部'] })], [item({ authorities: ['工业和信息化部'] })]);
    expect(report.fields.authorities).toMatchObject({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0 });
  });

  it('ignore item boundaries: values are pooled per document', () => {
    const gold = [item({ authorities: ['CAC', '公安部'] })];
    const predicted = [item({ authorities: ['CAC'] }), item({ authorities: ['公安部'] })];
    expect(one(predicted, gold).fields.authorities).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('count duplicates one-to-one', () => {
    const gold = [item({ actions: ['罚款', '警告'] }), item({ actions: ['罚款'] })];
    const predicted = [item({ actions: ['罚款', '警告', '警告'] })];
    const actions = one(predicted, gold).fields.actions;
    expect(actions).toMatchObject({ tp: 2, fp: 1, fn: 1, target: false });
    expect(actions.precision).toBeCloseTo(2 / 3, 10);
  });
});

describe('citations', () => {
  const gold = [item({ citations: [{ law: '个人信息保护法', article: 13, paragraph: null }, { law: '网络安全法', article: 21, paragraph: null }] })];

  it('match after stripping 中华人民共和国 and 《》', () => {
    const predicted = [item({ citations: [{ law: '《中华人民共和国个人信息保护法》', article: 13, paragraph: null }] })];
    expect(one(predicted, gold).fields.citations).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('need article and paragraph to agree', () => {
    const predicted = [
      item({
        citations: [
          { law: '个人信息保护法', article: 13, paragraph: 1 },
          { law: '网络安全法', article: 22, paragraph: null },
        ],
      }),
    ];
    expect(one(predicted, gold).fields.citations).toMatchObject({ tp: 0, fp: 2, fn: 2 });
  });
});

describe('penalties', () => {
  it('match on amount and currency, not on the text', () => {
    const gold = [item({ penalties: [{ amount: 700, currency: 'CNY', text: '七百元' }, { amount: 93_000_000, currency: 'USD', text: '9300万美元' }] })];
    const predicted = [
      item({
        penalties: [
          { amount: 0.07 * 1e4, currency: 'CNY', text: '0.07万元' }, // 700.0000000000001
          { amount: 93_000_000, currency: 'CNY', text: '9300万元' },
        ],
      }),
    ];
    expect(one(predicted, gold).fields.penalties).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });
});

describe('date', () => {
  it('matches at the precision gold gives, one-to-one', () => {
    const gold = [item({ date: '2023-09' }), item({ date: '2023-09-14' }), item({ date: '2023-10-01' })];
    const predicted = [item({ date: '2023-09-14' }), item({ date: '2023-09-02' }), item({ date: '2023-10' })];
    // 2023-10 (predicted month) does not satisfy gold 2023-10-01 (gold day).
    expect(one(predicted, gold).fields.date).toMatchObject({ tp: 2, fp: 1, fn: 1 });
  });

  it('leaves nulls out on both sides', () => {
    const gold = [item({ date: null }), item({ date: '2024-01-05' })];
    const predicted = [item({ date: '2024-01-05' }), item({ date: '2024-02-01' })];
    expect(one(predicted, gold).fields.date).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
  });
});

describe('single-valued fields', () => {
  it('count a value guessed where gold has null against precision, and a missed one against recall', () => {
    const gold = [item({ region: null, category: 'legislation' }), item({ region: '北京市', category: 'enforcement' })];
    const predicted = [item({ region: '江苏省', category: 'legislation' }), item({ region: null, category: 'judicial' })];
    const report = one(predicted, gold);
    expect(report.fields.region).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(report.fields.category).toMatchObject({ tp: 1, fp: 1, fn: 1, f1: 0.5 });
  });

  it('report nothing to score as null, never NaN', () => {
    const report = one([item({ status: 'draft' })], [item()]);
    expect(report.fields.deadline).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null, target: true });
    expect(report.fields.status).toEqual({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null, f1: 0, target: true });
  });
});

describe('fieldScore', () => {
  it('computes precision, recall and F1 from counts', () => {
    const s = fieldScore({ tp: 3, fp: 1, fn: 2 });
    expect(s.precision).toBe(0.75);
    expect(s.recall).toBe(0.6);
    expect(s.f1).toBeCloseTo(2 / 3, 10);
  });

  it('gives precision null when nothing is predicted', () => {
    expect(fieldScore({ tp: 0, fp: 0, fn: 4 })).toMatchObject({ precision: null, recall: 0, f1: 0 });
  });
});

describe('scoreSet over several documents', () => {
  it('micro-averages: counts are summed before dividing', () => {
    const report = scoreSet([
      { name: 'a', predicted: [item({ date: '2023-01-01' })], gold: [item({ date: '2023-01-01' })] },
      {
        name: 'b',
        predicted: [item({ date: '2023-02-01' }), item({ date: '2023-02-02' }), item({ date: '2023-02-03' })],
        gold: [item({ date: '2023-03-01' })],
      },
    ]);
    expect(report.fields.date).toMatchObject({ tp: 1, fp: 3, fn: 1, precision: 0.25, recall: 0.5 });
    expect(report.perDoc.map((d) => [d.name, d.fields.date])).toEqual([
      ['a', { tp: 1, fp: 0, fn: 0 }],
      ['b', { tp: 0, fp: 3, fn: 1 }],
    ]);
  });

  it('compares values only within the same document', () => {
    const report = scoreSet([
      { name: 'a', predicted: [item({ authorities: ['CAC'] })], gold: [] },
      { name: 'b', predicted: [], gold: [item({ authorities: ['CAC'] })] },
    ]);
    expect(report.fields.authorities).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('marks only actions as carrying no target', () => {
    const report = scoreSet([]);
    const untargeted = Object.entries(report.fields).filter(([, s]) => !s.target).map(([f]) => f);
    expect(untargeted).toEqual(['actions']);
    expect(report.segmentation).toEqual({
      predictedItems: 0,
      goldItems: 0,
      relativeError: null,
      goldTitles: 0,
      titleMatches: 0,
      titleMatchShare: null,
    });
  });
});

describe('segmentation', () => {
  it('matches a gold title contained in or containing a predicted title', () => {
    const gold = [
      item({ title: '国家网信办发布《个人信息出境认证办法》' }),
      item({ title: 'ＥＤＰＢ fines Meta' }),
      item({ title: '工信部通报侵害用户权益APP' }),
      item({ title: null }),
      item({ title: '  ' }),
    ];
    const predicted = [
      item({ title: '《个人信息出境认证办法》' }), // contained in gold 1
      item({ title: 'EDPB fines Meta €1.2bn' }), // contains gold 2 after NFKC
      item({ title: '' }), // empty: never matches
      item({ title: null }),
    ];
    expect(countTitleMatches(predicted, gold)).toEqual({ goldTitles: 3, titleMatches: 2 });
  });

  it('reports item counts per document and in total with relative error', () => {
    const report = scoreSet([
      { name: 'a', predicted: [item(), item(), item()], gold: [item(), item()] },
      { name: 'b', predicted: [item()], gold: [item(), item()] },
      { name: 'c', predicted: [item()], gold: [] },
    ]);
    expect(report.perDoc.map((d) => [d.predictedItems, d.goldItems, d.relativeError])).toEqual([
      [3, 2, 0.5],
      [1, 2, -0.5],
      [1, 0, null],
    ]);
    expect(report.segmentation).toMatchObject({ predictedItems: 5, goldItems: 4, relativeError: 0.25 });
    expect(report.docs).toBe(3);
  });
});

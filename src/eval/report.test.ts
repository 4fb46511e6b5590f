import { describe, expect, it } from 'vitest';
import { formatRelativeError, formatReportTable, reportToJson, summaryLine } from './report.ts';
import { scoreSet } from './score.ts';
import { item } from './__fixtures__/items.ts';

// Doc "a": dates 1 TP + 1 FP; authorities 2 TP + 1 FN; actions 1 FP. Doc "b": one gold item missed.
const report = scoreSet([
  {
    name: 'a',
    predicted: [
      item({ title: '工信部通报', date: '2023-09-14', authorities: ['工信部', 'CAC'], actions: ['约谈'] }),
      item({ title: '杂项', date: '2023-10-01' }),
      item({ title: null }),
    ],
    gold: [
      item({ title: '工信部通报侵害用户权益APP', date: '2023-09', authorities: ['工信部', 'CAC', '公安部'] }),
      item({ title: '国家网信办发布新规', date: null, category: 'legislation' }),
    ],
  },
  { name: 'b-long-name', predicted: [], gold: [item({ title: 'EDPB fines Meta' })] },
]);

describe('formatReportTable', () => {
  const lines = formatReportTable(report).split('\n');

  it('has one aligned row per field, nulls shown as "-", actions noted', () => {
    expect(lines[0]).toBe('field        TP  FP  FN  precision  recall      F1  note');
    expect(lines[1]).toBe('date          1   1   0     0.5000  1.0000  0.6667');
    expect(lines[7]).toBe('category      1   2   2     0.3333  0.3333  0.3333');
    expect(lines[2]).toBe('authorities   2   0   1     1.0000  0.6667  0.8000');
    expect(lines[6]).toBe('actions       0   1   0     0.0000       -  0.0000  no target');
    expect(lines[10]).toBe('deadline      0   0   0          -       -       -');
  });

  it('shows segmentation and per-document item counts', () => {
    expect(lines.slice(11, 15)).toEqual([
      '',
      'segmentation',
      '  items: predicted 3, gold 3, relative error +0.0%',
      '  titles: 1/3 gold titles matched (0.3333)',
    ]);
    expect(lines.slice(16, 19)).toEqual([
      'document     predicted  gold  rel.error  titles',
      'a                    3     2     +50.0%     1/2',
      'b-long-name          0     1    -100.0%     0/1',
    ]);
  });

  it('ends with exactly one summary line', () => {
    expect(lines.at(-2)).toBe('');
    expect(lines.at(-1)).toBe(summaryLine(report));
    expect(summaryLine(report)).toBe(
      'summary: docs=2 items=3/3 (+0.0%) titles=0.33 date=0.67 authorities=0.80 instruments=- ' +
        'citations=- penalties=- category=0.33 region=- status=- deadline=-',
    );
  });
});

describe('formatRelativeError', () => {
  it.each([
    [0.0156, '+1.6%'],
    [-0.125, '-12.5%'],
    [-0.0001, '+0.0%'],
    [0, '+0.0%'],
    [null, 'n/a'],
  ])('%s → %s', (value, expected) => {
    expect(formatRelativeError(value)).toBe(expected);
  });
});

describe('reportToJson', () => {
  const json = reportToJson(report) as Record<string, any>;

  it('keeps a stable key order', () => {
    expect(Object.keys(json)).toEqual(['docs', 'segmentation', 'fields', 'perDoc']);
    expect(Object.keys(json.fields)).toEqual([
      'date', 'authorities', 'instruments', 'citations', 'penalties',
      'actions', 'category', 'region', 'status', 'deadline',
    ]);
    expect(Object.keys(json.fields.date)).toEqual(['tp', 'fp', 'fn', 'precision', 'recall', 'f1', 'target']);
  });

  it('rounds ratios to four decimals and keeps nulls', () => {
    expect(json.fields.date).toEqual({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1, f1: 0.6667, target: true });
    expect(json.fields.authorities.recall).toBe(0.6667);
    expect(json.fields.deadline.f1).toBeNull();
    expect(json.segmentation).toEqual({
      predictedItems: 3,
      goldItems: 3,
      relativeError: 0,
      goldTitles: 3,
      titleMatches: 1,
      titleMatchShare: 0.3333,
    });
  });

  it('includes per-document field counts', () => {
    expect(json.perDoc[0].fields.authorities).toEqual({ tp: 2, fp: 0, fn: 1 });
    expect(json.perDoc[1]).toMatchObject({ name: 'b-long-name', relativeError: -1, goldTitles: 1, titleMatches: 0 });
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

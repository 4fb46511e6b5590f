import { describe, expect, it } from 'vitest';
import { analyse } from '../ingest/service.ts';
import { normalizeText } from '../text/normalize.ts';
import { LAYOUTS, relayout, type Layout } from './layouts.ts';
import { readEvalSet, type EvalDoc } from './load.ts';
import { toEvalItem } from './predict.ts';
import { scoreSet, type EvalReport } from './score.ts';

// Extraction should not lean on the layout of the publishers it was written against: the same
// words printed to PDF, typed with ASCII punctuation or written in traditional characters score
// (almost) as they do as published. The sets are the hand-annotated genre sets in test/fixtures.

const TARGETS = ['date', 'authorities', 'instruments', 'citations', 'penalties', 'category'] as const;
const SETS = ['test/fixtures/eval-genre-zh', 'test/fixtures/eval-genre-zh2', 'test/fixtures/eval-genre-en'];
/** How far a layout may move a target field's F1, or the item count, from the set as published. */
const TOLERANCE = 0.05;

function score(docs: readonly EvalDoc[]): EvalReport {
  return scoreSet(docs.map((d) => ({ name: d.name, gold: d.gold, predicted: analyse(normalizeText(d.text)).map(toEvalItem) })));
}

describe.each(SETS)('%s in other layouts', (dir) => {
  const docs = readEvalSet(dir);
  const published = score(docs);

  it.each(LAYOUTS)('%s', (layout: Layout) => {
    const moved = docs.map((d) => relayout(d, layout));
    expect(moved.map((d) => d.text)).not.toEqual(docs.map((d) => d.text));
    const report = score(moved);
    for (const field of TARGETS) {
      // A field neither side has values for scores null: nothing to compare.
      const [now, before] = [report.fields[field].f1 ?? 1, published.fields[field].f1 ?? 1];
      expect(Math.abs(now - before), `${field}: ${now} as against ${before}`).toBeLessThanOrEqual(TOLERANCE);
    }
    const items = report.segmentation.predictedItems / published.segmentation.predictedItems - 1;
    expect(Math.abs(items), `items: ${report.segmentation.predictedItems} as against ${published.segmentation.predictedItems}`).toBeLessThanOrEqual(2 * TOLERANCE);
  });
});

describe('relayout', () => {
  const [doc] = readEvalSet('test/fixtures/eval-genre-zh2');

  it('wraps lines at 76 columns and puts page furniture between pages', () => {
    const paged = relayout(doc!, 'paged').text.split('\n');
    expect(paged.some((l) => l === '— 1 —')).toBe(true);
    const longest = Math.max(...paged.filter((l) => !/[|\t]/.test(l)).map((l) => [...l].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
    expect(longest).toBeLessThanOrEqual(76);
  });

  it('writes traditional characters in text and gold alike', () => {
    const t = relayout(doc!, 'traditional');
    expect(t.text).toContain('個人');
    expect(t.gold.flatMap((g) => g.authorities).join('')).not.toMatch(/[国银罚门]/);
  });
});

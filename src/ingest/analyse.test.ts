import { describe, expect, it } from 'vitest';
import { SEED, readSeed } from '../../test/helpers/seeds.ts';
import { extractRecord, itemKeywords, itemText } from '../extract/item.ts';
import { segmentText } from '../segment/segment.ts';
import { normalizeText } from '../text/normalize.ts';
import { analyse } from './service.ts';

// analyse computes a document's keywords before its records (for speed); a record must be what
// extractRecord gives for the item alone.
describe('analyse: keywords computed beforehand', () => {
  const doc = normalizeText(readSeed(SEED.weekly2021b));
  const segments = segmentText(doc);

  it('gives each record the keywords of its own item text', () => {
    const records = analyse(doc);
    expect(records).toHaveLength(segments.length);
    records.forEach((r, i) => {
      const keywords = r.values.filter((v) => v.field === 'keyword').map((v) => v.value);
      expect(keywords.length).toBeGreaterThan(0);
      expect(keywords).toEqual(itemKeywords(itemText(doc, segments[i]!)));
    });
  });

  it('builds the same record from given keywords as from its own', () => {
    const ctx = { referenceDate: '2021-06-01' };
    for (const seg of segments) {
      const text = itemText(doc, seg);
      expect(extractRecord(doc, seg, ctx, text, itemKeywords(text))).toEqual(extractRecord(doc, seg, ctx));
    }
  });
});

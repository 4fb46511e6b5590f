import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentFile } from '../ingest/read.ts';
import { storeDocument } from '../ingest/service.ts';
import { openDb, type Db } from '../store/db.ts';
import { eventOf, multiSourceEvents, sourcesOf } from '../store/events.ts';
import { listItems } from '../store/items.ts';
import { mergeItems, splitItem } from './service.ts';
import { containment, shingles } from './similarity.ts';

// Two reviews written for this test report some of the same developments in their own words.
const FIXTURES = path.resolve(import.meta.dirname, '../../test/fixtures/events');

async function ingestBoth(): Promise<Db> {
  const db = openDb(':memory:');
  for (const f of ['review-a.md', 'review-b.md']) {
    storeDocument(db, await readDocumentFile(path.join(FIXTURES, f), 1e6), f, new Date('2023-10-01T00:00:00Z'));
  }
  return db;
}

const idOf = (db: Db, pattern: RegExp) =>
  listItems(db).filter((i) => pattern.test(`${i.title ?? ''}${i.body}`)).map((i) => i.id);

describe('one event from many sources', () => {
  it('merges two reports of the 知网 fine into one event with both sources', async () => {
    const db = await ingestBoth();
    const cnki = idOf(db, /知网/);
    expect(cnki).toHaveLength(2);
    const [a, b] = cnki.map((id) => eventOf(db, id)!);
    expect(a!.eventId).toBe(b!.eventId);
    const sources = sourcesOf(db, a!.eventId);
    expect(sources.map((s) => path.basename(s.documentSource))).toEqual(['review-a.md', 'review-b.md']);
    expect(multiSourceEvents(db)).toEqual([{ eventId: a!.eventId, sources: 2 }]);
  });

  it('keeps different developments of the same day apart', async () => {
    const db = await ingestBoth();
    const hainan = idOf(db, /海南省/)[0]!;
    const synthesis = idOf(db, /深度合成/)[0]!;
    expect(eventOf(db, hainan)!.eventId).not.toBe(eventOf(db, synthesis)!.eventId);
  });

  it('keeps look-alike fines on different companies in different places apart', async () => {
    const db = await ingestBoth();
    const shanghai = idOf(db, /上海某科技公司/)[0]!;
    const yancheng = idOf(db, /盐城/)[0]!;
    expect(eventOf(db, shanghai)!.eventId).not.toBe(eventOf(db, yancheng)!.eventId);
  });

  it('can be undone and redone by hand without touching the items', async () => {
    const db = await ingestBoth();
    const [a, b] = idOf(db, /知网/) as [number, number];
    const before = JSON.stringify(listItems(db));
    const own = splitItem(db, b, new Date());
    expect(eventOf(db, b)).toEqual({ eventId: own, how: 'split', score: null });
    expect(sourcesOf(db, eventOf(db, a)!.eventId)).toHaveLength(1);
    mergeItems(db, b, a);
    expect(eventOf(db, b)!.eventId).toBe(eventOf(db, a)!.eventId);
    expect(JSON.stringify(listItems(db))).toBe(before);
  });
});

describe('containment', () => {
  it('scores a short report of a long release high and an unrelated text low', () => {
    const release = shingles('国家互联网信息办公室对知网依法作出责令停止违法处理个人信息行为，并处人民币5000万元罚款的行政处罚');
    expect(containment(shingles('知网被处人民币5000万元罚款的行政处罚'), release)).toBeGreaterThan(0.8);
    expect(containment(shingles('海南省互联网信息办公室通报23款移动应用程序'), release)).toBeLessThan(0.4);
  });
});

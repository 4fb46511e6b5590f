import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/helpers/backends.ts';
import { readDocumentFile } from '../ingest/read.ts';
import { storeDocument } from '../ingest/service.ts';
import type { Sql } from '../store/sql.ts';
import { eventOf, multiSourceEvents, sourcesOf } from '../store/events.ts';
import { listItems } from '../store/items.ts';
import { mergeItems, splitItem } from './service.ts';
import { containment, shingles } from './similarity.ts';

// Two reviews written for this test report some of the same developments in their own words.
const FIXTURES = path.resolve(import.meta.dirname, '../../test/fixtures/events');

const event = async (db: Sql, id: number) => (await eventOf(db, id))!.eventId;

describeEachBackend('one event from many sources', (open) => {
  async function ingestBoth(): Promise<Sql> {
    const db = await open();
    for (const f of ['review-a.md', 'review-b.md']) {
      await storeDocument(db, await readDocumentFile(path.join(FIXTURES, f), 1e6), f, new Date('2023-10-01T00:00:00Z'));
    }
    return db;
  }

  const idOf = async (db: Sql, pattern: RegExp) =>
    (await listItems(db)).filter((i) => pattern.test(`${i.title ?? ''}${i.body}`)).map((i) => i.id);

  it('merges two reports of the 知网 fine into one event with both sources', async () => {
    const db = await ingestBoth();
    const cnki = await idOf(db, /知网/);
    expect(cnki).toHaveLength(2);
    const [a, b] = [await event(db, cnki[0]!), await event(db, cnki[1]!)];
    expect(a).toBe(b);
    const sources = await sourcesOf(db, a);
    expect(sources.map((s) => path.basename(s.documentSource))).toEqual(['review-a.md', 'review-b.md']);
    expect(await multiSourceEvents(db)).toEqual([{ eventId: a, sources: 2 }]);
  });

  it('keeps different developments of the same day apart', async () => {
    const db = await ingestBoth();
    const hainan = (await idOf(db, /海南省/))[0]!;
    const synthesis = (await idOf(db, /深度合成/))[0]!;
    expect(await event(db, hainan)).not.toBe(await event(db, synthesis));
  });

  it('keeps look-alike fines on different companies in different places apart', async () => {
    const db = await ingestBoth();
    const shanghai = (await idOf(db, /上海某科技公司/))[0]!;
    const yancheng = (await idOf(db, /盐城/))[0]!;
    expect(await event(db, shanghai)).not.toBe(await event(db, yancheng));
  });

  it('can be undone and redone by hand without touching the items', async () => {
    const db = await ingestBoth();
    const [a, b] = (await idOf(db, /知网/)) as [number, number];
    const before = JSON.stringify(await listItems(db));
    const own = await splitItem(db, b, new Date());
    expect(await eventOf(db, b)).toEqual({ eventId: own, how: 'split', score: null });
    expect(await sourcesOf(db, await event(db, a))).toHaveLength(1);
    await mergeItems(db, b, a);
    expect(await event(db, b)).toBe(await event(db, a));
    expect(JSON.stringify(await listItems(db))).toBe(before);
  });
});

describe('containment', () => {
  it('scores a short report of a long release high and an unrelated text low', () => {
    const release = shingles('国家互联网信息办公室对知网依法作出责令停止违法处理个人信息行为，并处人民币5000万元罚款的行政处罚');
    expect(containment(shingles('知网被处人民币5000万元罚款的行政处罚'), release)).toBeGreaterThan(0.8);
    expect(containment(shingles('海南省互联网信息办公室通报23款移动应用程序'), release)).toBeLessThan(0.4);
  });
});

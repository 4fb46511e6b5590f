import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/helpers/backends.ts';
import { readSeed, SEED, seedPath } from '../../test/helpers/seeds.ts';
import { ingestPaths } from '../ingest/service.ts';
import { correctedItem, correctItem } from '../overrides/correct.ts';
import { fieldValues } from '../overrides/apply.ts';
import type { EditForm } from '../overrides/fields.ts';
import { dataVersion } from '../store/data-version.ts';
import type { Sql } from '../store/sql.ts';
import { createApp } from './app.ts';
import { addUser } from './auth/accounts.ts';
import { cachedByDataVersion } from './data/cache.ts';
import { dashboard } from './data/dashboard.ts';

// The dashboard's aggregates are cached per data version of the store. What a request recomputed is
// observed through a wrapper that records every statement; after each kind of change the page must
// show what an uncached computation gives.

const ORIGINAL = readSeed(SEED.report2023);
const MAX = 10 * 1024 * 1024;

/** `sql` with every statement recorded in `log`. */
function recorded(sql: Sql, log: string[]): Sql {
  return new Proxy(sql, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (prop === 'all' || prop === 'get' || prop === 'run') {
        return (text: string, params?: unknown[]) => {
          log.push(text);
          return (v as (t: string, p?: unknown[]) => Promise<unknown>).call(target, text, params);
        };
      }
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

/** Statements that read the tables the aggregates come from. */
const aggregates = (log: string[]) => log.filter((q) => /\bitem_values\b|\bitems\b/.test(q));

describeEachBackend('dashboard cache', (open) => {
  let dir: string;
  let file: string;
  let db: Sql;
  const log: string[] = [];
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-dash-'));
    file = path.join(dir, 'newsletter.txt');
    fs.writeFileSync(file, ORIGINAL);
    db = await open();
    await ingestPaths(db, [file], { maxFileBytes: MAX });
    app = createApp(recorded(db, log));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The dashboard page's total and chart specs, and the aggregate statements the request ran. */
  async function view(): Promise<{ total: number; charts: unknown[]; queried: number }> {
    log.length = 0;
    const res = await app.request('http://127.0.0.1/dashboard');
    expect(res.status).toBe(200);
    const $ = cheerio.load(await res.text());
    const charts = $('[data-chart]').map((_, e) => JSON.parse($(e).attr('data-chart')!) as unknown).get();
    return { total: Number($('p.lead strong').text()), charts, queried: aggregates(log).length };
  }

  /** What the page would show computed afresh, without the cache. */
  async function fresh(): Promise<{ total: number; finesCny: number }> {
    const d = await dashboard(db);
    return { total: d.total, finesCny: d.months.reduce((a, m) => a + m.finesCny, 0) };
  }

  const finesShown = (charts: unknown[]) => {
    const series = charts.find((c) => (c as { kind?: string }).kind === 'series') as { line: { values: number[] } };
    return series.line.values.reduce((a, b) => a + b, 0);
  };

  it('computes once, then serves repeated requests from the cache', async () => {
    const first = await view();
    expect(first.queried).toBeGreaterThan(3);
    expect(first.total).toBe((await fresh()).total);
    expect(first.total).toBeGreaterThan(0);
    const second = await view();
    expect(second.queried).toBe(0);
    expect(second).toEqual({ ...first, queried: 0 });
  });

  it('shows a newly ingested document', async () => {
    const before = await view();
    await ingestPaths(db, [seedPath(SEED.weekly2021a)], { maxFileBytes: MAX });
    const after = await view();
    expect(after.queried).toBeGreaterThan(3);
    expect(after.total).toBe((await fresh()).total);
    expect(after.total).toBeGreaterThan(before.total);
    expect((await view()).queried).toBe(0);
  });

  it('shows the new version of a superseded document, not the old one', async () => {
    const before = await view();
    const v2 = ORIGINAL.replace('并处 100 万元罚款', '并处 200 万元罚款');
    expect(v2).not.toBe(ORIGINAL);
    fs.writeFileSync(file, v2);
    const [r] = await ingestPaths(db, [file], { maxFileBytes: MAX });
    expect(r!.status).toBe('updated');
    const after = await view();
    expect(after.queried).toBeGreaterThan(3);
    // Same items, one fine a million CNY higher; the old version's items are not counted twice.
    expect(after.total).toBe(before.total);
    expect(finesShown(after.charts)).toBe(finesShown(before.charts) + 1_000_000);
    expect(finesShown(after.charts)).toBe((await fresh()).finesCny);
  });

  it('is unaffected by editors’ corrections: the aggregates count extracted values, like search facets', async () => {
    const before = await view();
    const editor = await addUser(db, 'editor1', 'editor', 'correct horse battery');
    const row = await db.get<{ id: number }>(
      `SELECT i.id FROM items i JOIN documents d ON d.id = i.document_id WHERE d.superseded_by IS NULL AND i.category = 'enforcement' ORDER BY i.id LIMIT 1`,
    );
    const { item } = (await correctedItem(db, Number(row!.id)))!;
    const form = { ...fieldValues(item), note: null, category: 'judicial', region: '北京市海淀区' } as EditForm;
    expect(await correctItem(db, { id: editor.id, name: editor.name, role: editor.role }, item.id, form)).toContain('category');
    const after = await view();
    expect(after.queried).toBe(0);
    expect(after).toEqual(before);
    expect(after.total).toBe((await fresh()).total);
  });

  it('shows deletions and direct updates of values', async () => {
    const before = await view();
    const doc = await db.get<{ id: number }>(`SELECT document_id AS id FROM items WHERE category = 'enforcement' ORDER BY id DESC LIMIT 1`);
    await db.run('DELETE FROM item_values WHERE item_id IN (SELECT id FROM items WHERE document_id = ?)', [doc!.id]);
    await db.run('DELETE FROM event_items WHERE item_id IN (SELECT id FROM items WHERE document_id = ?)', [doc!.id]);
    await db.run('DELETE FROM items WHERE document_id = ?', [doc!.id]);
    const afterDelete = await view();
    expect(afterDelete.queried).toBeGreaterThan(3);
    expect(afterDelete.total).toBe((await fresh()).total);
    expect(afterDelete.total).toBeLessThan(before.total);
    await db.run(`UPDATE item_values SET data = ? WHERE field = 'penalty' AND id = (SELECT min(id) FROM item_values WHERE field = 'penalty')`, [
      JSON.stringify({ amount: 123, currency: 'CNY' }),
    ]);
    const afterUpdate = await view();
    expect(afterUpdate.queried).toBeGreaterThan(3);
    expect(finesShown(afterUpdate.charts)).toBe((await fresh()).finesCny);
  });
});

describeEachBackend('data version', (open) => {
  it('changes with every write to documents, items and values, and only then', async () => {
    const db = await open();
    const v0 = await dataVersion(db);
    expect(await dataVersion(db)).toBe(v0);
    await ingestPaths(db, [seedPath(SEED.weekly2020)], { maxFileBytes: MAX });
    const v1 = await dataVersion(db);
    expect(v1).not.toBe(v0);
    await db.run(`UPDATE documents SET title = title WHERE id = (SELECT min(id) FROM documents)`);
    const v2 = await dataVersion(db);
    expect(v2).not.toBe(v1);
    await addUser(db, 'reader1', 'reader', 'correct horse battery');
    expect(await dataVersion(db)).toBe(v2);
  });
});

describe('cachedByDataVersion', () => {
  it('shares one computation among concurrent callers and forgets a failed one', async () => {
    const { openStore } = await import('../store/open.ts');
    const db = await openStore(':memory:');
    try {
      let runs = 0;
      const cached = cachedByDataVersion(async () => {
        runs++;
        if (runs === 1) throw new Error('boom');
        return runs;
      });
      await expect(cached(db)).rejects.toThrow('boom');
      expect(await Promise.all([cached(db), cached(db), cached(db)])).toEqual([2, 2, 2]);
      expect(runs).toBe(2);
    } finally {
      await db.close();
    }
  });
});

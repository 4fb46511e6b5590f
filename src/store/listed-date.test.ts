import { beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/helpers/backends.ts';
import { SEEDS } from '../../test/helpers/seeds.ts';
import { ingestPaths } from '../ingest/service.ts';
import type { Sql } from './sql.ts';

// Migration 007 keeps `items.listed_date` by triggers (SQLite) and plpgsql trigger functions
// (PostgreSQL): an item's own date, or for a sub-case without one, its release's date.
describeEachBackend('listed date kept by the store', (open) => {
  let db: Sql;
  beforeAll(async () => {
    db = await open();
    await ingestPaths(db, [SEEDS], { maxFileBytes: 10 * 1024 * 1024 });
  });

  const subCases = () =>
    db.all<{ id: number; parentId: number; listed: string | null; parentDate: string | null }>(
      `SELECT i.id, i.parent_id AS "parentId", i.listed_date AS listed, p.date AS "parentDate"
       FROM items i JOIN items p ON p.id = i.parent_id WHERE i.date IS NULL AND p.date IS NOT NULL ORDER BY i.id`,
    );

  it('is the own date of a dated item and the release date of an undated sub-case', async () => {
    const own = await db.get<{ n: number; same: number }>(
      'SELECT COUNT(*) AS n, SUM(CASE WHEN listed_date = date THEN 1 ELSE 0 END) AS same FROM items WHERE date IS NOT NULL',
    );
    expect(own!.n).toBeGreaterThan(50);
    expect(own!.same).toBe(own!.n);
    const subs = await subCases();
    expect(subs.length).toBeGreaterThan(0);
    for (const s of subs) expect(s.listed).toBe(s.parentDate);
  });

  it('follows a change of the release date to its undated sub-cases', async () => {
    const [first] = await subCases();
    await db.run('UPDATE items SET date = ? WHERE id = ?', ['2031-02-03', first!.parentId]);
    const after = (await subCases()).filter((s) => s.parentId === first!.parentId);
    expect(after.length).toBeGreaterThan(0);
    for (const s of after) expect(s.listed).toBe('2031-02-03');
    const parent = await db.get<{ listed: string }>('SELECT listed_date AS listed FROM items WHERE id = ?', [first!.parentId]);
    expect(parent!.listed).toBe('2031-02-03');
  });
});

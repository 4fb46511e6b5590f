import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/helpers/backends.ts';
import { SEEDS } from '../../test/helpers/seeds.ts';
import { ingestPaths } from '../ingest/service.ts';
import { openStore } from '../store/open.ts';
import type { Sql } from '../store/sql.ts';
import { rebuildIndex } from './reindex.ts';
import { search } from './search.ts';

// Two `regwatch reindex` runs on one store (two terminals, a cron job and a user): both end without
// an error, the store keeps one index row per item, and tables of killed runs do not pile up.

const BIN = path.resolve(import.meta.dirname, '../../bin/regwatch.mjs');
const QUERIES = ['数据', '处罚 authority:网信办', 'topic:personal'];

async function itemCount(db: Sql): Promise<number> {
  return Number((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM items'))?.n);
}

async function answers(db: Sql): Promise<number[]> {
  return Promise.all(QUERIES.map(async (q) => (await search(db, q, { limit: 5 })).total));
}

describe('reindex while another process reindexes the same SQLite file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-reindex-'));
  const file = path.join(dir, 'store.db');
  let db: Sql;

  beforeAll(async () => {
    db = await openStore(file);
    await ingestPaths(db, [SEEDS], { maxFileBytes: 10 * 1024 * 1024 });
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lets the run that finishes first swap its index in; the other stops and changes nothing', async () => {
    const before = await answers(db);
    // What a run killed half-way leaves behind.
    const definition = (await db.get<{ sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'items_fts'"))!.sql;
    await db.exec(definition.replace(/\bitems_fts\b/, 'items_fts_build_killed'));

    let other: ReturnType<typeof spawnSync> | null = null;
    // Between this run's batches (no transaction open), a second process reindexes the store to the end.
    const mine = await rebuildIndex(db, () => {
      other ??= spawnSync(process.execPath, [BIN, '--db', file, 'reindex'], { encoding: 'utf8', cwd: dir });
    });
    expect(other).not.toBeNull();
    const { status, stdout, stderr } = other!;
    expect(stderr).not.toMatch(/error/i);
    expect(status).toBe(0);
    expect(stdout).toMatch(new RegExp(`reindexed ${await itemCount(db)} items`));
    expect(mine).toEqual({ items: 0, superseded: true });

    const tables = await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'items_fts%' AND sql LIKE 'CREATE VIRTUAL%'");
    expect(tables.map((t) => t.name)).toEqual(['items_fts']);
    const rows = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM items_fts_docsize');
    expect(Number(rows?.n)).toBe(await itemCount(db));
    expect(await answers(db)).toEqual(before);
  });
});

describeEachBackend('reindex twice at once', (open) => {
  let db: Sql;

  beforeAll(async () => {
    db = await open();
    await ingestPaths(db, [SEEDS], { maxFileBytes: 10 * 1024 * 1024 });
  });

  it('ends both runs without an error and keeps one index row per item', async () => {
    const before = await answers(db);
    const items = await itemCount(db);
    // On SQLite one connection runs them one after the other; on PostgreSQL they overlap on the pool.
    const runs = await Promise.all([rebuildIndex(db), rebuildIndex(db)]);
    for (const r of runs) expect(r.superseded || r.items === items).toBe(true);
    const rows = await db.get<{ n: number }>(db.dialect === 'sqlite' ? 'SELECT COUNT(*) AS n FROM items_fts_docsize' : 'SELECT COUNT(*) AS n FROM items_fts');
    expect(Number(rows?.n)).toBe(items);
    expect(await answers(db)).toEqual(before);
  });
});

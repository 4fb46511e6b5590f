import { randomBytes } from 'node:crypto';
import { intList } from '../store/dialect.ts';
import type { Sql } from '../store/sql.ts';
import { indexText, writeIndex } from './fts.ts';
import { itemTags, TAG_VERSION } from './tags.ts';

// Rebuilds the full-text index from the stored items, after an upgrade that changes what the index
// holds (SQLite's filter tags, migration 011) or to repair it. Items are never updated once
// written, so an item's row depends on the item alone and the rebuild can go by id in batches.

const BATCH = 1000;

// Each SQLite run builds its own table, so two runs at once (two terminals, a cron job) never write
// into one table. The first to finish drops the others' tables with its swap; a run that finds its
// table gone knows the index was rebuilt meanwhile. This also clears tables left by a killed run.
const BUILD_PREFIX = 'items_fts_build_';
// PostgreSQL: batches of concurrent runs take turns, or the second run's DELETE would miss rows the
// first inserted after that DELETE's snapshot and its INSERT would then hit the primary key.
const PG_BATCH_LOCK = 0x7265696e; // 'rein'

export interface Reindexed {
  items: number;
  /** Another run swapped in its rebuilt index first; this one stopped and changed nothing. */
  superseded: boolean;
}

interface Row {
  id: number;
  title: string | null;
  titleEn: string | null;
  body: string;
  bodyEn: string | null;
  category: string;
  region: string | null;
  listedDate: string | null;
}

export async function rebuildIndex(sql: Sql, onProgress: (done: number, total: number) => void = () => {}): Promise<Reindexed> {
  const total = Number((await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM items'))?.n ?? 0);
  if (sql.dialect === 'postgres') {
    // Each batch replaces its rows in one transaction, so readers always find every item.
    const done = await eachBatch(sql, 0, total, onProgress, async (tx, ids) => {
      await tx.get('SELECT pg_advisory_xact_lock(?)', [PG_BATCH_LOCK]);
      await tx.run(`DELETE FROM items_fts WHERE item_id IN ${intList(sql)}`, [JSON.stringify(ids)]);
    });
    return { items: done.count, superseded: false };
  }
  // SQLite: a new table is filled beside the index in use, which keeps answering, and takes its
  // place in one transaction; items stored meanwhile are added in that transaction.
  const definition = (await sql.get<{ sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'items_fts'"))?.sql;
  if (!definition) throw new Error('reindex: this store has no full-text index (items_fts)');
  const table = BUILD_PREFIX + randomBytes(6).toString('hex');
  await sql.exec(definition.replace(/\bitems_fts\b/, table));
  let count: number;
  try {
    const done = await eachBatch(sql, 0, total, onProgress, async () => {}, table);
    count = done.count;
    await sql.transaction(async (tx) => {
      // The transaction holds the write lock (BEGIN IMMEDIATE), so no item can be stored after this look.
      if (!(await tableExists(tx, table))) throw new Superseded();
      await tx.exec('DROP TABLE items_fts');
      count += (await eachBatch(tx, done.lastId, total, () => {}, async () => {}, table)).count;
      await tx.exec(`ALTER TABLE ${table} RENAME TO items_fts`);
      for (const other of await buildTables(tx)) await tx.exec(`DROP TABLE ${other}`);
      await tx.run('UPDATE fts_tags SET version = ?', [TAG_VERSION]);
    });
  } catch (e) {
    if (e instanceof Superseded || !(await tableExists(sql, table))) return { items: 0, superseded: true };
    await sql.exec(`DROP TABLE IF EXISTS ${table}`);
    throw e;
  }
  // One segment instead of hundreds: queries read each token's list from one place.
  await sql.exec("INSERT INTO items_fts(items_fts) VALUES ('optimize')");
  return { items: count, superseded: false };
}

class Superseded extends Error {}

async function tableExists(sql: Sql, name: string): Promise<boolean> {
  return (await sql.get("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = ?", [name])) !== undefined;
}

/** Build tables of other runs, finished or killed (FTS5's own shadow tables excluded). */
async function buildTables(sql: Sql): Promise<string[]> {
  const rows = await sql.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%' AND name LIKE ? ESCAPE '\\'", [
    `${BUILD_PREFIX.replace(/_/g, '\\_')}%`,
  ]);
  // The old fixed name of earlier versions, if one was left behind.
  const legacy = (await tableExists(sql, 'items_fts_new')) ? ['items_fts_new'] : [];
  return [...rows.map((r) => r.name), ...legacy];
}

/** Indexes the items with ids above `after`, a batch per transaction (`clear` runs first in each). */
async function eachBatch(
  sql: Sql,
  after: number,
  total: number,
  onProgress: (done: number, total: number) => void,
  clear: (tx: Sql, ids: number[]) => Promise<void>,
  table = 'items_fts',
): Promise<{ count: number; lastId: number }> {
  let lastId = after;
  let count = 0;
  for (;;) {
    const rows = await sql.all<Row>(
      `SELECT id, title, title_en AS "titleEn", body, body_en AS "bodyEn", category, region, listed_date AS "listedDate" FROM items WHERE id > ? ORDER BY id LIMIT ?`,
      [lastId, BATCH],
    );
    if (rows.length === 0) return { count, lastId };
    const ids = rows.map((r) => Number(r.id));
    const values = await sql.all<{ itemId: number; field: string; value: string; data: string }>(
      `SELECT item_id AS "itemId", field, value, data FROM item_values
       WHERE item_id IN ${intList(sql)} AND field IN ('authority', 'topic', 'citation', 'penalty')`,
      [JSON.stringify(ids)],
    );
    const byItem = new Map<number, typeof values>();
    for (const v of values) byItem.set(Number(v.itemId), [...(byItem.get(Number(v.itemId)) ?? []), v]);
    await sql.transaction(async (tx) => {
      await clear(tx, ids);
      for (const r of rows) {
        const own = (byItem.get(Number(r.id)) ?? []).map((v) => ({ ...v, data: JSON.parse(v.data) as Record<string, unknown> }));
        await writeIndex(tx, Number(r.id), indexText(r), itemTags({ category: r.category, region: r.region, listedDate: r.listedDate, values: own }), table);
      }
    });
    lastId = ids[ids.length - 1]!;
    count += rows.length;
    onProgress(count, total);
  }
}

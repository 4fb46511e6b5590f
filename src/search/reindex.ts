import { intList } from '../store/dialect.ts';
import type { Sql } from '../store/sql.ts';
import { indexText, writeIndex } from './fts.ts';
import { itemTags, TAG_VERSION } from './tags.ts';

// Rebuilds the full-text index from the stored items, after an upgrade that changes what the index
// holds (SQLite's filter tags, migration 011) or to repair it. Items are never updated once
// written, so an item's row depends on the item alone and the rebuild can go by id in batches.

const BATCH = 1000;

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

export async function rebuildIndex(sql: Sql, onProgress: (done: number, total: number) => void = () => {}): Promise<{ items: number }> {
  const total = Number((await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM items'))?.n ?? 0);
  if (sql.dialect === 'postgres') {
    // Each batch replaces its rows in one transaction, so readers always find every item.
    const done = await eachBatch(sql, 0, total, onProgress, async (tx, ids) => {
      await tx.run(`DELETE FROM items_fts WHERE item_id IN ${intList(sql)}`, [JSON.stringify(ids)]);
    });
    return { items: done.count };
  }
  // SQLite: a new table is filled beside the index in use, which keeps answering, and takes its
  // place in one transaction; items stored meanwhile are added in that transaction.
  const definition = (await sql.get<{ sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'items_fts'"))?.sql;
  if (!definition) throw new Error('reindex: this store has no full-text index (items_fts)');
  await sql.exec('DROP TABLE IF EXISTS items_fts_new');
  await sql.exec(definition.replace(/\bitems_fts\b/, 'items_fts_new'));
  const done = await eachBatch(sql, 0, total, onProgress, async () => {}, 'items_fts_new');
  let count = done.count;
  await sql.transaction(async (tx) => {
    // The transaction holds the write lock (BEGIN IMMEDIATE), so no item can be stored after this look.
    await tx.exec('DROP TABLE items_fts');
    count += (await eachBatch(tx, done.lastId, total, () => {}, async () => {}, 'items_fts_new')).count;
    await tx.exec('ALTER TABLE items_fts_new RENAME TO items_fts');
    await tx.run('UPDATE fts_tags SET version = ?', [TAG_VERSION]);
  });
  // One segment instead of hundreds: queries read each token's list from one place.
  await sql.exec("INSERT INTO items_fts(items_fts) VALUES ('optimize')");
  return { items: count };
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

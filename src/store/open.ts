import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrateSqlite } from './migrate.ts';
import { openPostgres } from './pg.ts';
import { sqliteSql, type Sql } from './sql.ts';

/** True for a PostgreSQL connection URL (`postgres://…` or `postgresql://…`). */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/**
 * Opens the regwatch store and brings its schema up to date: a PostgreSQL URL connects a pool, anything
 * else is a SQLite file (created if needed; `:memory:` for a private in-memory database).
 */
export async function openStore(target: string): Promise<Sql> {
  if (isPostgresUrl(target)) return openPostgres(target);
  if (target !== ':memory:') fs.mkdirSync(path.dirname(target), { recursive: true });
  const db = new Database(target);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // 64 MiB of page cache instead of SQLite's 2 MiB: searches and facets over a large database touch
  // the same index pages again and again, and re-reading them from the OS dominated their time.
  db.pragma('cache_size = -65536');
  const sql = sqliteSql(db);
  await migrateSqlite(sql);
  return sql;
}

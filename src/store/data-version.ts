import type { Sql } from './sql.ts';

/**
 * A number that changes whenever any row of documents, items or item_values is inserted, updated or
 * deleted (triggers of migration 010 bump it), for caches of aggregates over those tables. Read it
 * before computing what it keys: the computation then sees at least that version's data, so a
 * cached result is never older than its key.
 */
export async function dataVersion(sql: Sql): Promise<string> {
  // PostgreSQL keeps one counter row per server process (see the migration); SQLite one row.
  const row = await sql.get<{ n: number | string | null }>('SELECT sum(n) AS n FROM data_version');
  return String(row?.n ?? 0);
}

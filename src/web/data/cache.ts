import { dataVersion } from '../../store/data-version.ts';
import type { Sql } from '../../store/sql.ts';

/**
 * `compute` run once per data version of the store (src/store/data-version.ts) and shared until the
 * data changes; each call costs one small read. Requests arriving while it runs share the same
 * promise; a failed computation is not kept. Only for results that depend on documents, items and
 * item_values alone (not on corrections, laws or users).
 */
export function cachedByDataVersion<T>(compute: (sql: Sql) => Promise<T>): (sql: Sql) => Promise<T> {
  let entry: { sql: Sql; version: string; value: Promise<T> } | undefined;
  return async (sql) => {
    const version = await dataVersion(sql);
    if (entry && entry.sql === sql && entry.version === version) return entry.value;
    const mine = { sql, version, value: compute(sql) };
    entry = mine;
    mine.value.catch(() => {
      if (entry === mine) entry = undefined;
    });
    return mine.value;
  };
}

import type { Param, Sql } from '../../store/sql.ts';

// Small helpers for the portable SQL of the web's data modules: JSON fields of item_values.data
// read per dialect, and IN lists of bound parameters.

/** A text field of a JSON column. */
export function jsonText(sql: Sql, column: string, key: string): string {
  return sql.dialect === 'postgres' ? `(${column}::jsonb ->> '${key}')` : `json_extract(${column}, '$.${key}')`;
}

/** A numeric field of a JSON column. */
export function jsonNumber(sql: Sql, column: string, key: string): string {
  return sql.dialect === 'postgres' ? `((${column}::jsonb ->> '${key}')::numeric)` : `json_extract(${column}, '$.${key}')`;
}

/** `(?, ?, …)` for a non-empty list. */
export function inList(values: readonly Param[]): string {
  if (values.length === 0) throw new Error('inList needs at least one value');
  return `(${values.map(() => '?').join(', ')})`;
}

/** The date an item is listed under: its own, or its release's for a sub-case (alias `p` = parent). */
export const LISTED = 'coalesce(i.date, p.date)';
export const FROM_CURRENT = `items i JOIN documents d ON d.id = i.document_id LEFT JOIN items p ON p.id = i.parent_id`;
/** Values joined to their current-or-not items (with `p` the parent), for value aggregates. */
export const FROM_VALUES = `item_values v JOIN items i ON i.id = v.item_id JOIN documents d ON d.id = i.document_id LEFT JOIN items p ON p.id = i.parent_id`;

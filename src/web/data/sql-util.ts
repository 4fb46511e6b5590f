import type { Param } from '../../store/sql.ts';

// JSON fields are read with the store's own dialect helpers, so the expression indexes of migration
// 007 serve the web's queries too.
export { jsonNumber, jsonText } from '../../store/dialect.ts';

// Small helpers for the portable SQL of the web's data modules.

/** `(?, ?, …)` for a non-empty list. */
export function inList(values: readonly Param[]): string {
  if (values.length === 0) throw new Error('inList needs at least one value');
  return `(${values.map(() => '?').join(', ')})`;
}

/** The date an item is listed under: its own, or its release's for a sub-case (a column kept by triggers, migration 007). */
export const LISTED = 'i.listed_date';
export const FROM_CURRENT = `items i JOIN documents d ON d.id = i.document_id`;
/** Values joined to their current-or-not items, for value aggregates. */
export const FROM_VALUES = `item_values v JOIN items i ON i.id = v.item_id JOIN documents d ON d.id = i.document_id`;

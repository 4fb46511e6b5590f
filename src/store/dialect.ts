import type { Sql } from './sql.ts';

// The few SQL snippets that differ between SQLite and PostgreSQL. Each takes the handle so callers
// stay dialect-blind; keys and column names are constants of the caller, never user input.

/** A JSON text field of a TEXT column holding JSON. */
export function jsonText(sql: Sql, column: string, key: string): string {
  return sql.dialect === 'sqlite' ? `json_extract(${column}, '$.${key}')` : `(${column}::jsonb ->> '${key}')`;
}

/** A JSON number field of a TEXT column holding JSON; NULL where the field is not a number. */
export function jsonNumber(sql: Sql, column: string, key: string): string {
  if (sql.dialect === 'sqlite') return `json_extract(${column}, '$.${key}')`;
  return `(CASE WHEN jsonb_typeof(${column}::jsonb -> '${key}') = 'number' THEN (${column}::jsonb ->> '${key}')::numeric END)`;
}

/** A subquery over the integers of one parameter bound as a JSON array (`JSON.stringify(ids)`). */
export function intList(sql: Sql): string {
  return sql.dialect === 'sqlite' ? '(SELECT value FROM json_each(?))' : '(SELECT value::bigint FROM json_array_elements_text(?::json) AS value)';
}

/** A subquery over the strings of one parameter bound as a JSON array. */
export function textList(sql: Sql): string {
  return sql.dialect === 'sqlite' ? '(SELECT value FROM json_each(?))' : '(SELECT value FROM json_array_elements_text(?::json) AS value)';
}

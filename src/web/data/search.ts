import { applyOverridesToList } from '../../overrides/apply.ts';
import { search, type SearchResult } from '../../search/search.ts';
import type { Sql } from '../../store/sql.ts';
import { inList, jsonNumber, jsonText } from './sql-util.ts';

export interface HitExtras {
  authorities: string[];
  fines: { amount: number; currency: string }[];
}

export interface CorrectedResult extends SearchResult {
  /** Ids of listed items an editor corrected (their hits show corrected values). */
  corrected: Set<number>;
}

/**
 * One page of search results, with editors' corrections applied to the listed items. Matching and
 * facets still run on the extracted values: the search index holds those.
 */
export async function runSearch(
  db: Sql,
  sql: Sql,
  query: string,
  page: number,
  perPage: number,
  opts: { facetsUpTo: number; window: number },
): Promise<CorrectedResult> {
  const result = await search(db, query, { limit: perPage, offset: (page - 1) * perPage, ...opts });
  const items = await applyOverridesToList(sql, result.hits.map((h) => h.item));
  return {
    ...result,
    hits: result.hits.map((h, i) => ({ ...h, item: items[i] ?? h.item })),
    corrected: new Set(items.filter((i) => Object.keys(i.corrections).length > 0).map((i) => i.id)),
  };
}

/** Authorities and fines of the listed hits, for their badges. */
export async function hitExtras(sql: Sql, ids: number[]): Promise<Map<number, HitExtras>> {
  const out = new Map<number, HitExtras>(ids.map((id) => [id, { authorities: [], fines: [] }]));
  if (ids.length === 0) return out;
  const rows = await sql.all<{ itemId: number; field: string; value: string; amount: number | null; currency: string | null }>(
    `SELECT item_id AS "itemId", field, value, ${jsonNumber(sql, 'data', 'amount')} AS amount, ${jsonText(sql, 'data', 'currency')} AS currency
     FROM item_values WHERE item_id IN ${inList(ids)} ORDER BY id`,
    ids,
  );
  // Every value of the listed items is read and the fields picked here: a field condition in SQL
  // lets SQLite choose the (field, value) index and read every authority in the database.
  for (const r of rows) {
    const e = out.get(r.itemId);
    if (!e) continue;
    if (r.field === 'authority' && !e.authorities.includes(r.value)) e.authorities.push(r.value);
    if (r.field === 'penalty' && r.amount !== null) e.fines.push({ amount: Number(r.amount), currency: r.currency ?? 'CNY' });
  }
  return out;
}

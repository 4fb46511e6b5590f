import type { Sql } from '../../store/sql.ts';
import { FROM_VALUES } from './sql-util.ts';

export type DateKind = 'comment' | 'rectification' | 'effective';

export interface DatedEntry {
  date: string;
  kind: DateKind;
  itemId: number;
  headline: string;
  surface: string | null;
}

/**
 * Comment and rectification deadlines and effective dates of current items, by date. The extractor
 * stores both deadline kinds as `deadline`; the words after the date tell them apart
 * (`9月13日前完成整改` is a rectification deadline, `截止日期为5月26日` a comment deadline).
 */
export async function datedEntries(sql: Sql, from: string, to: string): Promise<DatedEntry[]> {
  const rows = await sql.all<{ date: string; field: string; itemId: number; headline: string; surface: string | null; body: string }>(
    `SELECT v.value AS date, v.field, i.id AS "itemId", i.headline, v.surface, i.body
     FROM ${FROM_VALUES}
     WHERE d.superseded_by IS NULL AND v.field IN ('deadline', 'effective') AND v.value >= ? AND v.value <= ?
     ORDER BY v.value, i.id`,
    [from, to],
  );
  const seen = new Set<string>();
  return rows
    .map((r) => ({ date: r.date, kind: kindOf(r.field, r.body, r.surface), itemId: r.itemId, headline: r.headline, surface: r.surface }))
    .filter((e) => {
      const key = `${e.date}|${e.kind}|${e.itemId}`;
      return !seen.has(key) && seen.add(key) !== undefined;
    });
}

/** The latest month that has any deadline or effective date, for an empty calendar's link. */
export async function latestMonth(sql: Sql): Promise<string | null> {
  const row = await sql.get<{ d: string | null }>(`SELECT MAX(value) AS d FROM item_values WHERE field IN ('deadline', 'effective')`);
  return row?.d ? row.d.slice(0, 7) : null;
}

export function kindOf(field: string, body: string, surface: string | null): DateKind {
  if (field === 'effective') return 'effective';
  const at = surface ? body.indexOf(surface) : -1;
  const around = at >= 0 ? body.slice(Math.max(0, at - 20), at + surface!.length + 20) : body;
  return /整改|改正|rectif/i.test(around) ? 'rectification' : 'comment';
}

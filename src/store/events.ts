import { intList, jsonText, textList } from './dialect.ts';
import type { Param, Sql } from './sql.ts';

export interface EventCandidate {
  id: number;
  documentId: number;
  eventId: number;
  date: string | null;
  region: string | null;
  text: string;
  values: { field: string; value: string }[];
}

/** Current items of other documents that share a date window, a fine or an instrument with the item. */
export async function candidatesFor(
  sql: Sql,
  item: { id: number; documentId: number; from: string | null; to: string | null; keys: string[] },
): Promise<EventCandidate[]> {
  const near: string[] = [];
  const params: Param[] = [item.documentId, item.id];
  if (item.from !== null) (near.push('i.date BETWEEN ? AND ?'), params.push(item.from, item.to));
  near.push(`EXISTS (SELECT 1 FROM item_values v WHERE v.item_id = i.id AND v.field IN ('penalty', 'instrument')
                     AND v.value IN ${textList(sql)})`);
  params.push(JSON.stringify(item.keys));
  const rows = await sql.all<Omit<EventCandidate, 'values'>>(
    `SELECT i.id, i.document_id AS "documentId", e.event_id AS "eventId", i.date, i.region,
            coalesce(i.title,'') || '\n' || i.body AS text
     FROM items i JOIN documents d ON d.id = i.document_id JOIN event_items e ON e.item_id = i.id
     WHERE d.superseded_by IS NULL AND i.document_id != ? AND i.id != ? AND (${near.join(' OR ')})
     ORDER BY i.id`,
    params,
  );
  if (rows.length === 0) return [];
  // Authorities compare by canonical id where known: 网信办 and 国家互联网信息办公室 are one body.
  const values = await sql.all<{ itemId: number; field: string; value: string }>(
    `SELECT item_id AS "itemId", field, CASE WHEN field = 'authority' THEN coalesce(${jsonText(sql, 'data', 'id')}, value) ELSE value END AS value
     FROM item_values WHERE item_id IN ${intList(sql)} AND field IN ('penalty', 'instrument', 'authority') ORDER BY id`,
    [JSON.stringify(rows.map((r) => r.id))],
  );
  const byItem = new Map<number, { field: string; value: string }[]>();
  for (const { itemId, ...v } of values) byItem.set(itemId, [...(byItem.get(itemId) ?? []), v]);
  return rows.map((r) => ({ ...r, values: byItem.get(r.id) ?? [] }));
}

export async function newEvent(sql: Sql, now: Date): Promise<number> {
  return (await sql.get<{ id: number }>('INSERT INTO events (created_at) VALUES (?) RETURNING id', [now.toISOString()]))!.id;
}

export async function setEvent(sql: Sql, itemId: number, eventId: number, how: 'new' | 'auto' | 'manual' | 'split', score: number | null): Promise<void> {
  await sql.run(
    `INSERT INTO event_items (item_id, event_id, how, score) VALUES (?, ?, ?, ?)
     ON CONFLICT (item_id) DO UPDATE SET event_id = excluded.event_id, how = excluded.how, score = excluded.score`,
    [itemId, eventId, how, score],
  );
}

export async function eventOf(sql: Sql, itemId: number): Promise<{ eventId: number; how: string; score: number | null } | undefined> {
  return sql.get<{ eventId: number; how: string; score: number | null }>('SELECT event_id AS "eventId", how, score FROM event_items WHERE item_id = ?', [itemId]);
}

export interface EventSource {
  itemId: number;
  documentId: number;
  documentSource: string;
  headline: string;
  date: string | null;
  sourceLine: string | null;
  how: string;
  score: number | null;
}

/** The current items of an event, oldest document first. */
export async function sourcesOf(sql: Sql, eventId: number): Promise<EventSource[]> {
  return sql.all<EventSource>(
    `SELECT i.id AS "itemId", i.document_id AS "documentId", d.source AS "documentSource", i.headline, i.date,
            i.source_line AS "sourceLine", e.how, e.score
     FROM event_items e JOIN items i ON i.id = e.item_id JOIN documents d ON d.id = i.document_id
     WHERE e.event_id = ? AND d.superseded_by IS NULL ORDER BY d.id, i.seq`,
    [eventId],
  );
}

/** Events reported by more than one current item, largest first. */
export async function multiSourceEvents(sql: Sql, limit = 100): Promise<{ eventId: number; sources: number }[]> {
  return sql.all<{ eventId: number; sources: number }>(
    `SELECT e.event_id AS "eventId", COUNT(*) AS sources
     FROM event_items e JOIN items i ON i.id = e.item_id JOIN documents d ON d.id = i.document_id
     WHERE d.superseded_by IS NULL GROUP BY e.event_id HAVING COUNT(*) > 1 ORDER BY sources DESC, "eventId" LIMIT ?`,
    [limit],
  );
}

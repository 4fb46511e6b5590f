import type { Db } from './db.ts';

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
export function candidatesFor(
  db: Db,
  item: { id: number; documentId: number; from: string | null; to: string | null; keys: string[] },
): EventCandidate[] {
  const rows = db
    .prepare(
      `SELECT i.id, i.document_id AS documentId, e.event_id AS eventId, i.date, i.region,
              coalesce(i.title,'') || '\n' || i.body AS text
       FROM items i JOIN documents d ON d.id = i.document_id JOIN event_items e ON e.item_id = i.id
       WHERE d.superseded_by IS NULL AND i.document_id != @documentId AND i.id != @id AND (
         (@from IS NOT NULL AND i.date BETWEEN @from AND @to)
         OR EXISTS (SELECT 1 FROM item_values v WHERE v.item_id = i.id AND v.field IN ('penalty', 'instrument')
                    AND v.value IN (SELECT value FROM json_each(@keys))))`,
    )
    .all({ ...item, keys: JSON.stringify(item.keys) }) as Omit<EventCandidate, 'values'>[];
  const values = db.prepare(
    // Authorities compare by canonical id where known: 网信办 and 国家互联网信息办公室 are one body.
    `SELECT field, CASE WHEN field = 'authority' THEN coalesce(json_extract(data, '$.id'), value) ELSE value END AS value
     FROM item_values WHERE item_id = ? AND field IN ('penalty', 'instrument', 'authority')`,
  );
  return rows.map((r) => ({ ...r, values: values.all(r.id) as { field: string; value: string }[] }));
}

export function newEvent(db: Db, now: Date): number {
  return Number(db.prepare('INSERT INTO events (created_at) VALUES (?)').run(now.toISOString()).lastInsertRowid);
}

export function setEvent(db: Db, itemId: number, eventId: number, how: 'new' | 'auto' | 'manual' | 'split', score: number | null): void {
  db.prepare(
    `INSERT INTO event_items (item_id, event_id, how, score) VALUES (?, ?, ?, ?)
     ON CONFLICT (item_id) DO UPDATE SET event_id = excluded.event_id, how = excluded.how, score = excluded.score`,
  ).run(itemId, eventId, how, score);
}

export function eventOf(db: Db, itemId: number): { eventId: number; how: string; score: number | null } | undefined {
  return db.prepare('SELECT event_id AS eventId, how, score FROM event_items WHERE item_id = ?').get(itemId) as
    | { eventId: number; how: string; score: number | null }
    | undefined;
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
export function sourcesOf(db: Db, eventId: number): EventSource[] {
  return db
    .prepare(
      `SELECT i.id AS itemId, i.document_id AS documentId, d.source AS documentSource, i.headline, i.date,
              i.source_line AS sourceLine, e.how, e.score
       FROM event_items e JOIN items i ON i.id = e.item_id JOIN documents d ON d.id = i.document_id
       WHERE e.event_id = ? AND d.superseded_by IS NULL ORDER BY d.id, i.seq`,
    )
    .all(eventId) as EventSource[];
}

/** Events reported by more than one current item, largest first. */
export function multiSourceEvents(db: Db, limit = 100): { eventId: number; sources: number }[] {
  return db
    .prepare(
      `SELECT e.event_id AS eventId, COUNT(*) AS sources
       FROM event_items e JOIN items i ON i.id = e.item_id JOIN documents d ON d.id = i.document_id
       WHERE d.superseded_by IS NULL GROUP BY e.event_id HAVING COUNT(*) > 1 ORDER BY sources DESC, eventId LIMIT ?`,
    )
    .all(limit) as { eventId: number; sources: number }[];
}

import type { Db } from './db.ts';

// Saved searches, the events each has already notified per channel, and the log of every delivery
// attempt. Matching a query is done by the search service; this file only stores.

export type Digest = 'daily' | 'weekly';
export type Channel = 'webhook' | 'email';

export interface NewSavedSearch {
  name: string;
  query: string;
  webhookUrl?: string | null | undefined;
  webhookSecret?: string | null | undefined;
  email?: string | null | undefined;
  digest?: Digest | null | undefined;
}

export interface SavedSearch {
  id: number;
  name: string;
  query: string;
  webhookUrl: string | null;
  /** Never printed or served; null means "use REGWATCH_WEBHOOK_SECRET". */
  webhookSecret: string | null;
  email: string | null;
  digest: Digest | null;
  createdAt: string;
  lastDigestAt: string | null;
}

export interface DeliveryAttempt {
  savedSearchId: number;
  channel: Channel;
  deliveryId: string;
  attempt: number;
  at: string;
  ok: boolean;
  status: number | null;
  error: string | null;
  eventIds: number[];
}

const COLUMNS = `id, name, query, webhook_url AS webhookUrl, webhook_secret AS webhookSecret, email, digest,
  created_at AS createdAt, last_digest_at AS lastDigestAt`;

export function insertSavedSearch(db: Db, s: NewSavedSearch, now: Date): SavedSearch {
  const id = Number(
    db
      .prepare(
        `INSERT INTO saved_searches (name, query, webhook_url, webhook_secret, email, digest, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(s.name, s.query, s.webhookUrl ?? null, s.webhookSecret ?? null, s.email ?? null, s.digest ?? null, now.toISOString()).lastInsertRowid,
  );
  return getSavedSearch(db, id)!;
}

export function getSavedSearch(db: Db, id: number): SavedSearch | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM saved_searches WHERE id = ?`).get(id) as SavedSearch | undefined;
}

export function findSavedSearch(db: Db, idOrName: string): SavedSearch | undefined {
  if (/^\d+$/.test(idOrName)) return getSavedSearch(db, Number(idOrName));
  return db.prepare(`SELECT ${COLUMNS} FROM saved_searches WHERE name = ?`).get(idOrName) as SavedSearch | undefined;
}

export function listSavedSearches(db: Db): SavedSearch[] {
  return db.prepare(`SELECT ${COLUMNS} FROM saved_searches ORDER BY id`).all() as SavedSearch[];
}

export function deleteSavedSearch(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id).changes > 0;
}

/** Event ids already notified (or baselined) for a saved search on a channel. */
export function notifiedEvents(db: Db, savedSearchId: number, channel: Channel): Set<number> {
  const rows = db.prepare('SELECT event_id AS id FROM alert_sent WHERE saved_search_id = ? AND channel = ?').all(savedSearchId, channel) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

/** Marks events as needing no notice; existing rows are kept (a second send is never recorded). */
export function markEvents(db: Db, savedSearchId: number, channel: Channel, eventIds: number[], how: 'sent' | 'baseline', now: Date): void {
  const insert = db.prepare(
    `INSERT INTO alert_sent (saved_search_id, channel, event_id, how, at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  );
  for (const e of eventIds) insert.run(savedSearchId, channel, e, how, now.toISOString());
}

export function logDelivery(db: Db, a: DeliveryAttempt): void {
  db.prepare(
    `INSERT INTO alert_deliveries (saved_search_id, channel, delivery_id, attempt, at, ok, status, error, event_ids)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.savedSearchId, a.channel, a.deliveryId, a.attempt, a.at, a.ok ? 1 : 0, a.status, a.error, JSON.stringify(a.eventIds));
}

export function listDeliveries(db: Db, savedSearchId?: number): DeliveryAttempt[] {
  const rows = db
    .prepare(
      `SELECT saved_search_id AS savedSearchId, channel, delivery_id AS deliveryId, attempt, at, ok, status, error, event_ids AS eventIds
       FROM alert_deliveries WHERE @id IS NULL OR saved_search_id = @id ORDER BY id`,
    )
    .all({ id: savedSearchId ?? null }) as (Omit<DeliveryAttempt, 'ok' | 'eventIds'> & { ok: number; eventIds: string })[];
  return rows.map((r) => ({ ...r, ok: r.ok === 1, eventIds: JSON.parse(r.eventIds) as number[] }));
}

export function setLastDigest(db: Db, savedSearchId: number, at: Date): void {
  db.prepare('UPDATE saved_searches SET last_digest_at = ? WHERE id = ?').run(at.toISOString(), savedSearchId);
}

/** For each item, its event id and the time its document was stored. */
export function eventsOfItems(db: Db, itemIds: number[]): Map<number, { eventId: number; ingestedAt: string }> {
  const rows = db
    .prepare(
      `SELECT e.item_id AS itemId, e.event_id AS eventId, d.ingested_at AS ingestedAt
       FROM event_items e JOIN items i ON i.id = e.item_id JOIN documents d ON d.id = i.document_id
       WHERE e.item_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(itemIds)) as { itemId: number; eventId: number; ingestedAt: string }[];
  return new Map(rows.map((r) => [r.itemId, { eventId: r.eventId, ingestedAt: r.ingestedAt }]));
}

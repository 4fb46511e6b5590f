import { intList } from './dialect.ts';
import type { Sql } from './sql.ts';

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

const COLUMNS = `id, name, query, webhook_url AS "webhookUrl", webhook_secret AS "webhookSecret", email, digest,
  created_at AS "createdAt", last_digest_at AS "lastDigestAt"`;

export async function insertSavedSearch(sql: Sql, s: NewSavedSearch, now: Date): Promise<SavedSearch> {
  const row = await sql.get<{ id: number }>(
    `INSERT INTO saved_searches (name, query, webhook_url, webhook_secret, email, digest, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    [s.name, s.query, s.webhookUrl ?? null, s.webhookSecret ?? null, s.email ?? null, s.digest ?? null, now.toISOString()],
  );
  return (await getSavedSearch(sql, row!.id))!;
}

/** Undefined for an unknown id, including one PostgreSQL's bigint cannot hold (a URL's 1e20). */
export async function getSavedSearch(sql: Sql, id: number): Promise<SavedSearch | undefined> {
  if (!Number.isSafeInteger(id)) return undefined;
  return sql.get<SavedSearch>(`SELECT ${COLUMNS} FROM saved_searches WHERE id = ?`, [id]);
}

export async function findSavedSearch(sql: Sql, idOrName: string): Promise<SavedSearch | undefined> {
  if (/^\d+$/.test(idOrName)) return getSavedSearch(sql, Number(idOrName));
  return sql.get<SavedSearch>(`SELECT ${COLUMNS} FROM saved_searches WHERE name = ?`, [idOrName]);
}

export async function listSavedSearches(sql: Sql): Promise<SavedSearch[]> {
  return sql.all<SavedSearch>(`SELECT ${COLUMNS} FROM saved_searches ORDER BY id`);
}

export async function deleteSavedSearch(sql: Sql, id: number): Promise<boolean> {
  return (await sql.run('DELETE FROM saved_searches WHERE id = ?', [id])).changes > 0;
}

/** Event ids already notified (or baselined) for a saved search on a channel. */
export async function notifiedEvents(sql: Sql, savedSearchId: number, channel: Channel): Promise<Set<number>> {
  const rows = await sql.all<{ id: number }>('SELECT event_id AS id FROM alert_sent WHERE saved_search_id = ? AND channel = ?', [savedSearchId, channel]);
  return new Set(rows.map((r) => r.id));
}

/** Marks events as needing no notice; existing rows are kept (a second send is never recorded). */
export async function markEvents(sql: Sql, savedSearchId: number, channel: Channel, eventIds: number[], how: 'sent' | 'baseline', now: Date): Promise<void> {
  for (const e of eventIds) {
    await sql.run(
      `INSERT INTO alert_sent (saved_search_id, channel, event_id, how, at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
      [savedSearchId, channel, e, how, now.toISOString()],
    );
  }
}

export async function logDelivery(sql: Sql, a: DeliveryAttempt): Promise<void> {
  await sql.run(
    `INSERT INTO alert_deliveries (saved_search_id, channel, delivery_id, attempt, at, ok, status, error, event_ids)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [a.savedSearchId, a.channel, a.deliveryId, a.attempt, a.at, a.ok ? 1 : 0, a.status, a.error, JSON.stringify(a.eventIds)],
  );
}

export async function listDeliveries(sql: Sql, savedSearchId?: number): Promise<DeliveryAttempt[]> {
  const columns = `saved_search_id AS "savedSearchId", channel, delivery_id AS "deliveryId", attempt, at, ok, status, error, event_ids AS "eventIds"`;
  type Raw = Omit<DeliveryAttempt, 'ok' | 'eventIds'> & { ok: number; eventIds: string };
  const rows =
    savedSearchId === undefined
      ? await sql.all<Raw>(`SELECT ${columns} FROM alert_deliveries ORDER BY id`)
      : await sql.all<Raw>(`SELECT ${columns} FROM alert_deliveries WHERE saved_search_id = ? ORDER BY id`, [savedSearchId]);
  return rows.map((r) => ({ ...r, ok: r.ok === 1, eventIds: JSON.parse(r.eventIds) as number[] }));
}

export async function setLastDigest(sql: Sql, savedSearchId: number, at: Date): Promise<void> {
  await sql.run('UPDATE saved_searches SET last_digest_at = ? WHERE id = ?', [at.toISOString(), savedSearchId]);
}

/** For each item, its event id and the time its document was stored. */
export async function eventsOfItems(sql: Sql, itemIds: number[]): Promise<Map<number, { eventId: number; ingestedAt: string }>> {
  if (itemIds.length === 0) return new Map();
  const rows = await sql.all<{ itemId: number; eventId: number; ingestedAt: string }>(
    `SELECT e.item_id AS "itemId", e.event_id AS "eventId", d.ingested_at AS "ingestedAt"
     FROM event_items e JOIN items i ON i.id = e.item_id JOIN documents d ON d.id = i.document_id
     WHERE e.item_id IN ${intList(sql)}`,
    [JSON.stringify(itemIds)],
  );
  return new Map(rows.map((r) => [r.itemId, { eventId: r.eventId, ingestedAt: r.ingestedAt }]));
}

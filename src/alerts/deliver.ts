import { createHash, createHmac } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { AlertsConfig } from '../config.ts';
import { checkUrl, type AddressPolicy, type Resolver } from '../sources/ssrf.ts';
import type { Sql } from '../store/sql.ts';
import {
  listSavedSearches,
  logDelivery,
  markEvents,
  notifiedEvents,
  setLastDigest,
  type Channel,
  type SavedSearch,
} from '../store/saved-searches.ts';
import { renderDigest } from './digest.ts';
import { eventLink, matchingEvents, type MatchedEvent } from './events.ts';
import { eventUrn } from './feed.ts';

// Alerts after each ingest or source run. Each saved search notifies every channel about the
// matching events it has not notified on that channel before.
//
// Exactly-once, as far as a network allows: an event counts as notified only when a row
// (saved search, channel, event) is in `alert_sent`, and that row is written in the same
// transaction as the log of the successful attempt, after the receiver accepted it. A restart
// therefore never resends a recorded event. A crash (or a lost database write) between the
// receiver's 2xx / the SMTP server's 250 and that commit leaves the events unrecorded, so they
// are sent once more on the next run: receivers can drop the duplicate by the
// `X-Regwatch-Delivery` id, which is the same for the same saved search and events.

export interface DeliverOptions {
  config?: Partial<AlertsConfig>;
  /** Base URL of the API for links in payloads and mails. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Which addresses webhooks may reach; without it private, loopback and link-local are refused. */
  addressPolicy?: AddressPolicy;
  resolve?: Resolver;
  /** Waits between webhook retries; tests pass one that only records. */
  sleep?: (ms: number) => Promise<void>;
  /** First retry delay; doubled for each further attempt, capped at 60 s. */
  retryBaseMs?: number;
  log?: (line: string) => void;
}

export interface DeliveryResult {
  savedSearchId: number;
  name: string;
  channel: Channel;
  status: 'sent' | 'failed' | 'skipped';
  events: number;
  attempts: number;
  detail?: string;
}

const DEFAULTS: AlertsConfig = { smtpUrl: undefined, mailFrom: 'regwatch <regwatch@localhost>', webhookSecret: undefined, webhookMaxAttempts: 5, webhookTimeoutMs: 10_000 };
const DAY_MS = 24 * 60 * 60 * 1000;

export async function deliverAlerts(sql: Sql, now: Date, opts: DeliverOptions = {}): Promise<DeliveryResult[]> {
  const results: DeliveryResult[] = [];
  for (const saved of await listSavedSearches(sql)) {
    if (!saved.webhookUrl && !saved.email) continue;
    const events = await matchingEvents(sql, saved.query);
    if (saved.webhookUrl) results.push(await deliverWebhook(sql, saved, events, now, opts));
    if (saved.email) results.push(await deliverDigest(sql, saved, events, now, opts));
  }
  return results;
}

/** Records every event the search matches now as needing no notice (called when it is saved). */
export async function baselineSavedSearch(sql: Sql, saved: SavedSearch, now: Date): Promise<number> {
  const ids = (await matchingEvents(sql, saved.query)).map((e) => e.id);
  await sql.transaction(async (tx) => {
    if (saved.webhookUrl) await markEvents(tx, saved.id, 'webhook', ids, 'baseline', now);
    if (saved.email) await markEvents(tx, saved.id, 'email', ids, 'baseline', now);
  });
  return ids.length;
}

async function fresh(sql: Sql, saved: SavedSearch, channel: Channel, events: MatchedEvent[]): Promise<MatchedEvent[]> {
  const done = await notifiedEvents(sql, saved.id, channel);
  // Oldest first in notifications, so a reader sees developments in the order they happened.
  return events.filter((e) => !done.has(e.id)).reverse();
}

export function deliveryId(savedSearchId: number, channel: Channel, eventIds: number[]): string {
  return createHash('sha256').update(`${savedSearchId}:${channel}:${[...eventIds].sort((a, b) => a - b).join(',')}`).digest('hex').slice(0, 32);
}

export function signBody(secret: string, body: string): string {
  return 'sha256=' + createHmac('sha256', secret).update(body, 'utf8').digest('hex');
}

export function eventPayload(e: MatchedEvent, baseUrl: string) {
  return {
    id: e.id,
    urn: eventUrn(e.id),
    title: e.title,
    date: e.date,
    updated: e.updated,
    category: e.category,
    region: e.region,
    categories: e.categories,
    url: eventLink(e, baseUrl),
    sources: e.sources.map((s) => ({ document: s.document, headline: s.headline, sourceLine: s.sourceLine, date: s.date })),
  };
}

async function deliverWebhook(sql: Sql, saved: SavedSearch, all: MatchedEvent[], now: Date, opts: DeliverOptions): Promise<DeliveryResult> {
  const cfg = { ...DEFAULTS, ...opts.config };
  const base: Omit<DeliveryResult, 'status' | 'events' | 'attempts'> = { savedSearchId: saved.id, name: saved.name, channel: 'webhook' };
  const events = await fresh(sql, saved, 'webhook', all);
  if (events.length === 0) return { ...base, status: 'skipped', events: 0, attempts: 0, detail: 'no new events' };
  const secret = saved.webhookSecret ?? cfg.webhookSecret;
  const ids = events.map((e) => e.id);
  const id = deliveryId(saved.id, 'webhook', ids);
  if (!secret) {
    await logDelivery(sql, { savedSearchId: saved.id, channel: 'webhook', deliveryId: id, attempt: 0, at: now.toISOString(), ok: false, status: null, error: 'no webhook secret', eventIds: ids });
    return { ...base, status: 'failed', events: ids.length, attempts: 0, detail: 'no secret: save one with --secret or set REGWATCH_WEBHOOK_SECRET' };
  }
  // A webhook URL is user-configured: it gets the same private-address policy as source fetches.
  try {
    await checkUrl(saved.webhookUrl!, opts.addressPolicy ?? { allowPrivateHosts: false, privateHostAllowlist: [] }, opts.resolve);
  } catch (err) {
    const message = (err as Error).message;
    await logDelivery(sql, { savedSearchId: saved.id, channel: 'webhook', deliveryId: id, attempt: 0, at: now.toISOString(), ok: false, status: null, error: message, eventIds: ids });
    return { ...base, status: 'failed', events: ids.length, attempts: 0, detail: message };
  }
  const timestamp = now.toISOString();
  const body = JSON.stringify({
    type: 'regwatch.events',
    deliveryId: id,
    sentAt: timestamp,
    savedSearch: { id: saved.id, name: saved.name, query: saved.query },
    events: events.map((e) => eventPayload(e, opts.baseUrl ?? 'http://127.0.0.1:8080')),
  });
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'user-agent': 'regwatch-webhook',
    'x-regwatch-delivery': id,
    'x-regwatch-timestamp': timestamp,
    'x-regwatch-signature': signBody(secret, body),
  };
  const doFetch = opts.fetch ?? fetch;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const retryBase = opts.retryBaseMs ?? 1000;
  let last = '';
  let attempts = 0;
  for (let attempt = 1; attempt <= cfg.webhookMaxAttempts; attempt++) {
    let status: number | null = null;
    let error: string | null = null;
    attempts = attempt;
    try {
      const res = await doFetch(saved.webhookUrl!, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(cfg.webhookTimeoutMs) });
      status = res.status;
      await res.body?.cancel().catch(() => undefined);
      if (res.ok) {
        await sql.transaction(async (tx) => {
          await logDelivery(tx, { savedSearchId: saved.id, channel: 'webhook', deliveryId: id, attempt, at: now.toISOString(), ok: true, status, error: null, eventIds: ids });
          await markEvents(tx, saved.id, 'webhook', ids, 'sent', now);
        });
        return { ...base, status: 'sent', events: ids.length, attempts: attempt };
      }
      error = `HTTP ${res.status}`;
    } catch (err) {
      error = (err as Error).message;
    }
    await logDelivery(sql, { savedSearchId: saved.id, channel: 'webhook', deliveryId: id, attempt, at: now.toISOString(), ok: false, status, error, eventIds: ids });
    last = error ?? 'failed';
    // Client errors (other than 408 and 429) will not get better by retrying now.
    const retryable = status === null || status >= 500 || status === 408 || status === 429;
    if (!retryable) break;
    if (attempt < cfg.webhookMaxAttempts) await sleep(Math.min(60_000, retryBase * 2 ** (attempt - 1)));
  }
  opts.log?.(`saved search ${saved.id} ${saved.name}: webhook failed (${last}); the events stay pending for the next run`);
  return { ...base, status: 'failed', events: ids.length, attempts, detail: last };
}

/** When the next digest is due: one period after the last one (or after the search was saved). */
export function digestDueAt(saved: SavedSearch): Date {
  const from = Date.parse(saved.lastDigestAt ?? saved.createdAt);
  return new Date(from + (saved.digest === 'weekly' ? 7 : 1) * DAY_MS);
}

async function deliverDigest(sql: Sql, saved: SavedSearch, all: MatchedEvent[], now: Date, opts: DeliverOptions): Promise<DeliveryResult> {
  const cfg = { ...DEFAULTS, ...opts.config };
  const base: Omit<DeliveryResult, 'status' | 'events' | 'attempts'> = { savedSearchId: saved.id, name: saved.name, channel: 'email' };
  if (now < digestDueAt(saved)) return { ...base, status: 'skipped', events: 0, attempts: 0, detail: `next digest ${digestDueAt(saved).toISOString()}` };
  const events = await fresh(sql, saved, 'email', all);
  if (events.length === 0) {
    // Nothing new: the window closes anyway, so the cadence stays daily/weekly.
    await setLastDigest(sql, saved.id, now);
    return { ...base, status: 'skipped', events: 0, attempts: 0, detail: 'no new events' };
  }
  const ids = events.map((e) => e.id);
  const id = deliveryId(saved.id, 'email', ids);
  if (!cfg.smtpUrl) {
    opts.log?.(`saved search ${saved.id} ${saved.name}: digest not sent, REGWATCH_SMTP_URL is not set`);
    return { ...base, status: 'failed', events: ids.length, attempts: 0, detail: 'REGWATCH_SMTP_URL is not set' };
  }
  const mail = renderDigest(saved, events, now, opts.baseUrl ?? 'http://127.0.0.1:8080');
  const transport = nodemailer.createTransport(cfg.smtpUrl);
  try {
    const info = await transport.sendMail({
      from: cfg.mailFrom,
      to: saved.email!,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: { 'X-Regwatch-Delivery': id },
    });
    await sql.transaction(async (tx) => {
      await logDelivery(tx, { savedSearchId: saved.id, channel: 'email', deliveryId: id, attempt: 1, at: now.toISOString(), ok: true, status: null, error: null, eventIds: ids });
      await markEvents(tx, saved.id, 'email', ids, 'sent', now);
      await setLastDigest(tx, saved.id, now);
    });
    return { ...base, status: 'sent', events: ids.length, attempts: 1, detail: String(info.response ?? '') };
  } catch (err) {
    const message = (err as Error).message;
    await logDelivery(sql, { savedSearchId: saved.id, channel: 'email', deliveryId: id, attempt: 1, at: now.toISOString(), ok: false, status: null, error: message, eventIds: ids });
    opts.log?.(`saved search ${saved.id} ${saved.name}: digest failed (${message}); retried on the next run`);
    return { ...base, status: 'failed', events: ids.length, attempts: 1, detail: message };
  } finally {
    transport.close();
  }
}

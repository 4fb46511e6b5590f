import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEachBackend, freshTarget } from '../../test/helpers/backends.ts';
import { SEED, seedPath } from '../../test/helpers/seeds.ts';
import { ingestPaths } from '../ingest/service.ts';
import { openStore } from '../store/open.ts';
import type { Sql } from '../store/sql.ts';
import { listDeliveries } from '../store/saved-searches.ts';
import { deliverAlerts } from './deliver.ts';
import { matchingEvents } from './events.ts';
import { saveSearch } from './saved.ts';

const SECRET = 'test-secret-0123456789';
const T0 = new Date('2026-01-01T00:00:00Z');
const hours = (h: number) => new Date(T0.getTime() + h * 3600_000);

let target: string;
const open: Sql[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close().catch(() => undefined)));
  // A SQLite target is a file in a temp dir of its own; a PostgreSQL one goes with the test server.
  if (!target.startsWith('postgres')) fs.rmSync(path.dirname(target), { recursive: true, force: true });
});

/** Opens the test's store as a new process would (a restart is a second call). */
async function connect(): Promise<Sql> {
  const db = await openStore(target);
  open.push(db);
  return db;
}

/** A database with one seed, a saved search made then, and a second seed ingested after it. */
async function scenario(save: (db: Sql) => Promise<unknown>): Promise<{ db: Sql; before: Set<number>; fresh: number[] }> {
  const db = await connect();
  await ingestPaths(db, [seedPath(SEED.weekly2021a)], { maxFileBytes: 10e6 });
  const before = new Set((await matchingEvents(db, '个人信息')).map((e) => e.id));
  await save(db);
  await ingestPaths(db, [seedPath(SEED.weekly2021b)], { maxFileBytes: 10e6 });
  const fresh = (await matchingEvents(db, '个人信息')).map((e) => e.id).filter((id) => !before.has(id));
  return { db, before, fresh };
}

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

async function webhookServer(statuses: number[]): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = statuses[received.length - 1] ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received, close: () => new Promise((r) => server.close(() => r())) };
}

// The test receivers listen on 127.0.0.1, which webhooks may reach only when an admin allows it.
const LOCAL = { addressPolicy: { allowPrivateHosts: false, privateHostAllowlist: ['127.0.0.1'] } };

describeEachBackend('alerts', (_open, backend) => {
  beforeEach(async () => {
    target = await freshTarget(backend);
  });

  describe('webhook alerts', () => {
    it('posts new events signed, retries after a 500, and never resends after a restart', async () => {
      const hook = await webhookServer([500, 200]);
      try {
        const { db, before, fresh } = await scenario((db) => saveSearch(db, { name: 'pi', query: '个人信息', webhook: hook.url, secret: SECRET }, T0));
        expect(fresh.length).toBeGreaterThan(0);
        const delays: number[] = [];
        const sleep = async (ms: number) => void delays.push(ms);
        const [r] = await deliverAlerts(db, hours(1), { ...LOCAL, sleep, retryBaseMs: 1000 });
        expect(r).toMatchObject({ channel: 'webhook', status: 'sent', events: fresh.length, attempts: 2 });
        expect(delays).toEqual([1000]);
        expect(hook.received).toHaveLength(2);
        const last = hook.received[1]!;
        const expected = 'sha256=' + createHmac('sha256', SECRET).update(last.body).digest('hex');
        expect(last.headers['x-regwatch-signature']).toBe(expected);
        expect(last.headers['x-regwatch-timestamp']).toBe(hours(1).toISOString());
        expect(last.headers['content-type']).toContain('application/json');
        const payload = JSON.parse(last.body) as { sentAt: string; savedSearch: { name: string }; events: { id: number; urn: string }[] };
        expect(payload.sentAt).toBe(hours(1).toISOString());
        expect(payload.savedSearch.name).toBe('pi');
        expect(payload.events.map((e) => e.id).sort((a, b) => a - b)).toEqual([...fresh].sort((a, b) => a - b));
        expect(payload.events.some((e) => before.has(e.id))).toBe(false);
        // Both attempts are logged; the second one is the delivery.
        expect((await listDeliveries(db)).map((d) => [d.attempt, d.ok, d.status])).toEqual([
          [1, false, 500],
          [2, true, 200],
        ]);
        await db.close();

        // "Restart": a new connection to the same file, as a new process would open it.
        const reopened = await connect();
        const again = await deliverAlerts(reopened, hours(2), { ...LOCAL, sleep, retryBaseMs: 1000 });
        expect(again[0]).toMatchObject({ status: 'skipped', events: 0 });
        expect(hook.received).toHaveLength(2);
        await reopened.close();
      } finally {
        await hook.close();
      }
    });

    it('backs off exponentially on network errors, a bounded number of times, and keeps the events pending', async () => {
      const hook = await webhookServer([]);
      const url = hook.url;
      await hook.close(); // nothing listens on this port any more
      const { db, fresh } = await scenario((db) => saveSearch(db, { name: 'pi', query: '个人信息', webhook: url, secret: SECRET }, T0));
      const delays: number[] = [];
      const [r] = await deliverAlerts(db, hours(1), { ...LOCAL, sleep: async (ms) => void delays.push(ms), retryBaseMs: 1000, config: { webhookMaxAttempts: 4 } });
      expect(r).toMatchObject({ status: 'failed', attempts: 4, events: fresh.length });
      expect(delays).toEqual([1000, 2000, 4000]);
      const log = await listDeliveries(db);
      expect(log).toHaveLength(4);
      expect(log.every((d) => !d.ok && d.status === null && d.error)).toBe(true);
      await db.close();
    });

    it('does not retry a 4xx answer', async () => {
      const hook = await webhookServer([400, 200]);
      try {
        const { db } = await scenario((db) => saveSearch(db, { name: 'pi', query: '个人信息', webhook: hook.url, secret: SECRET }, T0));
        const [r] = await deliverAlerts(db, hours(1), { ...LOCAL, sleep: async () => undefined });
        expect(r).toMatchObject({ status: 'failed', attempts: 1 });
        expect(hook.received).toHaveLength(1);
        await db.close();
      } finally {
        await hook.close();
      }
    });

    it.each([
      ['a loopback address', (url: string) => url],
      ['a name that resolves to a metadata address', () => 'http://hooks.example.com/x'],
    ])('refuses %s unless allowed, sends nothing and keeps the events pending', async (_what, target) => {
      const hook = await webhookServer([200]);
      try {
        const url = target(hook.url);
        const { db, fresh } = await scenario((db) => saveSearch(db, { name: 'pi', query: '个人信息', webhook: url, secret: SECRET }, T0));
        const resolve = async () => [{ address: '169.254.169.254', family: 4 }];
        const [r] = await deliverAlerts(db, hours(1), { resolve, sleep: async () => undefined });
        expect(r).toMatchObject({ status: 'failed', attempts: 0, events: fresh.length });
        expect(r!.detail).toMatch(/refused: (127\.0\.0\.1 is a loopback|169\.254\.169\.254 is a linkLocal) address/);
        expect(hook.received).toHaveLength(0);
        // Allowed by the admin, the same events go out on the next run.
        const [again] = await deliverAlerts(db, hours(2), { ...LOCAL, sleep: async () => undefined });
        if (url === hook.url) expect(again).toMatchObject({ status: 'sent', events: fresh.length });
        await db.close();
      } finally {
        await hook.close();
      }
    });
  });

  describe('email digests', () => {
    it('sends a daily digest of only the new events when due, with HTML and text parts, once', async () => {
      const mails: string[] = [];
      const smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onData(stream, _session, done) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            mails.push(Buffer.concat(chunks).toString('utf8'));
            done();
          });
        },
      });
      await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
      const { port } = smtp.server.address() as AddressInfo;
      const config = { smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: 'regwatch <alerts@example.test>' };
      try {
        const { db, before, fresh } = await scenario((db) => saveSearch(db, { name: 'pi', query: '个人信息', email: 'team@example.test', digest: 'daily' }, T0));
        // Not due an hour after saving.
        expect((await deliverAlerts(db, hours(1), { config }))[0]).toMatchObject({ status: 'skipped' });
        expect(mails).toHaveLength(0);
        // Due after a day.
        expect((await deliverAlerts(db, hours(25), { config }))[0]).toMatchObject({ status: 'sent', events: fresh.length });
        expect(mails).toHaveLength(1);
        const mail = await simpleParser(mails[0]!);
        expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('team@example.test');
        expect(mail.subject).toContain('pi');
        expect(mail.html).toBeTruthy();
        expect(mail.text).toBeTruthy();
        const all = await matchingEvents(db, '个人信息');
        for (const e of all) {
          if (fresh.includes(e.id)) {
            expect(mail.text).toContain(e.title);
            expect(mail.html as string).toContain(e.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
          } else {
            expect(before.has(e.id)).toBe(true);
            expect(mail.text).not.toContain(e.title);
          }
        }
        await db.close();
        // A day later, after a restart, nothing new: no mail.
        const reopened = await connect();
        expect((await deliverAlerts(reopened, hours(49), { config }))[0]).toMatchObject({ status: 'skipped', events: 0 });
        expect(mails).toHaveLength(1);
        await reopened.close();
      } finally {
        await new Promise<void>((r) => smtp.close(() => r()));
      }
    });
  });
});

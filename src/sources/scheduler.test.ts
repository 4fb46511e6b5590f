import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/open.ts';
import type { Sql } from '../store/sql.ts';
import { listDocuments } from '../store/documents.ts';
import { getSource } from '../store/sources.ts';
import { createApiApp } from '../web/api.ts';
import { testOptions } from './__fixtures__/options.ts';
import { send, startServer, type FixtureServer } from './__fixtures__/server.ts';
import { HttpClient } from './http.ts';
import { addSource } from './manage.ts';
import { startScheduler, type Scheduler, type SchedulerTimer } from './scheduler.ts';

const RSS = fs.readFileSync(path.join(import.meta.dirname, '__fixtures__/feeds/rss.xml'), 'utf8');
const T0 = new Date('2024-11-05T08:00:00Z');
const MIN = 60_000;

/** A clock and timer the test moves by hand: nothing waits on real time. */
function fakeTime() {
  let t = T0.getTime();
  const pending = new Map<number, { fn: () => void; at: number }>();
  let ids = 0;
  const timer: SchedulerTimer = {
    set: (fn, ms) => {
      pending.set(++ids, { fn, at: t + ms });
      return ids;
    },
    clear: (h) => void pending.delete(h as number),
  };
  return {
    now: () => new Date(t),
    timer,
    pending,
    /** Moves the clock and fires the timers that came due. */
    advance(ms: number) {
      t += ms;
      for (const [id, p] of [...pending]) {
        if (p.at <= t) {
          pending.delete(id);
          p.fn();
        }
      }
    },
  };
}

let db: Sql;
let server: FixtureServer;
let scheduler: Scheduler | undefined;
let feedCalls = 0;
let feedBody = RSS;

beforeEach(async () => {
  db = await openStore(':memory:');
  feedCalls = 0;
  feedBody = RSS;
  server = await startServer((req, res) => {
    if (req.url === '/feed.xml') {
      feedCalls++;
      return send(res, 200, feedBody, { 'content-type': 'application/rss+xml' });
    }
    if (req.url === '/broken.xml') return send(res, 500, 'oops');
    send(res, 404, 'not found');
  });
});
afterEach(async () => {
  await scheduler?.close();
  scheduler = undefined;
  await server.close();
  db.close();
});

const http = () => new HttpClient(testOptions({ allowPrivateHosts: true }));

describe('source scheduler', () => {
  it('runs due sources; a failing one backs off and is reported while the other keeps running', async () => {
    const time = fakeTime();
    const good = await addSource(db, { adapter: 'feed', url: `${server.origin}/feed.xml`, intervalMinutes: 60 }, T0);
    const bad = await addSource(db, { adapter: 'feed', url: `${server.origin}/broken.xml`, intervalMinutes: 60 }, T0);
    // An adapter that no longer exists makes the service throw a non-input error: still isolated.
    const gone = await addSource(db, { adapter: 'feed', url: `${server.origin}/gone.xml`, intervalMinutes: 60 }, T0);
    await db.run("UPDATE sources SET adapter = 'retired' WHERE id = ?", [gone.id]);
    const runs: string[] = [];
    scheduler = startScheduler(db, { http: http(), now: time.now, timer: time.timer, pollMs: 10 * MIN, onRun: (r) => runs.push(`${r.sourceId}:${r.status}`) });

    // Never-run sources are due at once.
    const first = await scheduler.tick();
    expect(first.map((r) => [r.sourceId, r.status])).toEqual([[good.id, 'ok'], [bad.id, 'failed'], [gone.id, 'failed']]);
    expect(first[2]!.error).toContain('no source adapter "retired"');
    expect(await listDocuments(db)).toHaveLength(3);
    expect(await getSource(db, good.id)).toMatchObject({ errorStreak: 0, nextRunAt: new Date(T0.getTime() + 60 * MIN).toISOString() });
    expect(await getSource(db, bad.id)).toMatchObject({ errorStreak: 1, nextRunAt: new Date(T0.getTime() + 120 * MIN).toISOString() });
    expect(await getSource(db, gone.id)).toMatchObject({ errorStreak: 1, nextRunAt: new Date(T0.getTime() + 120 * MIN).toISOString() });
    // Next wake-up: the poll interval (sooner than any next run).
    expect([...time.pending.values()].map((p) => p.at - T0.getTime())).toEqual([10 * MIN]);

    // After the interval only the healthy source is due; the failing ones wait out their backoff.
    time.advance(61 * MIN);
    const second = await scheduler.tick();
    expect(second.map((r) => [r.sourceId, r.status])).toEqual([[good.id, 'ok']]);
    expect(feedCalls).toBe(2);

    time.advance(60 * MIN); // T0 + 121 min: all three due again
    const third = await scheduler.tick();
    expect(third.map((r) => [r.sourceId, r.status])).toEqual([[good.id, 'ok'], [bad.id, 'failed'], [gone.id, 'failed']]);
    expect((await getSource(db, bad.id))!.errorStreak).toBe(2);
    expect(runs).toHaveLength(7);

    const res = await createApiApp(db).request('/api/sources');
    const body = (await res.json()) as { sources: Record<string, unknown>[] };
    expect(body.sources[0]).toMatchObject({ id: good.id, adapter: 'feed', errorStreak: 0, lastRunFound: 3, layoutChanged: false, lastSuccessAt: new Date(T0.getTime() + 121 * MIN).toISOString() });
    expect(body.sources[1]).toMatchObject({ id: bad.id, name: `127.0.0.1:${server.port}`, url: `${server.origin}/broken.xml`, errorStreak: 2, lastSuccessAt: null, lastRunFound: 0 });
    expect(body.sources[1]!.lastError).toContain('500');
  });

  it('fires on its timer, never overlaps passes, and stops on close', async () => {
    const time = fakeTime();
    await addSource(db, { adapter: 'feed', url: `${server.origin}/feed.xml`, intervalMinutes: 30 }, T0);
    scheduler = startScheduler(db, { http: http(), now: time.now, timer: time.timer, pollMs: 60 * MIN });
    // The first wake-up is scheduled right away (after the minimum wait) for the never-run source.
    expect(time.pending.size).toBe(1);
    time.advance(1000); // the timer starts a pass…
    const joined = scheduler.tick(); // …and a manual tick joins it instead of starting another
    await joined;
    expect(feedCalls).toBe(1);
    // Next wake-up at the source's next run.
    expect([...time.pending.values()].map((p) => p.at - T0.getTime())).toEqual([1000 + 30 * MIN]);

    await scheduler.close();
    expect(time.pending.size).toBe(0);
    expect(await scheduler.tick()).toEqual([]);
    expect(feedCalls).toBe(1);
  });

  it('flags a probable layout change in GET /api/sources when a source suddenly lists nothing', async () => {
    const time = fakeTime();
    const s = await addSource(db, { adapter: 'feed', url: `${server.origin}/feed.xml`, intervalMinutes: 60 }, T0);
    scheduler = startScheduler(db, { http: http(), now: time.now, timer: time.timer });
    await scheduler.tick();
    feedBody = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x/</link><description>d</description></channel></rss>';
    time.advance(60 * MIN);
    expect((await scheduler.tick()).map((r) => r.status)).toEqual(['ok']);
    const body = (await (await createApiApp(db).request('/api/sources')).json()) as { sources: Record<string, unknown>[] };
    expect(body.sources).toEqual([expect.objectContaining({ id: s.id, errorStreak: 0, lastRunFound: 0, layoutChanged: true })]);
  });
});
